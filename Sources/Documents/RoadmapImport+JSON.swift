import Foundation
import MentoringCore

/// The import as JSON, in the shape the console and the API promise: absent dates are `null`, not missing keys.
extension RoadmapImport: Encodable {
    private enum Key: String, CodingKey {
        case title, period
        case approvalOrder = "approval_order"
        case stages, warnings, number, goal, line, activities
        case start, end, due, text, checkpoint, `repeat`, occurrences, responsible, deliverable
        case deliverableKind = "deliverable_kind"
        case notes
    }

    public func encode(to encoder: any Encoder) throws {
        var root = encoder.container(keyedBy: Key.self)
        try root.encode(title, forKey: .title)
        try Self.encode(period, in: &root, forKey: .period)
        try root.encode(approvalOrder, forKey: .approvalOrder)
        var stageList = root.nestedUnkeyedContainer(forKey: .stages)
        for stage in stages {
            var item = stageList.nestedContainer(keyedBy: Key.self)
            try item.encode(stage.number, forKey: .number)
            try item.encode(stage.title, forKey: .title)
            try item.encode(stage.goal, forKey: .goal)
            try item.encode(stage.line, forKey: .line)
            var activityList = item.nestedUnkeyedContainer(forKey: .activities)
            for entry in stage.activities {
                try Self.encode(entry.activity, line: entry.line, in: &activityList)
            }
        }
        try root.encode(warnings, forKey: .warnings)
    }

    private static func encode(
        _ activity: RoadmapActivity, line: Int, in list: inout some UnkeyedEncodingContainer
    ) throws {
        var item = list.nestedContainer(keyedBy: Key.self)
        try item.encode(activity.number, forKey: .number)
        try item.encode(activity.title, forKey: .title)
        var due = item.nestedContainer(keyedBy: Key.self, forKey: .due)
        try due.encode(activity.due.text, forKey: .text)
        try due.encode(activity.due.start, forKey: .start)
        try due.encode(activity.due.end, forKey: .end)
        try due.encode(activity.due.checkpoint, forKey: .checkpoint)
        try due.encode(activity.due.repeatRule, forKey: .repeat)
        var occurrences = due.nestedUnkeyedContainer(forKey: .occurrences)
        for span in activity.due.occurrences {
            var entry = occurrences.nestedContainer(keyedBy: Key.self)
            try entry.encode(span.start, forKey: .start)
            try entry.encode(span.end, forKey: .end)
        }
        try item.encode(activity.responsible, forKey: .responsible)
        try item.encode(activity.deliverable, forKey: .deliverable)
        try item.encode(activity.deliverableKind, forKey: .deliverableKind)
        try item.encode(activity.notes, forKey: .notes)
        try item.encode(line, forKey: .line)
    }

    private static func encode(
        _ span: DateSpan, in container: inout KeyedEncodingContainer<Key>, forKey key: Key
    ) throws {
        var nested = container.nestedContainer(keyedBy: Key.self, forKey: key)
        try nested.encode(span.start, forKey: .start)
        try nested.encode(span.end, forKey: .end)
    }

    /// Pretty, key-sorted UTF-8 JSON with Cyrillic unescaped.
    public func json() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self)
    }
}
