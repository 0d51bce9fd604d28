import Foundation
import Mail
import MentoringCore

/// A small line chart of one indicator over months, in SVG drawn on the server: points, the target as a dashed line,
/// the first and last month under the axis. Months without a value leave a gap.
enum IndicatorChart {
    static let width = 260, height = 96, left = 6, right = 6, top = 8, bottom = 20

    static func svg(_ values: [Double?], months: [Month], target: Double?, title: String) -> String? {
        let known = values.compactMap { $0 }
        guard !known.isEmpty, values.count == months.count else { return nil }
        let top = max(known.max()!, target ?? 0, 1) * 1.1
        let plotWidth = Double(width - left - right)
        let plotHeight = Double(height - Self.top - bottom)
        func x(_ index: Int) -> Double {
            Double(left) + (values.count == 1 ? plotWidth / 2 : plotWidth * Double(index) / Double(values.count - 1))
        }
        func y(_ value: Double) -> Double { Double(Self.top) + plotHeight * (1 - value / top) }
        func format(_ value: Double) -> String { String(format: "%.1f", value) }
        var body =
            "<line class=\"axis\" x1=\"\(left)\" y1=\"\(format(y(0)))\" x2=\"\(width - right)\" y2=\"\(format(y(0)))\"/>"
        if let target {
            body +=
                "<line class=\"target\" x1=\"\(left)\" y1=\"\(format(y(target)))\" x2=\"\(width - right)\" y2=\"\(format(y(target)))\"/>"
        }
        var segment: [String] = []
        func flush() {
            if segment.count > 1 { body += "<polyline class=\"line\" points=\"\(segment.joined(separator: " "))\"/>" }
            segment = []
        }
        for (index, value) in values.enumerated() {
            guard let value else {
                flush()
                continue
            }
            segment.append("\(format(x(index))),\(format(y(value)))")
            body +=
                "<circle class=\"point\" cx=\"\(format(x(index)))\" cy=\"\(format(y(value)))\" r=\"2.5\"><title>\(months[index].shortTitle): \(format(value))</title></circle>"
        }
        flush()
        body += "<text x=\"\(left)\" y=\"\(height - 4)\">\(months.first!.shortTitle)</text>"
        if months.count > 1 {
            body +=
                "<text x=\"\(width - right)\" y=\"\(height - 4)\" text-anchor=\"end\">\(months.last!.shortTitle)</text>"
        }
        return
            "<svg class=\"trend\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" "
            + "role=\"img\" aria-label=\"\(MarkupText.escaped(title)) по месяцам\">\(body)</svg>"
    }
}
