import Foundation

/// An activity (мероприятие): one row of a roadmap.
public struct RoadmapActivity: Equatable, Sendable {
    public enum Status: String, Codable, Sendable, CaseIterable {
        case planned
        case inProgress = "in_progress"
        case done
        case cancelled

        public var title: String {
            switch self {
            case .planned: "Запланировано"
            case .inProgress: "Выполняется"
            case .done: "Выполнено"
            case .cancelled: "Отменено"
            }
        }

        public var isClosed: Bool { self == .done || self == .cancelled }
    }

    /// The number as written: "2.3", "6.1.1", or empty.
    public var number: String
    public var title: String
    public var due: DueDate
    /// Roles or positions as written: "Директор", "Куратор", "Руководители кафедр".
    public var responsible: [String]
    public var deliverable: String?
    public var deliverableKind: DeliverableKind?
    public var status: Status
    public var doneOn: CalendarDate?
    public var notes: String?

    public init(
        number: String, title: String, due: DueDate, responsible: [String] = [], deliverable: String? = nil,
        deliverableKind: DeliverableKind? = nil, status: Status = .planned, doneOn: CalendarDate? = nil,
        notes: String? = nil
    ) {
        self.number = number
        self.title = title
        self.due = due
        self.responsible = responsible
        self.deliverable = deliverable
        self.deliverableKind =
            deliverableKind ?? DeliverableKind.recognize(deliverable ?? "") ?? DeliverableKind.recognize(title)
        self.status = status
        self.doneOn = doneOn
        self.notes = notes
    }

    public var isClosed: Bool { status.isClosed }

    /// Overdue: still open after its last day. A repeating activity is never overdue by its first period alone.
    public func isOverdue(on today: CalendarDate) -> Bool {
        guard !isClosed, due.repeatRule == nil, let end = due.end else { return false }
        return end < today
    }

    /// The next day the activity is due on or after `today`, following its occurrences and repeats up to `limit`.
    public func nextDeadline(onOrAfter today: CalendarDate, limit: CalendarDate?) -> CalendarDate? {
        let ends = due.spans.compactMap(\.end)
        if let upcoming = ends.first(where: { $0 >= today }) { return upcoming }
        guard let rule = due.repeatRule, var next = ends.last else { return nil }
        let stepMonths = [RepeatRule.monthly: 1, .quarterly: 3, .yearly: 12][rule]
        while next < today {
            next = stepMonths.map { next.adding(months: $0).endOfMonth } ?? next.adding(days: 7)
        }
        if let limit, next > limit { return nil }
        return next
    }

    /// Share of done activities, cancelled ones left out; nil when there is nothing to do.
    public static func progress(of activities: [RoadmapActivity]) -> Double? {
        progress(ofStatuses: activities.map(\.status))
    }

    /// The share of the activities done, of those not cancelled.
    public static func progress(ofStatuses statuses: [Status]) -> Double? {
        let counted = statuses.filter { $0 != .cancelled }
        guard !counted.isEmpty else { return nil }
        return Double(counted.filter { $0 == .done }.count) / Double(counted.count)
    }
}

/// The document an activity must produce, when the deliverable text makes it recognizable.
public enum DeliverableKind: String, Codable, Sendable, CaseIterable {
    case order, regulation, report, base, questionnaire, publication, event

    public var title: String {
        switch self {
        case .order: "Приказ"
        case .regulation: "Положение"
        case .report: "Отчёт"
        case .base: "База"
        case .questionnaire: "Анкета"
        case .publication: "Публикация"
        case .event: "Мероприятие"
        }
    }

    /// The kind named by the earliest marker word of the text ("Приказ …", "База наставляемых …").
    public static func recognize(_ text: String) -> DeliverableKind? {
        guard !text.isEmpty else { return nil }
        var word = ""
        for char in text.lowercased() + " " {
            if char.isLetter {
                word.append(char == "ё" ? "е" : char)
            } else if !word.isEmpty {
                if let kind = markers.first(where: { entry in entry.1.contains { word.hasPrefix($0) } })?.0 {
                    return kind
                }
                word = ""
            }
        }
        return nil
    }

    private static let markers: [(DeliverableKind, [String])] = [
        (.order, ["приказ", "распоряжени"]),
        (.regulation, ["положени", "регламент"]),
        (.base, ["база", "базы", "базу", "банк", "реестр"]),
        (.questionnaire, ["анкет", "опрос"]),
        (.report, ["отчет", "аналитическ", "справк", "мониторинг"]),
        (.publication, ["публикац", "сайт", "стать", "размещени"]),
        (.event, ["встреч", "семинар", "совет", "кругл", "конкурс", "фестивал", "конференц", "мероприяти"]),
    ]
}

extension Roadmap {
    /// Share of done activities over the whole roadmap (cancelled ones left out).
    public var progress: Double? { RoadmapActivity.progress(of: activities) }
}
