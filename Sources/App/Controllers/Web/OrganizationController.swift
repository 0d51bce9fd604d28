import Fluent
import FluentKit
import Foundation
import MentoringCore
import Vapor

/// Organizations: the list for authorities and administrators, a card, and the administrator's form.
struct OrganizationController: RouteCollection {
    struct Row: Encodable {
        var shortName: String
        var kind: String
        var municipality: String
        var peopleCount: Int
        var url: String
        var peopleURL: String
    }

    struct ListPage: Encodable {
        var meta: PageMeta
        var rows: [Row]
        var canCreate: Bool
    }

    struct CardPage: Encodable {
        struct Org: Encodable {
            var fullName, kind, municipality: String
            var address, head, siteURL: String?
        }
        var meta: PageMeta
        var org: Org
        var peopleURL: String
        var peopleCount: Int
        var programsURL: String?
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.organizations, use: list)
        routes.get(.newOrganization, use: new)
        routes.post(.newOrganization, use: create)
        routes.get(.organization(.key), use: card)
    }

    func list(req: Request) async throws -> Response {
        let scope = try req.scope()
        let found = try await OrganizationDirectory(scope: scope).accessible()
        if found.count == 1, !scope.user.isAdministrator {
            return req.redirect(to: SiteURL.organization(.id(found[0].organization.id!)).path)
        }
        var rows: [Row] = []
        for (org, _) in found {
            let count = try await PersonModel.query(on: req.db).filter(\.$organization.$id == org.id!).count()
            rows.append(Row(shortName: org.shortName, kind: org.details.kind.title, municipality: org.municipality.name,
                            peopleCount: count, url: SiteURL.organization(.id(org.id!)).path, peopleURL: SiteURL.people(.id(org.id!)).path))
        }
        let page = ListPage(meta: req.pageMeta("Организации"), rows: rows, canCreate: scope.user.isAdministrator)
        return try await req.view.render("organizations/list", page).encodeResponse(for: req)
    }

    func card(req: Request) async throws -> View {
        let (org, access) = try await OrganizationDirectory(scope: req.scope()).organization(req.id("organizationID"))
        let details = org.details
        let head = [details.headPosition, details.headName].compactMap { $0 }.joined(separator: " ")
        let count = try await PersonModel.query(on: req.db).filter(\.$organization.$id == org.id!).count()
        let page = CardPage(
            meta: req.pageMeta(details.shortName, breadcrumbs: [Link("Организации", .organizations)], scopeName: details.shortName),
            org: .init(fullName: details.fullName, kind: details.kind.title, municipality: org.municipality.name,
                       address: details.address, head: head.isEmpty ? nil : head, siteURL: details.siteURL),
            peopleURL: SiteURL.people(.id(org.id!)).path, peopleCount: count,
            programsURL: access.readsAll ? SiteURL.programs(.id(org.id!)).path : nil)
        return try await req.view.render("organizations/card", page)
    }

    func new(req: Request) async throws -> View {
        try req.requireAdministrator()
        return try await req.renderForm(form(req, Organization.Input(kind: Organization.Kind.school.rawValue), failure: nil))
    }

    func create(req: Request) async throws -> Response {
        try req.requireAdministrator()
        let input = try req.content.decode(Organization.Input.self)
        return try await req.submit({
            let org = try await OrganizationService(scope: req.scope()).create(input)
            return req.redirect(to: SiteURL.organization(.id(org.id!)).path)
        }, form: { form(req, input, failure: $0) })
    }

    private func form(_ req: Request, _ input: Organization.Input, failure: ValidationFailure?) -> FormPage {
        FormPage(meta: req.pageMeta("Новая организация", breadcrumbs: [Link("Организации", .organizations)]), form: .init(
            action: SiteURL.newOrganization.path,
            fields: [
                FormField("kind", "Тип организации", kind: "select", required: true, failure: failure,
                          options: FormField.options(Organization.Kind.self, selected: input.kind, title: \.title)),
                FormField("fullName", "Полное наименование", value: input.fullName, required: true, failure: failure),
                FormField("shortName", "Краткое наименование", value: input.shortName, required: true, failure: failure),
                FormField("regionName", "Регион", value: input.regionName, required: true, help: "Например, «Красноярский край».", failure: failure),
                FormField("municipalityName", "Муниципалитет", value: input.municipalityName, required: true, failure: failure),
                FormField("address", "Адрес", value: input.address, failure: failure),
                FormField("headName", "Руководитель (ФИО)", value: input.headName, failure: failure),
                FormField("headPosition", "Должность руководителя", value: input.headPosition, help: "Директор, заведующий ...", failure: failure),
                FormField("siteURL", "Сайт", kind: "url", value: input.siteURL, failure: failure),
            ],
            submitTitle: "Добавить", cancelURL: SiteURL.organizations.path))
    }
}

extension Request {
    /// Administrator-only pages answer 404 to everyone else, like any object outside the user's grants.
    func requireAdministrator() throws {
        guard try scope().user.isAdministrator else { throw Abort(.notFound) }
    }
}
