import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// One indicator card as `monitoring/program.leaf` and `monitoring/municipality.leaf` draw it.
struct IndicatorCardView: Encodable, Sendable {
    var title: String
    var value: String
    var url: String?
    var counts: String?
    var target: String?
    var meetsTarget: Bool?
    var trend: String?
    var definition: String
    var chart: String?

    init(_ card: IndicatorCard, url: String?, trend: Trend? = nil, chart: String? = nil) {
        title = card.title
        value = card.value
        self.url = url
        counts = card.counts
        target = card.target.map { "цель \(IndicatorValue.percentText($0))" }
        meetsTarget = card.meetsTarget
        self.trend = trend.map(\.symbol)
        definition = card.definition
        self.chart = chart
    }
}

/// `monitoring/program.leaf`: the program at a glance for its curator and head.
struct ProgramMonitoringPage: Encodable {
    struct Risk: Encodable {
        var url: String
        var text: String
        var days: Int
    }
    struct Checkpoint: Encodable {
        var activityID: String
        var title: String
        var date: String
        var url: String
        var overdue: Bool
        var roadmap: String

        init(roadmap: RoadmapModel, activity model: RoadmapActivityModel, today: CalendarDate) throws {
            let activity = model.value
            activityID = (try model.requireID()).uuidString
            title = [activity.number, activity.title].filter { !$0.isEmpty }.joined(separator: " ")
            date = activity.due.end?.russian ?? ""
            url = SiteURL.roadmap(.id(try roadmap.requireID())).path
            overdue = activity.isOverdue(on: today)
            self.roadmap = roadmap.title
        }
    }
    struct ImpactRow: Encodable {
        var group: String
        var parameter: String
        var participants: Int
        var entry: String
        var exit: String
        var change: String
        var improved: String
    }
    struct FormRow: Encodable {
        var form: String
        var mentors: Int
        var mentees: Int
    }
    struct ResultRow: Encodable {
        var period: String
        var kind: String
        var value: String
        var note: String
    }

    var meta: PageMeta
    var facts: [Fact]
    var actions: [Link]
    var notice: String?
    var error: String?
    var cards: [IndicatorCardView]
    var forms: [FormRow]
    var risks: [Risk]
    var roadmapProgress: String?
    var checkpoints: [Checkpoint]
    var impact: [ImpactRow]
    var impactNote: String?
    var results: [ResultRow]
    var resultFields: [FormField]
    var reportFields: [FormField]
    var manages: Bool
    var snapshotAction: String
    var resultsAction: String
    var reportAction: String

    init(
        layout: PageLayout, today: CalendarDate, dashboard: ProgramDashboard, risks: [RhythmService.Risk],
        roadmaps: [RoadmapModel],
        failure: ValidationFailure? = nil,
        input: ProcessResultInput = ProcessResultInput(), texts: ProgramReportText? = nil, notice: String? = nil
    ) throws {
        let program = dashboard.context.program
        let id = Slot.id(dashboard.context.id)
        meta = layout.meta(
            "Мониторинг: \(program.title)",
            breadcrumbs: [
                Link(
                    dashboard.context.organization.shortName,
                    .organization(.id(try dashboard.context.organization.requireID()))),
                Link(program.title, .program(id)),
            ], scopeName: dashboard.context.organization.shortName)
        let figures = dashboard.figures
        facts = [
            .init(
                label: "Период программы",
                value: [program.period.start?.russian, program.period.end?.russian].compactMap { $0 }.joined(
                    separator: " – ")),
            .init(
                label: "Целевые значения",
                value: "муниципалитета на \(figures.year) год; возраст — на \(figures.referenceDate.russian)"),
            .init(label: "Порог удовлетворённости", value: figures.threshold.text),
        ]
        actions = [
            Link("Аналитический отчёт программы (DOCX)", .programReportDocument(id)),
            Link("Пары и группы", .mentorships(id)),
            Link("Программа", .program(id)),
        ]
        self.notice = notice
        error = failure.map { _ in "Проверьте выделенные поля: данные не сохранены." }
        let list = SiteURL.programMonitoringList(id).path
        cards = dashboard.cards.map { card in
            IndicatorCardView(
                card, url: list + "?measure=" + card.key, trend: dashboard.trend(card.key),
                chart: dashboard.series[card.key].flatMap {
                    IndicatorChart.svg($0, months: dashboard.months, target: card.target, title: card.title)
                })
        }
        forms = dashboard.facts.participantsByForm.map {
            FormRow(form: $0.form.title, mentors: $0.mentors, mentees: $0.mentees)
        }
        self.risks = try risks.prefix(20).map {
            Risk(
                url: SiteURL.mentorship(.id(try $0.mentorship.requireID())).path, text: $0.risk.message,
                days: $0.risk.daysOverdue)
        }
        roadmapProgress = RoadmapActivity.progress(ofStatuses: roadmaps.flatMap { $0.activities.map(\.status) }).map {
            "Выполнено \(Int(($0 * 100).rounded())) % мероприятий дорожных карт организации."
        }
        checkpoints = try RoadmapModel.openCheckpoints(of: roadmaps).prefix(8).map {
            try Checkpoint(roadmap: $0.roadmap, activity: $0.activity, today: today)
        }
        impact = dashboard.impact.map {
            ImpactRow(
                group: $0.group, parameter: dashboard.impactParameters[$0.parameter] ?? $0.parameter,
                participants: $0.participants,
                entry: $0.meanEntry.oneDecimal, exit: $0.meanExit.oneDecimal,
                change: $0.meanChange.signedOneDecimal,
                improved: IndicatorValue.percentText($0.improvedPercent))
        }
        let notes = [
            dashboard.exitWithoutEntry > 0
                ? "итоговый замер без входного: \(dashboard.exitWithoutEntry) — не учтены" : nil,
            dashboard.waitingForExit > 0 ? "ждут итогового замера: \(dashboard.waitingForExit)" : nil,
        ].compactMap { $0 }
        impactNote = notes.isEmpty ? nil : notes.joined(separator: "; ").capitalizedFirst + "."
        results = dashboard.processResults.map {
            let value = $0.value
            return ResultRow(
                period: value.period, kind: value.kind.title, value: value.valueText, note: value.note ?? "")
        }
        resultFields = [
            FormField(
                "period", "Период", value: input.period, required: true,
                help: "«2025–2026 учебный год», «I полугодие 2026».", failure: failure),
            FormField(
                "kind", "Показатель", kind: "select", required: true, failure: failure,
                options: FormField.options(
                    ProcessResultKind.self, selected: input.kind, title: \.title, empty: "— выберите —")),
            FormField(
                "total", "Участвовало обучающихся", value: input.total,
                help: "Для долей: сколько писали, сдавали, могли участвовать.", failure: failure),
            FormField(
                "count", "Справились, сдали, участвовали (или число проектов)", value: input.count, required: true,
                failure: failure),
            FormField("note", "Примечание", value: input.note, failure: failure),
        ]
        let texts = texts ?? program.monitoringReport
        reportFields = [
            FormField(
                "strengths", "Сильные стороны программы", kind: "textarea", value: texts.strengths, failure: failure),
            FormField(
                "weaknesses", "Слабые стороны и риски", kind: "textarea", value: texts.weaknesses, failure: failure),
            FormField("proposals", "Предложения", kind: "textarea", value: texts.proposals, failure: failure),
        ]
        manages = dashboard.context.access.manages
        snapshotAction = SiteURL.indicatorSnapshot(id).path
        resultsAction = SiteURL.processResults(id).path
        reportAction = SiteURL.programReportTexts(id).path
    }
}

extension String {
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
