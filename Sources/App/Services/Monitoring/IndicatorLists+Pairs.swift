import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

extension IndicatorLists {
    /// Pairs and groups with the figures the program's cards add up: meetings held, feedback, plan tasks, days to the pair,
    /// why a pair stopped. For a program every pair past the draft; for a territory those that worked in the year.
    func pairs(
        _ filter: MonitoringRepository.Filter, onlyTerminated: Bool = false, title: String
    ) async throws -> TablePage.Table {
        let ids = try await queries.pairs(filter, onlyTerminated: onlyTerminated)
        var mentorships: [MentorshipModel] = []
        for chunk in ids.chunks(of: 500) {
            mentorships += try await MentorshipModel.query(on: scope.db).filter(\.$id ~~ chunk).with(\.$mentees).sort(
                \.$createdAt
            ).all()
        }
        // Every organization in one view is seen with the same role (a curator's own, or a coordinator's territory).
        let people = try await MentorshipPeople.load(
            mentorships, access: organizations.values.first?.access, scope: scope)
        let held = try await queries.meetingsHeld(of: ids)
        let ratings = try await queries.ratings(of: ids)
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
        let rows = try await queries.overdueCheckpoints(of: organizationIDs).map { checkpoint -> TablePage.Row in
            .init(cells: [
                .init(organizations[checkpoint.organization]?.name ?? ""),
                .init(
                    checkpoint.number + " " + checkpoint.title,
                    url: SiteURL.roadmap(.id(checkpoint.roadmap)).path + "?filter=overdue"),
                .init(checkpoint.due),
                .init(checkpoint.dueEnd?.russian ?? "", status: "overdue"),
            ])
        }
        return .init(
            title: title, columns: ["Организация", "Контрольная точка", "Срок по дорожной карте", "Просрочена с"],
            rows: rows,
            empty: "Просроченных контрольных точек нет.")
    }
}
