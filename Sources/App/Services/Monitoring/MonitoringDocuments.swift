import Documents
import Foundation
import MentoringCore
import Persistence

/// The monitoring documents: the program's analytic report, the checkpoint snapshot, the municipal note with its data,
/// and the counts for the statistical forms. Numbers come from the same dashboards the pages show.
enum MonitoringDocuments {
    static let indicatorColumns = ["Показатель", "Значение", "Из чего посчитано", "Целевое значение", "Как считается"]

    static func indicatorRows(_ cards: [IndicatorCard]) -> [[String]] {
        cards.map { card in
            [
                card.title, card.value, card.counts ?? "",
                card.target.map {
                    IndicatorValue.percentText($0)
                        + (card.meetsTarget == true
                            ? " (достигнуто)" : card.meetsTarget == false ? " (не достигнуто)" : "")
                } ?? "—",
                card.definition,
            ]
        }
    }

    static func snapshot(_ dashboard: ProgramDashboard, on date: CalendarDate) -> ListExport {
        ListExport(
            organization: dashboard.context.organization.fullName,
            title: "Срез показателей программы «\(dashboard.context.program.title)»",
            subtitle: "на \(date.russian)", header: indicatorColumns, widths: [30, 12, 20, 14, 40],
            rows: indicatorRows(dashboard.cards))
    }

    static func programReport(_ dashboard: ProgramDashboard, today: CalendarDate) -> SectionedDocument {
        let program = dashboard.context.program
        let facts = dashboard.facts
        let texts = program.monitoringReport
        let forms = facts.participantsByForm.map { [$0.form.title, String($0.mentors), String($0.mentees)] }
        let impact = dashboard.impact.map {
            [
                $0.group, dashboard.impactParameters[$0.parameter] ?? $0.parameter, String($0.participants),
                $0.meanEntry.oneDecimal, $0.meanExit.oneDecimal,
                $0.meanChange.signedOneDecimal, IndicatorValue.percentText($0.improvedPercent),
            ]
        }
        let satisfaction = dashboard.cards.filter {
            $0.key == MunicipalIndicator.menteeSatisfaction.rawValue
                || $0.key == MunicipalIndicator.mentorSatisfaction.rawValue
        }
        let results = dashboard.processResults.map {
            [$0.value.period, $0.value.kind.title, $0.value.valueText, $0.value.note ?? ""]
        }
        let period = [program.period.start?.russian, program.period.end?.russian].compactMap { $0 }.joined(
            separator: " – ")
        return SectionedDocument(
            organization: dashboard.context.organization.fullName,
            title: "Аналитический отчёт о реализации программы наставничества",
            facts: ["Программа: \(program.title)", "Период реализации: \(period)", "Данные на \(today.russian)"],
            sections: [
                .init(
                    "Участники по формам наставничества",
                    [
                        .table(
                            columns: ["Форма наставничества", "Наставников", "Наставляемых"], widths: [60, 20, 20],
                            rows: forms),
                        .text(
                            "Сформировано пар и групп: \(facts.pairsFormed); запросов наставляемых: \(facts.menteesRequested); "
                                + "получили наставника: \(facts.menteesMatched). Проведено встреч: \(facts.meetingsHeld)."
                        ),
                    ]),
                .init(
                    "Показатели и целевые значения",
                    [
                        .table(
                            columns: indicatorColumns, widths: [24, 12, 18, 14, 32],
                            rows: indicatorRows(dashboard.cards))
                    ]),
                .init(
                    "Влияние программы на участников (входной и итоговый замер)",
                    impact.isEmpty
                        ? [.text("Оба замера пока есть не у кого: раздел заполнится после итогового замера.")]
                        : [
                            .table(
                                columns: ["Группа", "Параметр", "Участников", "Вход", "Итог", "Изменение", "Улучшили"],
                                widths: [18, 30, 10, 9, 9, 12, 12], rows: impact)
                        ]),
                .init(
                    "Удовлетворённость участников",
                    [
                        .text(
                            satisfaction.map { "\($0.title): \($0.value) (\($0.counts ?? ""))" }.joined(separator: "\n")
                                + "\nПорог удовлетворённости: \(dashboard.figures.threshold.text).")
                    ]),
                .init(
                    "Результаты процесса наставничества",
                    [
                        .table(
                            columns: ["Период", "Показатель", "Значение", "Примечание"], widths: [20, 34, 20, 26],
                            rows: results)
                    ]),
                .init("Сильные стороны программы", [.text(texts.strengths)]),
                .init("Слабые стороны и риски", [.text(texts.weaknesses)]),
                .init("Предложения", [.text(texts.proposals)]),
            ], signatures: ["Куратор программы", dashboard.context.organization.headPosition ?? "Руководитель"])
    }
}
