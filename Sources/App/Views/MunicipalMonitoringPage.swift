import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// `monitoring/municipality.leaf`: every organization of the municipality in one sortable table, and the municipal
/// indicators against their targets by year.
struct MunicipalMonitoringPage: Encodable {
    struct Column: Encodable {
        var title: String
        var url: String
        var arrow: String
    }
    struct Cell: Encodable {
        var text: String
        var url: String?
    }
    struct Row: Encodable { var cells: [Cell] }
    struct YearRow: Encodable {
        var title: String
        var values: [String]
    }

    var meta: PageMeta
    var actions: [Link]
    var years: [Link]
    var missingFigures: String?
    var cards: [IndicatorCardView]
    var yearColumns: [String]
    var yearRows: [YearRow]
    var columns: [Column]
    var rows: [Row]
    var total: Row
    var checkpoints: [ProgramMonitoringPage.Checkpoint]
    var snapshotAction: String
    var notice: String?

    /// The table's columns: title and how a row is sorted by it.
    static let sortKeys: [(key: String, title: String, value: @Sendable (OrganizationCounts) -> Double)] = [
        ("participants", "Участники", { Double($0.participants) }),
        ("pairs", "Пары", { Double($0.pairs) }),
        (
            "matched", "Подобран наставник",
            { $0.menteesRequested == 0 ? -1 : Double($0.menteesMatched) / Double($0.menteesRequested) }
        ),
        (
            "satisfaction", "Удовлетворённость",
            {
                let answers = $0.menteeAnswers + $0.mentorAnswers
                return answers == 0 ? -1 : Double($0.satisfiedMentees + $0.satisfiedMentors) / Double(answers)
            }
        ),
        ("roadmap", "Дорожная карта", { $0.activities == 0 ? -1 : Double($0.activitiesDone) / Double($0.activities) }),
        ("overdue", "Просроченные КТ", { Double($0.overdueCheckpoints) }),
    ]

    init(
        layout: PageLayout, today: CalendarDate, notice: String?, overview: MunicipalOverview,
        history: [MunicipalOverview], sort: String?, descending: Bool,
        checkpoints: [(roadmap: RoadmapModel, activity: RoadmapActivityModel)]
    ) throws {
        let id = Slot.id(try overview.municipality.requireID())
        let year = overview.year
        meta = layout.meta(
            "Мониторинг: \(overview.municipality.name), \(year) год", scopeName: overview.municipality.name)
        actions = [
            Link("Знаменатели и целевые значения", .municipalFigures(id)),
            Link("Аналитическая справка (DOCX)", .municipalNote(id, format: "docx")),
            Link("Данные справки (XLSX)", .municipalNote(id, format: "xlsx")),
            Link("Для статистических форм (XLSX)", .municipalStatistics(id, format: "xlsx")),
            Link("Для статистических форм (CSV)", .municipalStatistics(id, format: "csv")),
            Link("Муниципальные базы", .municipalBases),
        ].map { link in
            var link = link
            if link.url.contains("/monitoring/") || link.url.hasSuffix("/figures") { link.url += "?year=\(year)" }
            return link
        }
        let base = SiteURL.municipalMonitoring(id).path
        years = (year - 2...year + 1).map {
            Link(String($0), .municipalMonitoring(id)).with(url: base + "?year=\($0)", current: $0 == year)
        }
        missingFigures =
            overview.figuresEntered
            ? nil
            : "Знаменатели за \(year) год не внесены: доли детей и молодых специалистов не вычисляются, целевые значения — по умолчанию."
        let list = SiteURL.municipalMonitoringList(id).path + "?year=\(year)"
        cards = MunicipalIndicator.allCases.map { indicator in
            IndicatorCardView(
                IndicatorCard(indicator, overview.value(indicator)), url: list + "&measure=" + indicator.rawValue)
        }
        yearColumns = history.map { "\($0.year)" }
        yearRows = MunicipalIndicator.allCases.map { indicator in
            YearRow(
                title: indicator.shortTitle,
                values: history.map { past in
                    let value = past.value(indicator)
                    return value.text + (value.target.map { " / цель " + IndicatorValue.percentText($0) } ?? "")
                })
        }
        let order = descending ? "desc" : "asc"
        columns =
            [
                Column(
                    title: "Организация",
                    url: base + "?year=\(year)&sort=name&dir=\(sort == "name" && !descending ? "desc" : "asc")",
                    arrow: sort == "name" ? (descending ? "↓" : "↑") : "")
            ]
            + Self.sortKeys.map { column in
                Column(
                    title: column.title,
                    url: base
                        + "?year=\(year)&sort=\(column.key)&dir=\(sort == column.key && descending ? "asc" : "desc")",
                    arrow: sort == column.key ? (order == "desc" ? "↓" : "↑") : "")
            }
        var sorted = overview.rows
        if let key = Self.sortKeys.first(where: { $0.key == sort }) {
            sorted.sort {
                (key.value($0.counts), $1.organization.shortName) > (key.value($1.counts), $0.organization.shortName)
            }
            if !descending { sorted.reverse() }
        } else if sort == "name", descending {
            sorted.reverse()
        }
        rows = try sorted.map {
            Self.row(
                $0.organization.shortName, url: SiteURL.organization(.id(try $0.organization.requireID())).path,
                $0.counts,
                list: list + "&organization=\((try $0.organization.requireID()).uuidString.lowercased())")
        }
        total = Self.row("Итого по муниципалитету", url: nil, overview.total, list: list)
        self.checkpoints = try checkpoints.prefix(8).map {
            try .init(roadmap: $0.roadmap, activity: $0.activity, today: today)
        }
        snapshotAction = SiteURL.municipalSnapshot(id).path + "?year=\(year)"
        self.notice = notice
    }

    static func row(_ name: String, url: String?, _ counts: OrganizationCounts, list: String) -> Row {
        func share(_ numerator: Int, _ denominator: Int) -> String {
            IndicatorValue(numerator: numerator, denominator: denominator, target: nil, enteredDenominator: false).text
        }
        return Row(cells: [
            Cell(text: name, url: url),
            Cell(
                text: "\(counts.participants) (\(counts.mentors) / \(counts.mentees))",
                url: list + "&measure=participants"),
            Cell(text: String(counts.pairs), url: list + "&measure=pairs"),
            Cell(text: share(counts.menteesMatched, counts.menteesRequested), url: list + "&measure=matched"),
            Cell(
                text: share(
                    counts.satisfiedMentees + counts.satisfiedMentors, counts.menteeAnswers + counts.mentorAnswers),
                url: list + "&measure=satisfaction"),
            Cell(
                text: counts.activities == 0 ? "нет карты" : share(counts.activitiesDone, counts.activities), url: nil),
            Cell(
                text: String(counts.overdueCheckpoints),
                url: counts.overdueCheckpoints == 0 ? nil : list + "&measure=overdue"),
        ])
    }
}

extension Link {
    func with(url: String, current: Bool) -> Link {
        var link = self
        link.url = url
        link.current = current
        return link
    }
}
