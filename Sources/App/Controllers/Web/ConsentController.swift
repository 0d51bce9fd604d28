import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// Consents on a person's card: the form (with an optional scan), withdrawal, the scan itself.
struct ConsentController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.newConsent(.key), use: new)
        routes.post(.newConsent(.key), body: .collect(maxSize: CSRFMiddleware.maxBody), use: create)
        routes.post(.withdrawConsent(person: .key, consent: .key), use: withdraw)
        routes.get(.consentScan(person: .key, consent: .key), use: scan)
    }

    func new(req: Request) async throws -> View {
        let scope = try req.scope()
        let (person, org, _) = try await PeopleService(scope: scope).managedPerson(req.id("personID"))
        let kind = Consent.Kind.personalData
        let representatives = try await RepresentativeService(scope: scope).representatives(of: try person.requireID())
        let minor = person.details.isMinor(on: scope.today)
        let input = ConsentInput(
            kind: kind.rawValue, purpose: DefaultConsentText.purpose(kind),
            signedBy: minor ? representatives.first?.id?.uuidString.lowercased() : "subject",
            signedOn: scope.today.russian, text: DefaultConsentText.body(kind, organization: org.fullName))
        return try await req.render(
            form(req, person: person, org: org, representatives: representatives, input: input, failure: nil))
    }

    func create(req: Request) async throws -> Response {
        let scope = try req.scope()
        let (person, org, _) = try await PeopleService(scope: scope).managedPerson(req.id("personID"))
        let input = try req.content.decode(ConsentInput.self)
        let upload = ScanUpload(req, field: "scan")
        return try await req.submit(
            {
                _ = try await ConsentService(scope: scope).record(
                    for: try person.requireID(), input: input, scan: upload)
                return req.redirect(to: SiteURL.person(.id(try person.requireID())).path)
            },
            form: { failure in
                let representatives = try await RepresentativeService(scope: scope).representatives(
                    of: try person.requireID())
                return try form(
                    req, person: person, org: org, representatives: representatives, input: input, failure: failure)
            })
    }

    func withdraw(req: Request) async throws -> Response {
        let personID = try req.id("personID")
        try await ConsentService(scope: req.scope()).withdraw(req.id("consentID"), of: personID)
        return req.redirect(to: SiteURL.person(.id(personID)).path)
    }

    func scan(req: Request) async throws -> Response {
        let scan = try await ConsentService(scope: req.scope()).scan(req.id("consentID"), of: req.id("personID"))
        return FileDownload.response(scan.data, fileName: scan.fileName, contentType: scan.contentType)
    }

    private func form(
        _ req: Request, person: PersonModel, org: OrganizationModel, representatives: [LegalRepresentativeModel],
        input: ConsentInput, failure: ValidationFailure?
    ) throws -> ConsentFormContext {
        ConsentFormContext(
            meta: req.pageMeta(
                "Новое согласие",
                breadcrumbs: try PeopleController.crumbs(org) + [
                    Link(person.details.shortName, .person(.id(try person.requireID())))
                ],
                scopeName: org.shortName),
            person: try person.requireID(), representatives: try representatives.map { try $0.value },
            minor: person.details.isMinor(on: req.clock.today), input: input, failure: failure)
    }
}
