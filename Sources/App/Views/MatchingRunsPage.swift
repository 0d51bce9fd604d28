import FluentKit
import Foundation
import Matching
import MentoringCore
import Persistence

/// The program's runs and the form that starts a new one.
struct MatchingRunsPage: Encodable {
    struct Run: Encodable {
        var url: String
        var date: String
        var mode: String
        var pairs: Int
        var matched: String
        var mean: String
        var unmatched: Int
        var status: String
        var author: String
    }

    var meta: PageMeta
    var action: String
    var fields: [FormField]
    var problems: [String]
    var runs: [Run]
    var manages: Bool

    init(
        layout: PageLayout, context: ProgramContext, runs: [MatchingRunModel], input: MatchingInput,
        failure: ValidationFailure? = nil, problems: [String] = []
    ) throws {
        meta = layout.meta(
            "Подбор пар: \(context.program.title)",
            breadcrumbs: try ProgramController.crumbs(context.organization)
                + [Link(context.program.title, .program(.id(context.id)))], scopeName: context.organization.shortName)
        action = SiteURL.matching(.id(context.id)).path
        fields = MatchingRunsPage.fields(input, failure: failure)
        self.problems = problems
        self.runs = try runs.map { run in
            Run(
                url: SiteURL.matchingRun(.id(try run.requireID())).path, date: run.createdAt.russianDateTime,
                mode: run.mode.title, pairs: run.pairs,
                matched: run.matchedPercent.percent,
                mean: run.meanScore.score, unmatched: run.unmatched,
                status: run.status.title, author: run.createdBy)
        }
        manages = context.access.manages
    }

    static func fields(_ input: MatchingInput, failure: ValidationFailure?) -> [FormField] {
        [
            FormField(
                "mode", "Режим", kind: "select", failure: failure,
                options: FormField.options(MatchMode.self, selected: input.mode, title: \.title)),
            FormField(
                "proposing", "В устойчивом режиме предложения делают", kind: "select", failure: failure,
                options: [
                    .init(
                        value: "mentees", title: "наставляемые (по умолчанию)", selected: input.proposing != "mentors"),
                    .init(value: "mentors", title: "наставники", selected: input.proposing == "mentors"),
                ]),
            FormField("requests", "Вес: запросы покрыты компетенциями", value: input.requests, failure: failure),
            FormField("interests", "Вес: общие интересы", value: input.interests, failure: failure),
            FormField("hours", "Вес: время в неделю", value: input.hours, failure: failure),
            FormField("distance", "Вес: разница в возрасте, классе или стаже", value: input.distance, failure: failure),
            FormField("format", "Вес: формат встреч", value: input.format, failure: failure),
            FormField(
                "preferences", "Вес: предпочтения сторон", value: input.preferences,
                help: "Учитывается, если участники ранжировали друг друга в анкете «Кого бы вы выбрали».",
                failure: failure),
            FormField(
                "waitlist", "Приоритет ожидания", value: input.waitlist,
                help:
                    "Добавка к ценности пары для наставляемого, ждущего 180 дней и дольше (меньше — пропорционально).",
                failure: failure),
        ]
    }
}

extension Double {
    var percent: String { russian(digits: 1) + " %" }
    var score: String { russian(digits: 3) }
}

extension Date {
    var russianDateTime: String { moscow("dd.MM.yyyy HH:mm") }

    /// The moment in Moscow time, as every time on the site is shown.
    func moscow(_ format: String) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "ru_RU")
        formatter.timeZone = TimeZone(identifier: "Europe/Moscow")
        formatter.dateFormat = format
        return formatter.string(from: self)
    }
}
