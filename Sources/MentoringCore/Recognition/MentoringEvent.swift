import Foundation

/// An event of an organization's mentoring: a group meeting of mentors and mentees, the public closing event of a
/// cycle, a round table, a conference, a meeting of «Школа молодого педагога», a seminar.
public enum MentoringEventKind: String, CaseIterable, Codable, Sendable {
    case groupMeeting = "group_meeting"
    case closingEvent = "closing_event"
    case roundTable = "round_table"
    case conference
    case youngTeacherSchool = "young_teacher_school"
    case seminar

    public var title: String {
        switch self {
        case .groupMeeting: "Групповая встреча наставников и наставляемых"
        case .closingEvent: "Итоговое мероприятие программы"
        case .roundTable: "Круглый стол"
        case .conference: "Конференция"
        case .youngTeacherSchool: "Встреча «Школы молодого педагога»"
        case .seminar: "Семинар"
        }
    }
}

/// What is known of an event: its kind, title, day, place or link, and what happened.
public struct MentoringEventDetails: Equatable, Sendable {
    public var kind: MentoringEventKind
    public var title: String
    public var heldOn: CalendarDate
    public var place: String?
    public var summary: String?

    public init(
        kind: MentoringEventKind, title: String, heldOn: CalendarDate, place: String? = nil, summary: String? = nil
    ) {
        (self.kind, self.title, self.heldOn, self.place, self.summary) = (kind, title, heldOn, place, summary)
    }
}

/// The raw fields of the event form.
public struct MentoringEventInput: Codable, Sendable {
    public var kind: String?
    public var title: String?
    public var heldOn: String?
    public var place: String?
    public var summary: String?

    public init(
        kind: String? = nil, title: String? = nil, heldOn: String? = nil, place: String? = nil, summary: String? = nil
    ) {
        (self.kind, self.title, self.heldOn, self.place, self.summary) = (kind, title, heldOn, place, summary)
    }

    public init(_ details: MentoringEventDetails) {
        self.init(
            kind: details.kind.rawValue, title: details.title, heldOn: details.heldOn.description, place: details.place,
            summary: details.summary)
    }

    /// An event may be planned ahead, but not more than two years ahead nor before 2000.
    public func validated(today: CalendarDate) throws(ValidationFailure) -> MentoringEventDetails {
        var reader = FieldReader()
        let kind: MentoringEventKind? = reader.choice("kind", kind, required: true)
        let title = reader.required("title", title, maxLength: 200)
        let day = reader.date("heldOn", heldOn, required: true)
        if let day, day.year < 2000 || day.year > today.year + 2 {
            reader.failure.add("heldOn", "Укажите день не раньше 2000 года и не позже чем через два года.")
        }
        let place = reader.optionalLimited("place", place, maxLength: 300)
        let summary = reader.optionalLimited("summary", summary, maxLength: 4000)
        try reader.failure.throwIfAny()
        return MentoringEventDetails(
            kind: kind ?? .groupMeeting, title: title, heldOn: day ?? today, place: place, summary: summary)
    }
}
