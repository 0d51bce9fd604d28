import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// The first page after sign-in: cards that later parts of the program fill.
struct DashboardController: RouteCollection {
    struct Card: Encodable {
        var title: String
        var value: String?
        var text: String
        var url: String?
    }

    struct Page: Encodable {
        var meta: PageMeta
        var cards: [Card]
        var deadlines: RoadmapDeadlines
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.home, use: show)
    }

    func show(req: Request) async throws -> Response {
        let scope = try req.scope()
        // Mentors, mentees and legal representatives have a home of their own: their pairs, meetings and wards.
        if !scope.user.isStaff {
            return req.redirect(to: SiteURL.myMentoring.path)
        }
        let organizations = try await OrganizationDirectory(scope: scope).accessible()
        let ids = organizations.map { $0.organization.id! }
        let staffIDs = organizations.filter { $0.access.readsAll }.map { $0.organization.id! }
        let today = scope.today
        let people =
            ids.isEmpty
            ? [] : try await PersonModel.query(on: req.db).filter(\.$organization.$id ~~ ids).with(\.$consents).all()
        let valid = people.filter { $0.consents.map(\.consent).overallStatus(on: today) == .valid }.count
        let single = organizations.count == 1 ? organizations.first : nil
        let deadlines = RoadmapDeadlines(try await RoadmapService(scope: scope).accessible(), today: today)
        let cards = [
            Card(
                title: single == nil ? "Организации" : "Организация",
                value: single == nil ? String(organizations.count) : nil,
                text: single?.organization.shortName ?? "Доступные вам образовательные организации.",
                url: single.map { SiteURL.organization(.id($0.organization.id!)).path } ?? SiteURL.organizations.path),
            Card(
                title: "Участники", value: String(people.count),
                text: "Наставники, наставляемые и кандидаты с их согласиями.",
                url: single.map { SiteURL.people(.id($0.organization.id!)).path }),
            Card(
                title: "Без действующего согласия", value: String(people.count - valid),
                text: "Их данные не обрабатываются, пока согласие не получено или не продлено.",
                url: single.map { SiteURL.people(.id($0.organization.id!)).path + "?consent=missing" }),
            try await programsCard(scope, organizations: staffIDs, single: single?.organization),
            Card(
                title: "Дорожная карта", value: deadlines.overdueCount == 0 ? nil : String(deadlines.overdueCount),
                text: deadlines.summary, url: SiteURL.roadmaps.path),
            try await mentoringCard(scope, organizations: staffIDs, single: single?.organization),
            try await ordersCard(scope, organizations: staffIDs, single: single?.organization),
            Card(
                title: "Мониторинг", value: nil,
                text: "Показатели программ и муниципалитета с формулами, целями и списками за каждым числом.",
                url: SiteURL.monitoring.path),
        ]
        return try await req.view.render(
            "dashboard",
            Page(
                meta: req.pageMeta("Главная", scopeName: single?.organization.shortName), cards: cards,
                deadlines: deadlines)
        ).encodeResponse(for: req)
    }

    /// The programs under way today, with their bases and pairs behind the link.
    private func programsCard(
        _ scope: RequestScope, organizations: [UUID], single: OrganizationModel?
    ) async throws -> Card {
        let running =
            organizations.isEmpty
            ? 0
            : try await ProgramModel.query(on: scope.db).filter(\.$organization.$id ~~ organizations)
                .filter(\.$periodEnd >= scope.today).count()
        return Card(
            title: "Программы наставничества", value: String(running),
            text: running == 0
                ? "Создайте программу: в ней базы наставников и наставляемых, подбор и пары."
                : "Идут сейчас: базы, подбор пар, пары и встречи.",
            url: single.map { SiteURL.programs(.id($0.id!)).path })
    }

    /// The risks the daily rhythm check finds today in the working pairs of the user's organizations.
    private func mentoringCard(
        _ scope: RequestScope, organizations: [UUID], single: OrganizationModel?
    ) async throws -> Card {
        let programs =
            organizations.isEmpty
            ? []
            : try await ProgramModel.query(on: scope.db).filter(\.$organization.$id ~~ organizations)
                .sort(\.$periodStart, .descending).all()
        let risks = try await RhythmService(db: scope.db, today: scope.today, now: scope.now).risks(programs: programs)
        let pairs = Set(risks.map { $0.mentorship.id! }).count
        let url = (single != nil ? programs.first : nil).map { SiteURL.mentorships(.id($0.id!)).path }
        return Card(
            title: "Риски пар", value: String(pairs),
            text: pairs == 0
                ? "Все пары встречаются в ритме." : "Пары без встреч, без обратной связи или с просроченными задачами.",
            url: url)
    }

    /// The head's queue: orders prepared and waiting for the signature.
    private func ordersCard(
        _ scope: RequestScope, organizations: [UUID], single: OrganizationModel?
    ) async throws -> Card {
        let drafts =
            organizations.isEmpty
            ? 0
            : try await OrderModel.query(on: scope.db).filter(\.$organization.$id ~~ organizations)
                .filter(\.$status == OrderStatus.draft).count()
        return Card(
            title: "Приказы на подпись", value: String(drafts),
            text: "Проекты приказов, которые ждут подписи руководителя.",
            url: single.map { SiteURL.orders(.id($0.id!)).path })
    }
}
