import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// One indicator as the API gives it: the value with its counts, target and formula, never a bare number.
struct IndicatorDTO: Content {
    var key: String
    var title: String
    var definition: String
    var value: String
    var number: Double?
    var counts: String?
    var target: Double?
    var meetsTarget: Bool?
    var trend: String?

    init(_ card: IndicatorCard, trend: Trend? = nil) {
        key = card.key
        title = card.title
        definition = card.definition
        value = card.value
        number = card.number
        counts = card.counts
        target = card.target
        meetsTarget = card.meetsTarget
        self.trend = trend?.rawValue
    }
}

struct ProgramIndicatorsDTO: Content {
    struct FormCount: Content {
        var form: String
        var mentors: Int
        var mentees: Int
    }
    struct Impact: Content {
        var group: String
        var parameter: String
        var participants: Int
        var meanEntry: Double
        var meanExit: Double
        var meanChange: Double
        var improvedPercent: Double
    }
    struct Result: Content {
        var period: String
        var kind: String
        var total: Int?
        var count: Int
        var note: String?
    }

    var programID: UUID
    var referenceDate: String
    var targetsYear: Int
    var indicators: [IndicatorDTO]
    var participantsByForm: [FormCount]
    var impact: [Impact]
    var exitWithoutEntry: Int
    var processResults: [Result]

    init(_ dashboard: ProgramDashboard) {
        programID = dashboard.context.id
        referenceDate = dashboard.figures.referenceDate.description
        targetsYear = dashboard.figures.year
        indicators = dashboard.cards.map { IndicatorDTO($0, trend: dashboard.trend($0.key)) }
        participantsByForm = dashboard.facts.participantsByForm.map {
            FormCount(form: $0.form.rawValue, mentors: $0.mentors, mentees: $0.mentees)
        }
        impact = dashboard.impact.map {
            Impact(
                group: $0.group, parameter: $0.parameter, participants: $0.participants, meanEntry: $0.meanEntry,
                meanExit: $0.meanExit, meanChange: $0.meanChange, improvedPercent: $0.improvedPercent)
        }
        exitWithoutEntry = dashboard.exitWithoutEntry
        processResults = dashboard.processResults.map {
            Result(period: $0.period, kind: $0.kind.rawValue, total: $0.total, count: $0.count, note: $0.note)
        }
    }
}

struct MunicipalIndicatorsDTO: Content {
    struct Value: Content {
        var key: String
        var title: String
        var definition: String
        var state: String
        var numerator: Int
        var denominator: Int?
        var percent: Double?
        var target: Double?
        var meetsTarget: Bool?
    }

    struct Organization: Content {
        var id: UUID
        var name: String
        var mentors: Int
        var mentees: Int
        var pairs: Int
        var menteesRequested: Int
        var menteesMatched: Int
        var satisfactionAnswers: Int
        var satisfied: Int
        var roadmapActivities: Int
        var roadmapActivitiesDone: Int
        var overdueCheckpoints: Int
    }

    var municipalityID: UUID
    var year: Int
    var figuresEntered: Bool
    var referenceDate: String
    var denominators: [String: Int?]
    var indicators: [Value]
    var organizations: [Organization]

    init(_ overview: MunicipalOverview) throws {
        municipalityID = (try overview.municipality.requireID())
        year = overview.year
        figuresEntered = overview.figuresEntered
        referenceDate = overview.figures.referenceDate.description
        denominators = [
            "children10to19": overview.figures.children10to19, "children15to19": overview.figures.children15to19,
            "youngSpecialists": overview.figures.youngSpecialists,
        ]
        indicators = MunicipalIndicator.allCases.map { indicator in
            let value = overview.value(indicator)
            return Value(
                key: indicator.rawValue, title: indicator.title, definition: indicator.definition,
                state: value.state.rawValue,
                numerator: value.numerator, denominator: value.denominator, percent: value.percent,
                target: value.target,
                meetsTarget: value.meetsTarget)
        }
        organizations = try overview.rows.map { row in
            let c = row.counts
            return Organization(
                id: try row.organization.requireID(), name: row.organization.shortName, mentors: c.mentors,
                mentees: c.mentees,
                pairs: c.pairs,
                menteesRequested: c.menteesRequested, menteesMatched: c.menteesMatched,
                satisfactionAnswers: c.menteeAnswers + c.mentorAnswers,
                satisfied: c.satisfiedMentees + c.satisfiedMentors,
                roadmapActivities: c.activities, roadmapActivitiesDone: c.activitiesDone,
                overdueCheckpoints: c.overdueCheckpoints)
        }
    }
}
