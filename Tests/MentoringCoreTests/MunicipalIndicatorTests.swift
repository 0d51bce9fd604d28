import MentoringCore
import Testing

/// The municipal indicators read from counts: each takes its own numerator and the denominator the model names.
struct MunicipalIndicatorTests {
    var counts: OrganizationCounts {
        var counts = OrganizationCounts()
        counts.menteeChildren10to19 = 30
        counts.mentorChildren15to19 = 6
        counts.menteeYoungSpecialists = 4
        counts.menteeAnswers = 20
        counts.satisfiedMentees = 15
        counts.mentorAnswers = 8
        counts.satisfiedMentors = 2
        return counts
    }

    let figures = MunicipalFigures(year: 2026, children10to19: 300, children15to19: 120, youngSpecialists: 16)

    @Test(arguments: [
        (MunicipalIndicator.menteeChildren, 30, 300), (.mentorChildren, 6, 120), (.youngSpecialists, 4, 16),
        (.menteeSatisfaction, 15, 20), (.mentorSatisfaction, 2, 8),
    ])
    func eachIndicatorReadsItsOwnCounts(indicator: MunicipalIndicator, numerator: Int, denominator: Int) {
        let value = counts.value(of: indicator, figures: figures)
        #expect(value.numerator == numerator && value.denominator == denominator)
        #expect(value.target == figures.targets[indicator])
    }

    @Test func countsOfOrganizationsAddUp() {
        let sum = counts + counts
        #expect(sum.menteeChildren10to19 == 60 && sum.satisfiedMentors == 4)
        #expect(sum.value(of: .menteeSatisfaction, figures: figures).percent == 75)
    }
}
