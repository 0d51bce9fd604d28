import Foundation

/// The mark at or above which an answer counts as satisfied: 4 of 5 and 7 of 10 unless the authority sets otherwise.
public struct SatisfactionThreshold: Equatable, Codable, Sendable {
    public var ofFive: Int
    public var ofTen: Int

    public init(ofFive: Int = 4, ofTen: Int = 7) {
        self.ofFive = ofFive
        self.ofTen = ofTen
    }

    public static let standard = SatisfactionThreshold()

    /// The lowest satisfied mark on a scale of `scaleMax`; other scales use the 1–10 threshold's proportion.
    public func minimum(scaleMax: Int) -> Int {
        switch scaleMax {
        case 5: ofFive
        case 10: ofTen
        default: Int((Double(ofTen) / 10 * Double(scaleMax)).rounded(.up))
        }
    }

    public func isSatisfied(mark: Int, scaleMax: Int) -> Bool { mark >= minimum(scaleMax: scaleMax) }

    public var text: String { "не ниже \(ofFive) из 5 или \(ofTen) из 10" }
}
