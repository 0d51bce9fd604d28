import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// A person's card: data, representatives, consents with status, and the audit trail of this person.
struct PersonCardController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.person(.key), use: show)
    }

    func show(req: Request) async throws -> View {
        let scope = try req.scope()
        let (person, org, access, _) = try await PeopleService(scope: scope).readCard(req.id("personID"))
        let consents = try await ConsentService(scope: scope).consents(of: try person.requireID())
        let representatives = try await RepresentativeService(scope: scope).representatives(of: try person.requireID())
        let trail = try await AuditQuery(scope: scope).trail(of: try person.requireID(), access: access)
        let page = try PersonCardPage(
            layout: req.layout, today: req.clock.today, person: person, org: org, access: access, consents: consents,
            representatives: representatives, audit: trail)
        return try await req.view.render("people/card", page)
    }
}
