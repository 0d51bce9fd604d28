/// What one organization (or a municipality, summed) counted in a year: the inputs of the municipal indicators and of
/// the authority's table.
public struct OrganizationCounts: Equatable, Sendable {
    public var mentees = 0
    public var menteeChildren10to19 = 0
    public var menteeYoungSpecialists = 0
    public var mentors = 0
    public var mentorChildren15to19 = 0
    public var pairs = 0
    public var menteesRequested = 0
    public var menteesMatched = 0
    public var menteeAnswers = 0
    public var satisfiedMentees = 0
    public var mentorAnswers = 0
    public var satisfiedMentors = 0
    public var activities = 0
    public var activitiesDone = 0
    public var overdueCheckpoints = 0
    public var meetingsHeld = 0

    public init() {}

    public var participants: Int { mentees + mentors }

    public static func + (lhs: OrganizationCounts, rhs: OrganizationCounts) -> OrganizationCounts {
        var sum = OrganizationCounts()
        for path in Self.fields { sum[keyPath: path] = lhs[keyPath: path] + rhs[keyPath: path] }
        return sum
    }

    private static var fields: [WritableKeyPath<OrganizationCounts, Int>] {
        [
            \.mentees, \.menteeChildren10to19, \.menteeYoungSpecialists, \.mentors, \.mentorChildren15to19,
            \.pairs, \.menteesRequested, \.menteesMatched, \.menteeAnswers, \.satisfiedMentees, \.mentorAnswers,
            \.satisfiedMentors, \.activities, \.activitiesDone, \.overdueCheckpoints, \.meetingsHeld,
        ]
    }

    /// A municipal indicator of these counts: the shares of children and young specialists take the denominators
    /// the authority entered for the year, the satisfaction shares the answers counted.
    public func value(of indicator: MunicipalIndicator, figures: MunicipalFigures) -> IndicatorValue {
        let target = figures.targets[indicator]
        switch indicator {
        case .menteeChildren, .mentorChildren, .youngSpecialists:
            let numerator =
                switch indicator {
                case .menteeChildren: menteeChildren10to19
                case .mentorChildren: mentorChildren15to19
                default: menteeYoungSpecialists
                }
            return IndicatorValue(
                numerator: numerator, denominator: figures.denominator(of: indicator), target: target,
                enteredDenominator: true)
        case .menteeSatisfaction:
            return IndicatorValue(
                numerator: satisfiedMentees, denominator: menteeAnswers, target: target,
                enteredDenominator: false)
        case .mentorSatisfaction:
            return IndicatorValue(
                numerator: satisfiedMentors, denominator: mentorAnswers, target: target,
                enteredDenominator: false)
        }
    }
}
