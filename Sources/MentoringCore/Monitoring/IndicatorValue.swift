import Foundation

/// One computed share with everything needed to show it honestly: the counts it came from, the target, and why
/// there is no value when there is none.
public struct IndicatorValue: Equatable, Codable, Sendable {
    public enum State: String, Codable, Sendable {
        /// A value was computed.
        case computed
        /// The denominator the authority enters is missing (or zero): no share can be computed.
        case missingDenominator = "missing_denominator"
        /// Nothing was measured: no answers, no participants to divide by.
        case noData = "no_data"
    }

    public var numerator: Int
    public var denominator: Int?
    public var target: Double?
    public var state: State

    public init(numerator: Int, denominator: Int?, target: Double?, enteredDenominator: Bool) {
        self.numerator = numerator
        self.denominator = denominator
        self.target = target
        if let denominator, denominator > 0 {
            state = .computed
        } else {
            state = enteredDenominator ? .missingDenominator : .noData
        }
    }

    /// The share in per cent, `nil` unless computed.
    public var percent: Double? {
        guard state == .computed, let denominator else { return nil }
        return Double(numerator) * 100 / Double(denominator)
    }

    /// `nil` when there is no value or no target.
    public var meetsTarget: Bool? {
        guard let percent, let target else { return nil }
        return percent + 1e-9 >= target
    }

    /// «42,5 %», or what stands instead of a value.
    public var text: String {
        switch state {
        case .computed: IndicatorValue.percentText(percent!)
        case .missingDenominator: "нет знаменателя"
        case .noData: "нет данных"
        }
    }

    /// «12 из 40», or «12 из ?» when the denominator is missing.
    public var countsText: String {
        "\(numerator) из \(denominator.map(String.init) ?? "?")"
    }

    public static func percentText(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        let text =
            rounded == rounded.rounded()
            ? String(Int(rounded)) : String(format: "%.1f", rounded).replacingOccurrences(of: ".", with: ",")
        return text + " %"
    }
}
