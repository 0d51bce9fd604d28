import Foundation
import MentoringCore
import Vapor

/// Certificates of no criminal record: a person's, recorded and read; the organization's mentors of minors.
struct APICertificateController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("people", ":personID", "criminal-record-certificates", use: card)
        routes.post("people", ":personID", "criminal-record-certificates", use: record)
        routes.get("organizations", ":organizationID", "criminal-record-certificates", use: roster)
        routes.put("organizations", ":organizationID", "criminal-record-certificates", "settings", use: settings)
    }

    func card(req: Request) async throws -> CertificateCardDTO {
        try CertificateCardDTO(try await CertificateService(scope: req.scope()).card(req.id("personID")))
    }

    func record(req: Request) async throws -> Response {
        let service = try CertificateService(scope: req.scope())
        let input = try req.content.decode(CriminalRecordCertificateInput.self)
        _ = try await service.record(req.id("personID"), input: input, scan: nil)
        return try await CertificateCardDTO(try await service.card(req.id("personID")))
            .encodeResponse(status: .created, for: req)
    }

    func roster(req: Request) async throws -> CertificateRosterDTO {
        CertificateRosterDTO(try await CertificateService(scope: req.scope()).roster(req.id("organizationID")))
    }

    struct SettingsInput: Content { var validityMonths: Int? }

    func settings(req: Request) async throws -> CertificateRosterDTO {
        let input = try req.content.decode(SettingsInput.self)
        let service = try CertificateService(scope: req.scope())
        _ = try await service.setValidity(req.id("organizationID"), months: input.validityMonths.map(String.init))
        return CertificateRosterDTO(try await service.roster(req.id("organizationID")))
    }
}
