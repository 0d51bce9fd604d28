import Foundation

/// A mentor's record, computed from what the system holds so that nobody types a portfolio: the pairs and groups
/// led, the mentees, the years since the first one began, the rewards already given.
public struct MentorRecord: Equatable, Sendable {
    /// One pair or group the person led.
    public struct Mentorship: Equatable, Sendable {
        public var program: String
        public var startsOn: CalendarDate?
        public var status: MentorshipStatus
        public var mentees: Int

        public init(program: String, startsOn: CalendarDate?, status: MentorshipStatus, mentees: Int) {
            (self.program, self.startsOn, self.status, self.mentees) = (program, startsOn, status, mentees)
        }
    }

    /// A reward given by a signed order.
    public struct Reward: Equatable, Sendable {
        public var kind: RewardKind
        public var order: String
        public var date: CalendarDate

        public init(kind: RewardKind, order: String, date: CalendarDate) {
            (self.kind, self.order, self.date) = (kind, order, date)
        }
    }

    public var mentorships: [Mentorship]
    public var rewards: [Reward]
    /// The courses recorded in the person's mentor profiles, each once, the latest first.
    public var trainings: [MentorTraining]
    /// Full years from the start of the first pair or group to `today`.
    public let years: Int

    public init(
        mentorships: [Mentorship], rewards: [Reward], trainings: [MentorTraining] = [], today: CalendarDate
    ) {
        self.mentorships = mentorships
        self.rewards = rewards.sorted { $0.date > $1.date }
        var seen = Set<String>()
        self.trainings = trainings.filter { seen.insert("\($0.course)|\($0.completedOn?.description ?? "")").inserted }
            .sorted { ($0.completedOn?.description ?? "") > ($1.completedOn?.description ?? "") }
        let started = mentorships.filter { $0.status != .draft }.compactMap(\.startsOn).min()
        years = started.map { Self.fullYears(from: $0, to: today) } ?? 0
    }

    public var completed: Int { mentorships.filter { $0.status == .completed }.count }
    public var active: Int { mentorships.filter { $0.status == .active }.count }
    public var mentees: Int { mentorships.filter { $0.status != .draft }.reduce(0) { $0 + $1.mentees } }

    /// The kinds whose conditions the record meets, and what it lacks for the others.
    public func eligibility() -> [(kind: RewardKind, shortfall: String?)] {
        RewardKind.allCases.map { ($0, $0.condition.shortfall(self)) }
    }

    static func fullYears(from start: CalendarDate, to today: CalendarDate) -> Int {
        guard today > start else { return 0 }
        let beforeAnniversary = (today.month, today.day) < (start.month, start.day)
        return today.year - start.year - (beforeAnniversary ? 1 : 0)
    }
}

extension MentorRecord {
    /// The record in one paragraph, as a contest application or a portfolio states it.
    public var summary: String {
        var parts = [
            "стаж наставничества: \(RussianCount.years(years))", "завершено пар и групп: \(completed)",
            "ведёт сейчас: \(active)", "наставляемых: \(mentees)",
        ]
        if !trainings.isEmpty {
            parts.append(
                "обучение: "
                    + trainings.map { training in
                        training.course + (training.hours.map { ", \(RussianCount.hours($0))" } ?? "")
                    }.joined(separator: "; "))
        }
        if !rewards.isEmpty {
            parts.append(
                "поощрения: " + rewards.map { "\($0.kind.title) (\($0.date.russian))" }.joined(separator: "; "))
        }
        return parts.joined(separator: "; ").capitalizedFirst + "."
    }
}

extension String {
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
