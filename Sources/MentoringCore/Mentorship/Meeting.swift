import Foundation

/// The meetings the methodology prescribes, in their order.
public enum MeetingType: String, CaseIterable, Codable, Sendable {
    case introductory
    case trial
    case planning
    case regular
    case final
    case groupFinal = "group_final"

    public var title: String {
        switch self {
        case .introductory: "Встреча-знакомство"
        case .trial: "Пробная рабочая встреча"
        case .planning: "Встреча-планирование"
        case .regular: "Регулярная встреча"
        case .final: "Итоговая встреча"
        case .groupFinal: "Групповая итоговая встреча программы"
        }
    }

    /// After a trial meeting the participants answer the compatibility questionnaire instead of the short feedback.
    public var feedbackQuestionnaire: String { self == .trial ? "compatibility" : "meeting-feedback" }
}

/// Where a meeting happens.
public enum MeetingPlace: String, CaseIterable, Codable, Sendable {
    case inPerson = "in_person"
    case remote

    public var title: String { self == .inPerson ? "Очно" : "Дистанционно" }
}

/// Whether a meeting is still ahead, took place or was called off.
public enum MeetingStatus: String, CaseIterable, Codable, Sendable {
    case planned
    case held
    case cancelled

    public var title: String {
        switch self {
        case .planned: "Запланирована"
        case .held: "Проведена"
        case .cancelled: "Отменена"
        }
    }
}

/// A meeting as a form or the API sends it: text, checked before anything is saved.
public struct MeetingInput: Codable, Sendable {
    public var type: String?
    public var date: String?
    public var time: String?
    public var durationMinutes: String?
    public var format: String?
    public var place: String?
    public var link: String?
    public var topic: String?
    public var notes: String?

    public init(
        type: String? = nil, date: String? = nil, time: String? = nil, durationMinutes: String? = nil,
        format: String? = nil,
        place: String? = nil, link: String? = nil, topic: String? = nil, notes: String? = nil
    ) {
        self.type = type
        self.date = date
        self.time = time
        self.durationMinutes = durationMinutes
        self.format = format
        self.place = place
        self.link = link
        self.topic = topic
        self.notes = notes
    }

    public struct Valid: Equatable, Sendable {
        public var type: MeetingType
        public var startsAt: Date
        public var durationMinutes: Int
        public var format: MeetingPlace
        public var place: String?
        public var link: String?
        public var topic: String
        public var notes: String?

        public var endsAt: Date { startsAt.addingTimeInterval(TimeInterval(durationMinutes * 60)) }
    }

    /// Checks the meeting against the clock: a meeting may be logged up to `pastWindowDays` back, not earlier.
    public func validated(now: Date, pastWindowDays: Int) throws(ValidationFailure) -> Valid {
        var reader = FieldReader()
        let type: MeetingType? = reader.choice("type", type, required: true)
        let day = reader.date("date", date, required: true)
        let clock = MeetingClock.parse(time)
        if clock == nil { reader.failure.add("time", "Укажите время в формате ЧЧ:ММ, например 15:30.") }
        let minutes = Int(durationMinutes?.trimmingCharacters(in: .whitespaces) ?? "") ?? 0
        if !(10...480).contains(minutes) {
            reader.failure.add("durationMinutes", "Продолжительность — от 10 до 480 минут.")
        }
        let format: MeetingPlace? = reader.choice("format", format, required: true)
        let place = reader.optionalLimited("place", place)
        let link = reader.optionalLimited("link", link, maxLength: 500)
        if format == .inPerson && place == nil {
            reader.failure.add("place", "Для очной встречи укажите место: кабинет, адрес.")
        }
        if format == .remote {
            if let link, !(link.hasPrefix("https://") || link.hasPrefix("http://")) {
                reader.failure.add("link", "Ссылка начинается с https://")
            } else if link == nil {
                reader.failure.add("link", "Для дистанционной встречи укажите ссылку на видеовстречу.")
            }
        }
        let topic = reader.required("topic", topic, message: "Укажите тему встречи.", maxLength: 300)
        let notes = reader.optionalLimited("notes", notes, maxLength: 5000)
        var startsAt: Date?
        if let day, let clock {
            startsAt = MeetingClock.moment(day, hour: clock.hour, minute: clock.minute)
            if let startsAt, startsAt < now.addingTimeInterval(-Double(pastWindowDays) * 86_400) {
                reader.failure.add("date", "Встречу можно внести не позже чем через \(pastWindowDays) дн. после неё.")
            }
        }
        try reader.failure.throwIfAny()
        return Valid(
            type: type!, startsAt: startsAt!, durationMinutes: minutes, format: format!,
            place: format == .inPerson ? place : nil,
            link: format == .remote ? link : nil, topic: topic, notes: notes)
    }
}

/// Meeting times are typed and shown in Moscow time, as the schools keep it.
public enum MeetingClock {
    public static let timeZone = TimeZone(identifier: "Europe/Moscow")!

    public static func parse(_ text: String?) -> (hour: Int, minute: Int)? {
        let parts = (text ?? "").trimmingCharacters(in: .whitespaces).split(separator: ":")
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), (0...23).contains(hour),
            (0...59).contains(minute)
        else { return nil }
        return (hour, minute)
    }

    public static func moment(_ day: CalendarDate, hour: Int, minute: Int) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar.date(
            from: DateComponents(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute))
    }

    /// `ЧЧ:ММ`.
    public static func time(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let c = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", c.hour!, c.minute!)
    }

    /// `ДД.ММ.ГГГГ ЧЧ:ММ`.
    public static func russian(_ date: Date) -> String { CalendarDate(date, in: timeZone).russian + " " + time(date) }

    /// Whether two meetings of one mentor overlap in time (touching ends do not).
    public static func overlaps(_ a: (start: Date, end: Date), _ b: (start: Date, end: Date)) -> Bool {
        a.start < b.end && b.start < a.end
    }
}
