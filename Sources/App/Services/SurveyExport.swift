import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The answers of a survey as a table: one row per response, one column per question. A name is written only in a
/// named survey and only for a person whose consent allows export by name; everyone else is «Респондент N».
struct SurveyExport {
    let scope: RequestScope

    func table(_ report: SurveyReport) async throws -> ListExport {
        let context = report.context
        let questions = context.questionnaire.questions
        let consents = try await ConsentLookup(db: scope.db).consents(of: report.responses.compactMap { $0.$person.id })
        let titles = Dictionary(
            questions.map { q in
                (q.id, Dictionary(report.choices(q).map { ($0.value, $0.title) }, uniquingKeysWith: { a, _ in a }))
            },
            uniquingKeysWith: { a, _ in a })
        let rows = try report.responses.enumerated().map { index, response in
            var name = "Респондент \(index + 1)"
            if !context.survey.anonymous, let person = response.person,
                ConsentPolicy.allows(.exportByName, consents: consents[(try person.requireID())] ?? [], on: scope.today)
            {
                name = person.details.fullName
            }
            let answers = response.answers
            return [name, CalendarDate(response.submittedAt).russian]
                + questions.map { question in
                    (answers[question.id] ?? []).map { titles[question.id]?[$0] ?? $0 }.joined(separator: "; ")
                }
        }
        try await AuditLog(scope: scope).record(
            .download, .survey, objectID: context.survey.id, organizationID: context.organization.id,
            role: context.program.access.role)
        return ListExport(
            organization: context.organization.fullName, title: context.survey.title, subtitle: context.survey.audience,
            header: ["Респондент", "Дата ответа"] + questions.map(\.text),
            widths: [20, 10] + questions.map { _ in 16 }, rows: rows)
    }
}
