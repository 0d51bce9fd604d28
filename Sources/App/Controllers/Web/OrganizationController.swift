import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// Organizations: the list for authorities and administrators, a card, and the administrator's form.
struct OrganizationController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.organizations, use: list)
        routes.get(.newOrganization, use: new)
        routes.post(.newOrganization, use: create)
        routes.get(.organization(.key), use: card)
        routes.get(.editOrganization(.key), use: edit)
        routes.post(.editOrganization(.key), use: update)
    }

    func list(req: Request) async throws -> Response {
        let scope = try req.scope()
        let service = OrganizationService(scope: scope)
        let organizations = try await service.summaries()
        if organizations.count == 1, !scope.user.isAdministrator {
            return req.redirect(to: SiteURL.organization(.id(organizations[0].organization.id.rawValue)).path)
        }
        let page = OrganizationListContext(
            meta: req.pageMeta("Организации"), organizations: organizations, canCreate: try await service.mayCreate())
        return try await req.view.render("organizations/list", page).encodeResponse(for: req)
    }

    func card(req: Request) async throws -> View {
        let (summary, access, editable) = try await OrganizationService(scope: req.scope()).card(
            req.id("organizationID"))
        let name = summary.organization.details.shortName
        let page = OrganizationCardContext(
            meta: req.pageMeta(name, breadcrumbs: [Link("Организации", .organizations)], scopeName: name),
            summary: summary, access: access, editable: editable)
        return try await req.view.render("organizations/card", page)
    }

    func new(req: Request) async throws -> View {
        let service = try OrganizationService(scope: req.scope())
        let municipalities = try await service.municipalities()
        guard !municipalities.isEmpty else { throw DomainError.notFound }
        return try await req.render(
            form(
                req, Organization.Input(kind: Organization.Kind.school.rawValue),
                municipalities: municipalities, target: nil, failure: nil))
    }

    func create(req: Request) async throws -> Response {
        let service = try OrganizationService(scope: req.scope())
        let municipalities = try await service.municipalities()
        guard !municipalities.isEmpty else { throw DomainError.notFound }
        let input = try req.content.decode(Organization.Input.self)
        return try await req.submit(
            {
                let org = try await service.create(input)
                return req.redirect(to: SiteURL.organization(.id(try org.requireID())).path)
            }, form: { form(req, input, municipalities: municipalities, target: nil, failure: $0) })
    }

    func edit(req: Request) async throws -> View {
        let (org, municipalities) = try await editable(req)
        let details = org.details
        let input = Organization.Input(
            kind: details.kind.rawValue, fullName: details.fullName,
            shortName: details.shortName,
            address: details.address, headName: details.headName,
            headPosition: details.headPosition, siteURL: details.siteURL,
            municipalityID: org.$municipality.id.uuidString)
        return try await req.render(form(req, input, municipalities: municipalities, target: org, failure: nil))
    }

    func update(req: Request) async throws -> Response {
        let (org, municipalities) = try await editable(req)
        let input = try req.content.decode(Organization.Input.self)
        return try await req.submit(
            {
                _ = try await OrganizationService(scope: req.scope()).update((try org.requireID()), input)
                return req.redirect(to: SiteURL.organization(.id(try org.requireID())).path)
            }, form: { form(req, input, municipalities: municipalities, target: org, failure: $0) })
    }

    /// The organization and the municipalities it may move to; 404 unless the user registers organizations there.
    private func editable(_ req: Request) async throws -> (OrganizationModel, [(id: UUID, title: String)]) {
        let scope = try req.scope()
        let (org, _) = try await OrganizationDirectory(scope: scope).organization(req.id("organizationID"))
        let territory = try await TerritoryLoader(db: req.db).load()
        guard TerritoryPolicy.mayManage(scope.user.grants, at: .organization(org.typedID), in: territory.map) else {
            throw DomainError.notFound
        }
        return (org, try await OrganizationService(scope: scope).municipalities())
    }

    private func form(
        _ req: Request, _ input: Organization.Input, municipalities: [(id: UUID, title: String)],
        target: OrganizationModel?, failure: ValidationFailure?
    ) -> OrganizationFormContext {
        OrganizationFormContext(
            meta: req.pageMeta(
                target.map { "Изменить: \($0.shortName)" } ?? "Новая организация",
                breadcrumbs: [Link("Организации", .organizations)]),
            input: input, municipalities: municipalities, target: target?.id, failure: failure)
    }
}

extension Request {
    /// Administrator-only pages answer 404 to everyone else, like any object outside the user's grants.
    func requireAdministrator() throws {
        guard try scope().user.isAdministrator else { throw Abort(.notFound) }
    }
}
