import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// `surveys/page.leaf`: the survey's progress, who has not answered with their links, and the results.
struct SurveyPage: Encodable {
    struct Pending: Encodable {
        var name: String
        var link: String
    }
    struct Result: Encodable {
        var text: String
        var answered: Int
        var average: String?
        var chart: String?
        var texts: [String]
    }

    var meta: PageMeta
    var facts: [Fact]
    var actions: [Link]
    var filters: TablePage.Filters?
    var pending: [Pending]
    var results: [Result]
    var invited: Int
    var answered: Int

    init(layout: PageLayout, baseURL: String, report: SurveyReport, query: SurveyQuery) throws {
        let context = report.context
        let survey = context.survey
        let id = Slot.id(try survey.requireID())
        meta = layout.meta(
            survey.title,
            breadcrumbs: try ProgramController.crumbs(context.organization)
                + [Link(context.program.program.title, .program(.id(context.program.id)))],
            scopeName: context.organization.shortName)
        facts = [
            .init(label: "Анкета", value: "\(context.questionnaire.title), версия \(context.questionnaire.version)"),
            .init(label: "Кого опросили", value: survey.audience),
            .init(
                label: "Сроки",
                value:
                    "\(survey.opensOn.russian) – \(survey.closesOn.russian)"
            ),
            .init(label: "Вид", value: survey.anonymous ? "Анонимная: ответы не связаны с именами" : "Именная"),
        ]
        actions = [
            Link("Лист с QR-кодами для печати", .surveySheet(id)),
            Link("Скачать ответы XLSX", .surveyExport(id, format: "xlsx")),
            Link("Скачать ответы CSV", .surveyExport(id, format: "csv")),
        ]
        if !survey.anonymous && context.questionnaire.audience != .participant && context.program.access.manages {
            actions.insert(Link("Перенести ответы в профили", .surveyReview(id)), at: 0)
        }
        filters =
            survey.anonymous
            ? nil
            : .init(
                action: SiteURL.survey(id).path,
                fields: [
                    FormField(
                        "category", "Категория", kind: "select",
                        options: FormField.options(
                            Person.Category.self, selected: query.category, title: \.title, empty: "Все")),
                    FormField(
                        "form", "Форма", kind: "select",
                        options: [.init(value: "", title: "Все", selected: (query.form ?? "").isEmpty)]
                            + context.program.program.forms.map {
                                .init(value: $0.rawValue, title: $0.title, selected: $0.rawValue == query.form)
                            }),
                ])
        let base = baseURL
        pending = report.pending.map {
            Pending(name: $0.person.details.fullName, link: SurveyService.answerURL($0.token, base: base))
        }
        results = report.summaries.map { summary in
            Result(
                text: summary.question.text, answered: summary.answered,
                average: summary.average.map { $0.russian(digits: 2) },
                chart: summary.counts.isEmpty ? nil : BarChart.svg(summary.counts), texts: summary.texts)
        }
        invited = report.invitations.count
        answered = report.answeredCount
    }
}

struct SurveyQuery: Codable, Sendable {
    var category: String?
    var form: String?
}
