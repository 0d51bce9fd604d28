import FluentKit
import Foundation
import MentoringCore
import Persistence

/// What a staff member's home page counts over the organizations they read.
struct StaffHome: Sendable {
    /// The organization, when the user reads exactly one.
    var single: (id: UUID, name: String)?
    var organizations: Int
    var people: Int
    var withoutConsent: Int
    /// Programs under way today.
    var runningPrograms: Int
    /// Working pairs with a risk the daily rhythm check finds today.
    var pairsAtRisk: Int
    /// The newest program, for a single organization: where its pairs are.
    var latestProgram: UUID?
    /// Orders prepared and waiting for the head's signature.
    var draftOrders: Int
}

extension StaffHome {
    /// Counts over the user's organizations; the programs, pairs and orders only of those whose bases they read.
    static func load(_ scope: RequestScope) async throws -> StaffHome {
        let organizations = try await OrganizationDirectory(scope: scope).accessible()
        let ids = try organizations.map { try $0.organization.requireID() }
        let staff = try organizations.filter { $0.access.readsAll }.map { try $0.organization.requireID() }
        // Only the people's ids and their consents' rows are read, not whole people.
        let people =
            ids.isEmpty ? [] : try await PersonModel.query(on: scope.db).filter(\.$organization.$id ~~ ids).all(\.$id)
        let consents = try await ConsentLookup(db: scope.db).consents(of: people)
        let valid = people.filter { (consents[$0] ?? []).overallStatus(on: scope.today) == .valid }.count
        let single = organizations.count == 1 ? organizations.first?.organization : nil
        let programs =
            staff.isEmpty
            ? []
            : try await ProgramModel.query(on: scope.db).filter(\.$organization.$id ~~ staff)
                .sort(\.$periodStart, .descending).all()
        let risks = try await RhythmService(db: scope.db, today: scope.today, now: scope.now).risks(programs: programs)
        let drafts =
            staff.isEmpty
            ? 0
            : try await OrderModel.query(on: scope.db).filter(\.$organization.$id ~~ staff)
                .filter(\.$status == OrderStatus.draft).count()
        return StaffHome(
            single: try single.map { (try $0.requireID(), $0.shortName) }, organizations: organizations.count,
            people: people.count, withoutConsent: people.count - valid,
            runningPrograms: programs.filter { $0.periodEnd >= scope.today }.count,
            pairsAtRisk: Set(risks.map { $0.mentorship.id }).count,
            latestProgram: single == nil ? nil : programs.first?.id, draftOrders: drafts)
    }
}
