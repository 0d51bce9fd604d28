import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// The vocabularies of requests and competencies: a curator edits the organization's, an authority its municipality's.
struct VocabularyController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.vocabularies(.key), use: organizationForm)
        routes.post(.vocabularies(.key), use: saveOrganization)
        routes.get(.municipalVocabularies(.key), use: municipalForm)
        routes.post(.municipalVocabularies(.key), use: saveMunicipal)
    }

    func organizationForm(req: Request) async throws -> View {
        let scope = try req.scope()
        let (org, _) = try await OrganizationDirectory(scope: scope).managedOrganization(req.id("organizationID"))
        let service = VocabularyService(scope: scope)
        let input = VocabularyInput(
            pedagogical: try await service.vocabulary(.pedagogical, for: org).terms.joined(separator: "\n"),
            student: try await service.vocabulary(.student, for: org).terms.joined(separator: "\n"))
        return try await req.render(
            page(
                req, action: .vocabularies(.id(try org.requireID())), scopeName: org.shortName,
                back: .programs(.id(try org.requireID())), input: input, failure: nil))
    }

    func saveOrganization(req: Request) async throws -> Response {
        let scope = try req.scope()
        let (org, _) = try await OrganizationDirectory(scope: scope).managedOrganization(req.id("organizationID"))
        let input = try req.content.decode(VocabularyInput.self)
        return try await req.submit(
            {
                try await save(scope, input, owner: .organization(try org.requireID()))
                return req.redirect(to: SiteURL.programs(.id(try org.requireID())).path)
            },
            form: {
                page(
                    req, action: .vocabularies(.id(try org.requireID())), scopeName: org.shortName,
                    back: .programs(.id(try org.requireID())),
                    input: input, failure: $0)
            })
    }

    func municipalForm(req: Request) async throws -> View {
        let scope = try req.scope()
        let municipality = try await MunicipalMonitoring(scope: scope).municipality(req.id("municipalityID"))
        let service = VocabularyService(scope: scope)
        let owner = SettingOwner.municipality(try municipality.requireID())
        let input = VocabularyInput(
            pedagogical: (try await service.vocabulary(.pedagogical, owner: owner) ?? .standard(.pedagogical)).terms
                .joined(separator: "\n"),
            student: (try await service.vocabulary(.student, owner: owner) ?? .standard(.student)).terms.joined(
                separator: "\n"))
        return try await req.render(
            page(
                req, action: .municipalVocabularies(.id(try municipality.requireID())), scopeName: municipality.name,
                back: .municipalBases, input: input, failure: nil))
    }

    func saveMunicipal(req: Request) async throws -> Response {
        let scope = try req.scope()
        let municipality = try await MunicipalMonitoring(scope: scope).municipality(req.id("municipalityID"))
        let input = try req.content.decode(VocabularyInput.self)
        return try await req.submit(
            {
                try await save(scope, input, owner: .municipality(try municipality.requireID()))
                return req.redirect(to: SiteURL.municipalBases.path)
            },
            form: {
                page(
                    req, action: .municipalVocabularies(.id(try municipality.requireID())),
                    scopeName: municipality.name,
                    back: .municipalBases,
                    input: input, failure: $0)
            })
    }

    /// Both lists are checked before either is saved.
    private func save(_ scope: RequestScope, _ input: VocabularyInput, owner: SettingOwner) async throws {
        var failure = ValidationFailure()
        for (field, text) in [("pedagogical", input.pedagogical), ("student", input.student)] {
            do { _ = try Vocabulary.terms(fromLines: text ?? "") } catch {
                failure.add(field, error.fields["terms"] ?? "Проверьте список.")
            }
        }
        try failure.throwIfAny()
        _ = try await VocabularyService(scope: scope).save(.pedagogical, terms: input.pedagogical ?? "", owner: owner)
        _ = try await VocabularyService(scope: scope).save(.student, terms: input.student ?? "", owner: owner)
    }

    private func page(
        _ req: Request, action: SiteURL, scopeName: String, back: SiteURL, input: VocabularyInput,
        failure: ValidationFailure?
    ) -> VocabularyFormContext {
        VocabularyFormContext(
            meta: req.pageMeta("Справочники запросов и компетенций", scopeName: scopeName), action: action,
            back: back, input: input, failure: failure)
    }
}
