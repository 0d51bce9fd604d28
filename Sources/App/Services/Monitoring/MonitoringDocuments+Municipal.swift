import Documents
import FluentKit
import Foundation
import MentoringCore
import Persistence

extension MonitoringDocuments {
    static let organizationColumns = [
        "Организация", "Наставников", "Наставляемых", "Пар и групп", "Запросов наставляемых", "Получили наставника",
        "Ответов об удовлетворённости", "Удовлетворены", "Мероприятий дорожной карты", "Выполнено", "Просрочено КТ",
        "Встреч проведено",
    ]

    static func organizationRow(_ name: String, _ counts: OrganizationCounts) -> [String] {
        [name]
            + [
                counts.mentors, counts.mentees, counts.pairs, counts.menteesRequested, counts.menteesMatched,
                counts.menteeAnswers + counts.mentorAnswers,
                counts.satisfiedMentees + counts.satisfiedMentors, counts.activities, counts.activitiesDone,
                counts.overdueCheckpoints,
                counts.meetingsHeld,
            ].map(String.init)
    }

    /// The data behind the municipal note: one row per organization and the total.
    static func municipalData(_ overview: MunicipalOverview) -> ListExport {
        ListExport(
            organization: overview.municipality.name, title: "Данные аналитической справки за \(overview.year) год",
            header: organizationColumns, widths: [30] + Array(repeating: 9, count: 11),
            rows: overview.rows.map { organizationRow($0.organization.shortName, $0.counts) } + [
                organizationRow("Итого", overview.total)
            ])
    }

    static func indicatorRows(_ overview: MunicipalOverview) -> [[String]] {
        MunicipalIndicator.allCases.map { indicator in
            let value = overview.value(indicator)
            return [
                indicator.title, value.text, value.countsText, value.target.map(IndicatorValue.percentText) ?? "—",
                value.meetsTarget.map { $0 ? "достигнуто" : "не достигнуто" } ?? "—",
            ]
        }
    }

    /// The municipal analytic note (аналитическая справка): the indicators against targets, the organizations, conclusions.
    static func municipalNote(_ overview: MunicipalOverview, today: CalendarDate) -> SectionedDocument {
        let total = overview.total
        let behind = overview.rows.filter { $0.counts.overdueCheckpoints > 0 }.map {
            "\($0.organization.shortName) — \($0.counts.overdueCheckpoints)"
        }
        let idle = overview.rows.filter { $0.counts.pairs == 0 }.map(\.organization.shortName)
        let missed = MunicipalIndicator.allCases.filter { overview.value($0).meetsTarget == false }.map(\.shortTitle)
        let figures = overview.figures
        return SectionedDocument(
            organization: overview.authorityName ?? overview.municipality.name,
            title: "Аналитическая справка о реализации целевой модели наставничества",
            facts: [
                "Отчётный год: \(overview.year)", "Возраст участников — на \(figures.referenceDate.russian)",
                "Данные на \(today.russian)",
                "Организаций: \(overview.rows.count)",
            ],
            sections: [
                .init(
                    "Муниципальные показатели и целевые значения",
                    [
                        .table(
                            columns: ["Показатель", "Значение", "Из чего посчитано", "Цель", "Итог"],
                            widths: [44, 12, 14, 12, 18], rows: indicatorRows(overview)),
                        .text(
                            overview.figuresEntered
                                ? "Знаменатели внесены органом управления."
                                : "Знаменатели за год не внесены: доли детей и молодых специалистов не вычислены."),
                    ]),
                .init(
                    "Охват и работа пар",
                    [
                        .text(
                            "В программах наставничества участвуют \(total.participants) человек: наставников — \(total.mentors), наставляемых — \(total.mentees). "
                                + "Работало пар и групп: \(total.pairs). Из \(total.menteesRequested) запросов наставляемых наставника получили \(total.menteesMatched). "
                                + "Проведено встреч: \(total.meetingsHeld).")
                    ]),
                .init(
                    "Организации",
                    [
                        .table(
                            columns: [
                                "Организация", "Наставников", "Наставляемых", "Пар", "Получили наставника",
                                "Удовлетворены", "Просрочено КТ",
                            ],
                            widths: [34, 11, 11, 9, 13, 12, 10],
                            rows: overview.rows.map { row in
                                let c = row.counts
                                return [
                                    row.organization.shortName, String(c.mentors), String(c.mentees), String(c.pairs),
                                    "\(c.menteesMatched) из \(c.menteesRequested)",
                                    "\(c.satisfiedMentees + c.satisfiedMentors) из \(c.menteeAnswers + c.mentorAnswers)",
                                    String(c.overdueCheckpoints),
                                ]
                            })
                    ]),
                .init(
                    "Выводы",
                    [
                        .text(
                            [
                                missed.isEmpty
                                    ? "Целевые значения, для которых есть данные, достигнуты."
                                    : "Не достигнуты целевые значения: \(missed.joined(separator: "; ")).",
                                idle.isEmpty
                                    ? "Во всех организациях работают пары."
                                    : "Нет работающих пар: \(idle.joined(separator: ", ")).",
                                behind.isEmpty
                                    ? "Просроченных контрольных точек дорожных карт нет."
                                    : "Просрочены контрольные точки: \(behind.joined(separator: "; ")).",
                            ].joined(separator: "\n"))
                    ]),
                .init("Предложения", [.text("")]),
            ],
            signatures: ["Ответственный за внедрение целевой модели"])
    }

    /// Counts of participants by organization, form and role, in the layout the README documents for the statistical forms.
    static func statistics(
        _ overview: MunicipalOverview, rows: [(organization: UUID, form: MentoringForm, role: Role, count: Int)]
    ) throws -> ListExport {
        let names = Dictionary(
            uniqueKeysWithValues: try overview.rows.map {
                ((try $0.organization.requireID()), ($0.organization.shortName, $0.organization.details.kind.title))
            })
        let sorted = rows.sorted {
            (names[$0.organization]?.0 ?? "", $0.form.rawValue, $0.role.rawValue) < (
                names[$1.organization]?.0 ?? "", $1.form.rawValue, $1.role.rawValue
            )
        }
        return ListExport(
            organization: overview.municipality.name,
            title: "Участники программ наставничества по формам и ролям, \(overview.year) год",
            header: ["Организация", "Тип организации", "Код формы", "Форма наставничества", "Роль", "Человек"],
            widths: [30, 16, 22, 30, 12, 8],
            rows: sorted.map { row in
                [
                    names[row.organization]?.0 ?? "", names[row.organization]?.1 ?? "", row.form.rawValue,
                    row.form.title,
                    row.role == .mentor ? "Наставник" : "Наставляемый", String(row.count),
                ]
            })
    }
}
