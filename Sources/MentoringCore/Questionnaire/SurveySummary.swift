import Foundation

/// A survey as a program's card lists it: who was asked, when, and how many of them answered.
public struct SurveySummary: Equatable, Sendable {
    public typealias ID = Identifier<SurveySummary>

    public var id: ID
    public var title: String
    /// Who was asked, in words: «Наставляемые программы», «Обучающиеся 7Б».
    public var audience: String
    public var opensOn: CalendarDate
    public var closesOn: CalendarDate
    public var invited: Int
    public var answered: Int

    public init(
        id: ID, title: String, audience: String, opensOn: CalendarDate, closesOn: CalendarDate, invited: Int,
        answered: Int
    ) {
        self.id = id
        self.title = title
        self.audience = audience
        self.opensOn = opensOn
        self.closesOn = closesOn
        self.invited = invited
        self.answered = answered
    }
}
