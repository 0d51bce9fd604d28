import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import SQLKit

extension IndicatorLists {
    /// Pairs and groups with the figures the program's cards add up: meetings held, feedback, plan tasks, days to the pair,
    /// why a pair stopped. For a program every pair past the draft; for a territory those that worked in the year.
    func pairs(
        _ filter: MonitoringRepository.Filter, onlyTerminated: Bool = false, title: String
    ) async throws -> TablePage.Table {
        let condition: SQLQueryString =
            switch filter {
            case .program: "\(filter.on("m")) AND m.status <> \(is: MentorshipStatus.draft)"
            case .organizations: "\(filter.on("m")) AND \(queries.workedInYear("m"))"
            }
        let ids = try await queries.sql.raw(
            "SELECT m.id FROM mentorships m WHERE \(condition)"
                + (onlyTerminated ? " AND m.status = \(is: MentorshipStatus.terminated)" : "")
        )
        .all().map { try $0.decode(column: "id", as: UUID.self) }
        var mentorships: [MentorshipModel] = []
        for chunk in ids.chunks(of: 500) {
            mentorships += try await MentorshipModel.query(on: scope.db).filter(\.$id ~~ chunk).with(\.$mentees).sort(
                \.$createdAt
            ).all()
        }
        // Every organization in one view is seen with the same role (a curator's own, or a coordinator's territory).
        let people = try await MentorshipPeople.load(
            mentorships, access: organizations.values.first?.access, scope: scope)
        var held: [UUID: Int] = [:]
        var ratings: [UUID: Tally] = [:]
        for chunk in ids.chunks(of: 500) {
            for row in try await queries.sql.raw(
                """
                SELECT mentorship_id, COUNT(*) AS n FROM meetings WHERE mentorship_id IN (\(binds: chunk)) AND status = \(is: MeetingStatus.held) GROUP BY mentorship_id
                """
            ).all() {
                held[try row.decode(column: "mentorship_id", as: UUID.self)] = try row.decode(column: "n", as: Int.self)
            }
            for row in try await queries.sql.raw(
                """
                SELECT mentorship_id, SUM(rating) AS total, COUNT(rating) AS n FROM meeting_feedback
                WHERE mentorship_id IN (\(binds: chunk)) AND rating IS NOT NULL GROUP BY mentorship_id
                """
            ).all() {
                ratings[try row.decode(column: "mentorship_id", as: UUID.self)] = Tally(
                    sum: try row.decode(column: "total", as: Double.self),
                    count: try row.decode(column: "n", as: Int.self))
            }
        }
        let rows = mentorships.map { pair -> TablePage.Row in
            let organization = organizations[pair.$organization.id]
            let plan = pair.plan
            let tasks =
                plan.map {
                    "\($0.tasks.filter { $0.status == .done }.count) из \($0.tasks.filter { $0.status != .cancelled }.count)"
                } ?? "нет плана"
            return .init(cells: [
                .init(
                    people.mentorName(pair),
                    url: organization?.access.readsAll == true ? SiteURL.mentorship(.id(pair.id!)).path : nil),
                .init(people.menteeNames(pair)), .init(organization?.name ?? ""),
                .init(pair.form.title), .init(pair.status.title, status: pair.status.rawValue),
                .init(String(held[pair.id!] ?? 0)),
                .init(ratings[pair.id!]?.mean?.oneDecimal ?? "—"), .init(tasks),
                .init(pair.terminationReason?.title ?? ""),
            ])
        }
        try await audit("pairs")
        return .init(
            title: title,
            columns: [
                "Наставник", "Наставляемые", "Организация", "Форма", "Статус", "Встреч проведено", "Оценка встреч",
                "Задачи плана выполнены", "Причина прекращения",
            ], rows: rows, empty: "Пар нет.")
    }

    /// Checkpoints of the organizations' roadmaps past their date and not done.
    func overdueCheckpoints(_ organizationIDs: [UUID], title: String) async throws -> TablePage.Table {
        guard !organizationIDs.isEmpty else { return .init(title: title, columns: [], rows: [], empty: "Нет.") }
        let rows = try await queries.sql.raw(
            """
            SELECT r.id AS roadmap_id, r.organization_id, a.number, a.title, a.due_text, a.due_end FROM roadmap_activities a JOIN roadmaps r ON r.id = a.roadmap_id
            WHERE r.organization_id IN (\(binds: organizationIDs)) AND r.status <> \(is: Roadmap.Status.archived) AND \(queries.overdueCheckpoint())
            ORDER BY a.due_end
            """
        ).all().map { row -> TablePage.Row in
            .init(cells: [
                .init(organizations[try row.decode(column: "organization_id", as: UUID.self)]?.name ?? ""),
                .init(
                    [
                        try row.decode(column: "number", as: String.self),
                        try row.decode(column: "title", as: String.self),
                    ].joined(separator: " "),
                    url: SiteURL.roadmap(.id(try row.decode(column: "roadmap_id", as: UUID.self))).path
                        + "?filter=overdue"),
                .init(try row.decode(column: "due_text", as: String.self)),
                .init(
                    CalendarDate(parsing: try row.decode(column: "due_end", as: String.self))?.russian ?? "",
                    status: "overdue"),
            ])
        }
        return .init(
            title: title, columns: ["Организация", "Контрольная точка", "Срок по дорожной карте", "Просрочена с"],
            rows: rows,
            empty: "Просроченных контрольных точек нет.")
    }
}
