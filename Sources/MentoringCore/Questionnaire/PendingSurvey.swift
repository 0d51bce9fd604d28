import Foundation

/// A survey someone is asked to answer, as their own list shows it: who answers, the survey, its term, and the
/// personal link while it is still open.
public struct PendingSurvey: Equatable, Sendable {
    /// The participant who answers: the signed-in person or a child of a legal representative.
    public var respondent: String
    public var title: String
    public var closesOn: CalendarDate
    /// The one-time answer token, while the link works.
    public var token: String?
    public var answered: Bool

    public init(respondent: String, title: String, closesOn: CalendarDate, token: String?, answered: Bool) {
        self.respondent = respondent
        self.title = title
        self.closesOn = closesOn
        self.token = token
        self.answered = answered
    }
}
