import Foundation
import MentoringCore

/// Which cell styles of a workbook show a number as a date: Excel keeps a date as a day number and only the style's
/// number format («ДД.ММ.ГГГГ», built-in formats 14–22 and 45–47) says it is one.
final class XlsxDateStyles: BudgetedXMLReader {
    /// Indices of `cellXfs` whose format is a date.
    private(set) var dates: Set<Int> = []
    private var customDates: Set<Int> = []
    private var inCellFormats = false
    private var index = 0

    static let builtInDates: Set<Int> = Set(14...22).union(45...47)

    override func start(_ name: String, attributes: [String: String]) {
        switch name {
        case "numFmt":
            if let id = attributes["numFmtId"].flatMap({ Int($0) }), Self.isDate(attributes["formatCode"] ?? "") {
                customDates.insert(id)
            }
        case "cellXfs": inCellFormats = true
        case "xf" where inCellFormats:
            let format = attributes["numFmtId"].flatMap { Int($0) } ?? 0
            if Self.builtInDates.contains(format) || customDates.contains(format) { dates.insert(index) }
            index += 1
        default: break
        }
    }

    override func end(_ name: String) {
        if name == "cellXfs" { inCellFormats = false }
    }

    /// A format code names a date when, outside quoted text and [colour] or [$-locale] brackets, it has a day or a
    /// year: «DD.MM.YYYY», «d/m/yy;@», «[$-419]D MMMM YYYY». «0.00» and «# ##0» have neither.
    static func isDate(_ code: String) -> Bool {
        let plain = code.replacing(/"[^"]*"|\[[^\]]*\]|\\./, with: "").lowercased()
        return plain.contains("d") || plain.contains("y")
    }

    /// The day a spreadsheet's day number names, as ДД.ММ.ГГГГ; nil for a number that is no day of years 1900–2199.
    static func text(ofDay value: String) -> String? {
        guard let number = Double(value), number.isFinite, (1..<110_000).contains(number) else { return nil }
        return Workbook.dayZero.adding(days: Int(number)).russian
    }
}
