import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The options of a survey's questions: fixed ones from the template, the organization's vocabularies,
/// and the program's mentors or mentees with a valid consent for rankings.
struct SurveyChoices {
    var vocabularies: [Vocabulary.Group: [String]]
    var mentors: [Choice]
    var mentees: [Choice]

    func callAsFunction(_ question: Question) -> [Choice] {
        switch question.choiceSource {
        case .pedagogicalVocabulary: (vocabularies[.pedagogical] ?? []).map(Choice.init)
        case .studentVocabulary: (vocabularies[.student] ?? []).map(Choice.init)
        case .programMentors: mentors
        case .programMentees: mentees
        case nil: question.fixedChoices
        }
    }

    static func load(
        _ questionnaire: Questionnaire, program: ProgramModel, organization: OrganizationModel,
        scope: RequestScope
    ) async throws -> SurveyChoices {
        let sources = Set(questionnaire.questions.compactMap(\.choiceSource))
        var vocabularies: [Vocabulary.Group: [String]] = [:]
        for group in Vocabulary.Group.allCases {
            vocabularies[group] = try await VocabularyService(scope: scope).vocabulary(group, for: organization).terms
        }
        var choices = SurveyChoices(vocabularies: vocabularies, mentors: [], mentees: [])
        if sources.contains(.programMentors) {
            let profiles = try await MentorProfileModel.query(on: scope.db).filter(
                \.$program.$id == (try program.requireID())
            ).with(
                \.$person
            ).all()
            choices.mentors = try await consented(
                profiles.map { ((try $0.requireID()), $0.person) }, db: scope.db, on: scope.today)
        }
        if sources.contains(.programMentees) {
            let profiles = try await MenteeProfileModel.query(on: scope.db).filter(
                \.$program.$id == (try program.requireID())
            ).with(
                \.$person
            ).all()
            choices.mentees = try await consented(
                profiles.map { ((try $0.requireID()), $0.person) }, db: scope.db, on: scope.today)
        }
        return choices
    }

    private static func consented(
        _ people: [(UUID, PersonModel)], db: any Database, on date: CalendarDate
    ) async throws -> [Choice] {
        let consents = try await ConsentLookup(db: db).consents(of: people.map { try $0.1.requireID() })
        return try people.filter { _, person in
            Eligibility.mayEnterBase(
                person.value,
                consents: consents[(try person.requireID())] ?? [], on: date)
        }.map { id, person in
            let details = person.details
            let role = details.position ?? details.grade.map { "\($0) класс" }
            return Choice(value: id.uuidString.lowercased(), title: details.fullName + (role.map { ", \($0)" } ?? ""))
        }.sorted { $0.title < $1.title }
    }
}
