import Foundation

/// What the owner of a public section «Целевая модель наставничества» writes on it: a word of introduction and the
/// contacts of its curator, which the curator types themself (nothing else on the page names a member of staff).
public struct PublicSectionDetails: Equatable, Sendable {
    public var intro: String?
    public var contacts: String?

    public init(intro: String? = nil, contacts: String? = nil) { (self.intro, self.contacts) = (intro, contacts) }
}

/// The raw fields of the public section's form.
public struct PublicSectionInput: Codable, Sendable {
    public var intro: String?
    public var contacts: String?

    public init(intro: String? = nil, contacts: String? = nil) { (self.intro, self.contacts) = (intro, contacts) }

    public func validated() throws(ValidationFailure) -> PublicSectionDetails {
        var reader = FieldReader()
        let intro = reader.optionalLimited("intro", intro, maxLength: 4000)
        let contacts = reader.optionalLimited("contacts", contacts, maxLength: 1000)
        try reader.failure.throwIfAny()
        return PublicSectionDetails(intro: intro, contacts: contacts)
    }
}

/// A piece of news on a public section: a title, the text and the day it is published.
public struct NewsDetails: Equatable, Sendable {
    public var title: String
    public var body: String
    public var publishedOn: CalendarDate

    public init(title: String, body: String, publishedOn: CalendarDate) {
        (self.title, self.body, self.publishedOn) = (title, body, publishedOn)
    }
}

/// The raw fields of the news form.
public struct NewsInput: Codable, Sendable {
    public var title: String?
    public var body: String?
    public var publishedOn: String?

    public init(title: String? = nil, body: String? = nil, publishedOn: String? = nil) {
        (self.title, self.body, self.publishedOn) = (title, body, publishedOn)
    }

    /// A piece of news is dated today or earlier (a feed does not announce the future), from 2000 on; no date is today.
    public func validated(today: CalendarDate) throws(ValidationFailure) -> NewsDetails {
        var reader = FieldReader()
        let title = reader.required("title", title, maxLength: 200)
        let body = reader.required("body", body, maxLength: 8000)
        let day = reader.date("publishedOn", publishedOn, required: false)
        if let day, day.year < 2000 || day > today {
            reader.failure.add("publishedOn", "Укажите день не раньше 2000 года и не позже сегодняшнего.")
        }
        try reader.failure.throwIfAny()
        return NewsDetails(title: title, body: body, publishedOn: day ?? today)
    }
}
