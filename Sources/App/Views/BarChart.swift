import Foundation
import Mail
import MentoringCore

/// A horizontal bar chart in SVG for one question's counts: the option, its bar, the count and share.
enum BarChart {
    static func svg(_ counts: [QuestionSummary.Count]) -> String {
        let rowHeight = 26
        let labelWidth = 300
        let barWidth = 320
        let width = labelWidth + barWidth + 110
        let height = counts.count * rowHeight + 4
        var body = ""
        for (index, count) in counts.enumerated() {
            let y = index * rowHeight + 2
            let length = Int((Double(barWidth) * count.percent / 100).rounded())
            let label = count.title.count > 44 ? String(count.title.prefix(43)) + "…" : count.title
            body +=
                "<text x=\"\(labelWidth - 8)\" y=\"\(y + 17)\" text-anchor=\"end\">"
                + MarkupText.escaped(label) + "</text>"
            body +=
                "<rect x=\"\(labelWidth)\" y=\"\(y + 4)\" width=\"\(max(length, count.count > 0 ? 2 : 0))\" height=\"18\" class=\"bar\"/>"
            let rank = count.meanRank.map { ", ср. место " + $0.russian(digits: 1) } ?? ""
            body +=
                "<text x=\"\(labelWidth + length + 6)\" y=\"\(y + 17)\">\(count.count) (\(Int(count.percent.rounded()))%\(rank))</text>"
        }
        return
            "<svg class=\"bars\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\" height=\"\(height)\" "
            + "role=\"img\" aria-label=\"Распределение ответов\">\(body)</svg>"
    }
}
