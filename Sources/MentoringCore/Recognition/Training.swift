import Foundation

/// A course of a municipality's training plan for mentors and curators («Школа молодого педагога», a seminar
/// series, a course of further training): who runs it, how many hours, from when to when and where.
public struct TrainingDetails: Equatable, Sendable {
    public var title: String
    public var provider: String
    public var hours: Int
    public var startsOn: CalendarDate
    public var endsOn: CalendarDate
    public var place: String?

    public init(
        title: String, provider: String, hours: Int, startsOn: CalendarDate, endsOn: CalendarDate,
        place: String? = nil
    ) {
        (self.title, self.provider, self.hours) = (title, provider, hours)
        (self.startsOn, self.endsOn, self.place) = (startsOn, endsOn, place)
    }

    /// The record a certificate of this course leaves in a person's portfolio.
    public func record(certificate: String, issuedOn: CalendarDate) -> MentorTraining {
        MentorTraining(
            course: "\(title) (\(provider))", hours: hours, completedOn: issuedOn,
            document: "Сертификат № \(certificate)")
    }
}

/// The raw fields of the training form.
public struct TrainingInput: Codable, Sendable {
    public var title: String?
    public var provider: String?
    public var hours: String?
    public var startsOn: String?
    public var endsOn: String?
    public var place: String?

    public init(
        title: String? = nil, provider: String? = nil, hours: String? = nil, startsOn: String? = nil,
        endsOn: String? = nil, place: String? = nil
    ) {
        (self.title, self.provider, self.hours) = (title, provider, hours)
        (self.startsOn, self.endsOn, self.place) = (startsOn, endsOn, place)
    }

    public init(_ details: TrainingDetails) {
        self.init(
            title: details.title, provider: details.provider, hours: String(details.hours),
            startsOn: details.startsOn.description, endsOn: details.endsOn.description, place: details.place)
    }

    /// A course lasts from 1 to 1 000 hours and ends on or after its first day, within two years from today.
    public func validated(today: CalendarDate) throws(ValidationFailure) -> TrainingDetails {
        var reader = FieldReader()
        let title = reader.required("title", title, maxLength: 200)
        let provider = reader.required("provider", provider, maxLength: 300)
        let hours = reader.integer("hours", hours, in: 1...1000, required: true)
        let starts = reader.date("startsOn", startsOn, required: true)
        let ends = reader.date("endsOn", endsOn, required: true)
        for (field, day) in [("startsOn", starts), ("endsOn", ends)] {
            if let day, day.year < 2000 || day.year > today.year + 2 {
                reader.failure.add(field, "Укажите день не раньше 2000 года и не позже чем через два года.")
            }
        }
        if let starts, let ends, ends < starts {
            reader.failure.add("endsOn", "Обучение не может закончиться раньше, чем началось.")
        }
        let place = reader.optionalLimited("place", place, maxLength: 300)
        try reader.failure.throwIfAny()
        return TrainingDetails(
            title: title, provider: provider, hours: hours ?? 1, startsOn: starts ?? today, endsOn: ends ?? today,
            place: place)
    }
}

/// One session of a course: its day and topic.
public struct TrainingSessionInput: Codable, Sendable {
    public var heldOn: String?
    public var topic: String?

    public init(heldOn: String? = nil, topic: String? = nil) {
        (self.heldOn, self.topic) = (heldOn, topic)
    }

    /// A session falls within the course's days.
    public func validated(within training: TrainingDetails) throws(ValidationFailure) -> (CalendarDate, String) {
        var reader = FieldReader()
        let day = reader.date("heldOn", heldOn, required: true)
        let topic = reader.required("topic", topic, maxLength: 300)
        if let day, day < training.startsOn || day > training.endsOn {
            reader.failure.add(
                "heldOn", "Занятие — в дни обучения: с \(training.startsOn.russian) по \(training.endsOn.russian).")
        }
        try reader.failure.throwIfAny()
        return (day ?? training.startsOn, topic)
    }
}
