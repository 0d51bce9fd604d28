import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

struct ProgramDTO: Content {
    var id: UUID
    var organizationID: UUID
    var title: String
    var period: DateSpan
    var forms: [String]

    init(_ program: Program) {
        id = program.id.rawValue
        organizationID = program.organizationID.rawValue
        title = program.title
        period = program.period
        forms = program.forms.map(\.rawValue)
    }
}

struct MentorDTO: Content {
    var id: UUID
    var personID: UUID
    var name: String
    var forms: [String]
    var roleModels: [String]
    var competencies: [String]
    var competencyNotes: String?
    var experience: String?
    var interests: [String]
    var menteeAges: String?
    var weeklyHours: Int?
    var capacity: Int
    var groupAllowed: Bool
    var format: String
    var trainings: [MentorTraining]
    var status: String
    var registryOrder: String?
    var offeredToOthers: Bool

    init(_ entry: MentorEntry) throws {
        let p = entry.profile.value
        id = (try entry.profile.requireID())
        personID = (try entry.person.requireID())
        name = entry.person.details.fullName
        forms = p.forms.map(\.rawValue)
        roleModels = p.roleModels
        competencies = p.competencies
        competencyNotes = p.competencyNotes
        experience = p.experience
        interests = p.interests
        menteeAges = p.menteeAges
        weeklyHours = p.weeklyHours
        capacity = p.capacity
        groupAllowed = p.groupAllowed
        format = p.format.rawValue
        trainings = p.trainings
        status = p.status.rawValue
        registryOrder = p.registryOrder
        offeredToOthers = p.offeredToOthers
    }
}

struct MenteeDTO: Content {
    var id: UUID
    var personID: UUID
    var name: String
    var form: String
    var requests: [MenteeRequest]
    var requestNotes: String?
    var interests: [String]
    var weeklyHours: Int?
    var format: String
    var status: String
    var waitingSince: CalendarDate

    init(_ entry: MenteeEntry) throws {
        let p = entry.profile.value
        id = (try entry.profile.requireID())
        personID = (try entry.person.requireID())
        name = entry.person.details.fullName
        form = p.form.rawValue
        requests = p.requests
        requestNotes = p.requestNotes
        interests = p.interests
        weeklyHours = p.weeklyHours
        format = p.format.rawValue
        status = p.status.rawValue
        waitingSince = p.waitingSince
    }
}

struct SurveyDTO: Content {
    struct Result: Content {
        struct Count: Content {
            var title: String
            var count: Int
            var percent: Double
            var meanRank: Double?
        }
        var question: String
        var text: String
        var answered: Int
        var average: Double?
        var counts: [Count]
        var texts: [String]
    }

    var id: UUID
    var programID: UUID
    var title: String
    var template: String
    var templateVersion: Int
    var audience: String
    var anonymous: Bool
    var opensOn: String
    var closesOn: String
    var invited: Int
    var answered: Int
    var results: [Result]?

    init(_ report: SurveyReport, results: Bool) throws {
        let survey = report.context.survey
        id = (try survey.requireID())
        programID = survey.$program.id
        title = survey.title
        template = report.context.questionnaire.key
        templateVersion = report.context.questionnaire.version
        audience = survey.audience
        anonymous = survey.anonymous
        opensOn = survey.opensOn.description
        closesOn = survey.closesOn.description
        invited = report.invitations.count
        answered = report.answeredCount
        self.results =
            results
            ? report.summaries.map { summary in
                Result(
                    question: summary.question.id, text: summary.question.text, answered: summary.answered,
                    average: summary.average,
                    counts: summary.counts.map {
                        .init(title: $0.title, count: $0.count, percent: $0.percent, meanRank: $0.meanRank)
                    },
                    texts: summary.texts)
            } : nil
    }
}

struct QuestionnaireDTO: Content {
    var id: UUID
    var builtIn: Bool
    var definition: Questionnaire

    init(_ model: QuestionnaireTemplateModel) throws {
        id = (try model.requireID())
        builtIn = model.$organization.id == nil
        definition = model.questionnaire
    }
}

extension Questionnaire: Content {}
