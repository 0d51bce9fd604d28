import Fluent
import FluentKit
import Foundation
import Mail
import MentoringCore

/// The roadmap as a server-rendered SVG Gantt chart: months on the axis, a bar per activity period,
/// checkpoints as diamonds, repeats as dots, today's line.
struct GanttChart {
    struct Row {
        var label: String
        var isStage: Bool
        var activity: RoadmapActivity?
    }

    var rows: [Row]
    var period: DateSpan
    var today: CalendarDate

    static let labelWidth = 300.0
    static let chartWidth = 820.0
    static let rowHeight = 22.0
    static let axisHeight = 36.0

    init(roadmap: Roadmap, today: CalendarDate) {
        rows = roadmap.stages.flatMap { stage -> [Row] in
            let heading = [stage.number, stage.title].filter { !$0.isEmpty }.joined(separator: ". ")
            return (heading.isEmpty ? [] : [Row(label: heading, isStage: true)])
                + stage.activities.map {
                    Row(
                        label: [$0.number, $0.title].filter { !$0.isEmpty }.joined(separator: " "), isStage: false,
                        activity: $0)
                }
        }
        let dates = roadmap.activities.flatMap { $0.due.spans.flatMap { [$0.start, $0.end] } }.compactMap { $0 }
        let start = roadmap.period.start ?? dates.min() ?? today
        let end = roadmap.period.end ?? dates.max() ?? today.adding(months: 12)
        period = DateSpan(
            start: CalendarDate(year: start.year, month: start.month, day: 1), end: max(end, start).endOfMonth)
        self.today = today
    }

    private var first: CalendarDate { period.start! }
    private var last: CalendarDate { period.end! }
    private var totalDays: Double { Double(Self.days(from: first, to: last) + 1) }

    static func days(from a: CalendarDate, to b: CalendarDate) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let from = calendar.date(from: DateComponents(year: a.year, month: a.month, day: a.day))!
        let to = calendar.date(from: DateComponents(year: b.year, month: b.month, day: b.day))!
        return calendar.dateComponents([.day], from: from, to: to).day!
    }

    private func x(_ date: CalendarDate) -> Double {
        let clamped = min(max(date, first), last)
        return Self.labelWidth + Double(Self.days(from: first, to: clamped)) / totalDays * Self.chartWidth
    }

    var svg: String {
        let height = Self.axisHeight + Double(rows.count) * Self.rowHeight + 8
        let width = Self.labelWidth + Self.chartWidth + 10
        var out =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"gantt\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"Диаграмма Ганта дорожной карты\">"
        out += axis(height: height)
        for (index, row) in rows.enumerated() {
            let y = Self.axisHeight + Double(index) * Self.rowHeight
            if row.isStage {
                out += "<rect x=\"0\" y=\"\(y)\" width=\"\(width)\" height=\"\(Self.rowHeight)\" class=\"g-stage\"/>"
            }
            let label = row.label.count > 46 ? String(row.label.prefix(45)) + "…" : row.label
            let kind = row.isStage ? "g-stage-label" : "g-label"
            out +=
                "<text x=\"4\" y=\"\(y + 15)\" class=\"\(kind)\">\(MarkupText.escaped(label))"
                + "<title>\(MarkupText.escaped(row.label))</title></text>"
            if let activity = row.activity { out += bars(activity, y: y) }
        }
        if today >= first && today <= last {
            let tx = x(today)
            out += "<line x1=\"\(tx)\" y1=\"\(Self.axisHeight - 6)\" x2=\"\(tx)\" y2=\"\(height)\" class=\"g-today\"/>"
            out += "<text x=\"\(tx + 3)\" y=\"\(Self.axisHeight - 8)\" class=\"g-today-label\">сегодня</text>"
        }
        return out + "</svg>"
    }

    private func axis(height: Double) -> String {
        var out = ""
        var month = first
        let months = ["янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"]
        let count = (last.year - first.year) * 12 + last.month - first.month + 1
        let step = count > 24 ? 3 : 1
        var index = 0
        while month <= last {
            let mx = x(month)
            out += "<line x1=\"\(mx)\" y1=\"\(Self.axisHeight - 4)\" x2=\"\(mx)\" y2=\"\(height)\" class=\"g-grid\"/>"
            if index % step == 0 {
                let label = months[month.month - 1] + (month.month == 1 || index == 0 ? " \(month.year)" : "")
                out += "<text x=\"\(mx + 2)\" y=\"14\" class=\"g-axis\">\(label)</text>"
            }
            month = month.adding(months: 1)
            index += 1
        }
        return out
    }

    private func bars(_ activity: RoadmapActivity, y: Double) -> String {
        let state =
            activity.status == .done
            ? "done"
            : activity.status == .cancelled
                ? "cancelled"
                : activity.isOverdue(on: today) ? "overdue" : activity.status == .inProgress ? "progress" : "planned"
        var out = ""
        let title = "<title>\(MarkupText.escaped(activity.due.text))</title>"
        for span in activity.due.spans {
            if activity.due.checkpoint, let end = span.end {
                out += diamond(x(end), y: y, state: state, title: title)
            } else if let start = span.start, let end = span.end {
                let x1 = x(start)
                let x2 = max(x(end), x1 + 3)
                out +=
                    "<rect x=\"\(x1)\" y=\"\(y + 5)\" width=\"\(x2 - x1)\" height=\"\(Self.rowHeight - 10)\" rx=\"2\" class=\"g-bar g-\(state)\">\(title)</rect>"
            } else if let end = span.end {
                out += diamond(x(end), y: y, state: state, title: title)
            }
        }
        if let rule = activity.due.repeatRule, let lastEnd = activity.due.spans.last?.end {
            var next = lastEnd
            var count = 0
            while count < 60, let following = activity.nextDeadline(onOrAfter: next.adding(days: 1), limit: last) {
                out +=
                    "<circle cx=\"\(x(following))\" cy=\"\(y + Self.rowHeight / 2)\" r=\"2.5\" class=\"g-repeat\"><title>\(rule.title)</title></circle>"
                next = following
                count += 1
            }
        }
        return out
    }

    private func diamond(_ cx: Double, y: Double, state: String, title: String) -> String {
        let cy = y + Self.rowHeight / 2
        let r = 6.0
        return
            "<path d=\"M\(cx) \(cy - r) L\(cx + r) \(cy) L\(cx) \(cy + r) L\(cx - r) \(cy) Z\" class=\"g-checkpoint g-\(state)\">\(title)</path>"
    }
}
