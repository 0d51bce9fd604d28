import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// Partners that supply mentors: records with requisites, the cooperation agreement and its scan, the people each
/// supplies; kept inside the organization.
@Suite struct PartnerTests {
    struct DTO: Decodable {
        var id: UUID
        var kind: String
        var name: String
        var people: Int?
        var hasScan: Bool
    }

    static let valid =
        #"{"kind": "university", "name": "НГТУ им. Р. Е. Алексеева", "inn": "5260001439", "#
        + #""contactName": "Петров П. П.", "#
        + #""contactEmail": "praktika@nntu.ru", "agreementNumber": "12", "agreementSignedOn": "01.09.2026", "#
        + #""agreementValidUntil": "31.08.2027"}"#

    @Test func aPartnerIsAddedOnceAndBadRequisitesAreRefusedByTheirFields() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let path = "/organizations/\(fixture.a.organization.id!)/partners"
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            var response = try await app.api(.POST, path, token: token, json: Self.valid)
            #expect(response.status == .created)
            response = try await app.api(.POST, path, token: token, json: Self.valid)
            #expect(response.apiError?.fields["name"]?.contains("уже есть") == true)
            for (json, field) in [
                (#"{"kind": "enterprise", "name": "ООО А", "inn": "12345"}"#, "inn"),
                (#"{"kind": "enterprise", "name": "ООО Б", "inn": "12345678901٣"}"#, "inn"),
                (#"{"kind": "bank", "name": "ООО В"}"#, "kind"), (#"{"kind": "enterprise", "name": " "}"#, "name"),
                (#"{"kind": "enterprise", "name": "ООО Г", "contactEmail": "нет"}"#, "contactEmail"),
                (#"{"kind": "enterprise", "name": "ООО Д", "agreementSignedOn": "01.01.2027"}"#, "agreementSignedOn"),
                (
                    #"{"kind": "enterprise", "name": "ООО Е", "agreementSignedOn": "01.09.2026", "#
                        + #""agreementValidUntil": "01.08.2026"}"#,
                    "agreementValidUntil"
                ),
                (#"{"kind": "enterprise", "name": "ООО Ж", "agreementValidUntil": "01.08.2027"}"#, "agreementSignedOn"),
            ] {
                response = try await app.api(.POST, path, token: token, json: json)
                #expect(response.status == .unprocessableEntity, "\(json)")
                #expect(response.apiError?.fields[field] != nil, "\(json)")
            }
            #expect(
                try await PartnerModel.query(on: app.db).filter(\.$organization.$id == fixture.a.organization.id!)
                    .count() == 2, "the fixture's partner and the new one")
        }
    }

    /// The engineer's employer, named on the person's card, is a partner with one person; its agreement names them.
    @Test func anEmployerOfAPersonIsAPartnerWhoseAgreementNamesItsMentors() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let setup = try await CertificateTests.setup(app, fixture)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            var response = try await app.api(
                .GET, "/organizations/\(fixture.a.organization.id!)/partners", token: token)
            let partners = try response.content.decode([DTO].self)
            let plant = try #require(partners.first { $0.name == "АО «Завод»" })
            #expect(plant.kind == "enterprise" && plant.people == 1)
            response = try await app.api(
                .PUT, "/partners/\(plant.id)", token: token,
                json: #"{"kind": "enterprise", "name": "АО «Завод»", "inn": "5256000000", "agreementNumber": "7-с", "#
                    + #""agreementSignedOn": "15.09.2026"}"#)
            #expect(response.status == .ok)
            response = try await app.api(.GET, "/partners/\(plant.id)/agreement/document", token: token)
            let text = try MentorshipPagesTests().documentText(Data(response.body.readableBytesView))
            #expect(text.contains("СОГЛАШЕНИЕ № 7-с") && text.contains("ИНН 5256000000"))
            #expect(text.contains("Инженеров Олег") && text.contains("бессрочно") && !text.contains("{{"))
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let page = try await app.get(SiteURL.partner(.id(plant.id)).path, as: curator).body.string
            #expect(
                page.contains("соглашение № 7-с от 15.09.2026, бессрочно")
                    && page.contains(setup.engineer.uuidString.lowercased()))
        }
    }

    @Test func theSignedScanIsKeptAndAFileThatIsNotAScanIsRefused() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let org = Slot.id(fixture.a.organization.id!)
            let fields = [("_csrf", curator.csrf), ("kind", "sport"), ("name", "СШОР № 1")]
            var response = try await app.post(
                SiteURL.partners(org).path, as: curator, multipart: fields,
                file: ("scan", "virus.exe", "application/octet-stream", Data("MZ\u{90}".utf8)))
            #expect(response.status == .unprocessableEntity && response.body.string.contains("PDF, JPEG или PNG"))
            let pdf = Data("%PDF-1.4 соглашение".utf8)
            response = try await app.post(
                SiteURL.partners(org).path, as: curator, multipart: fields,
                file: ("scan", "соглашение.pdf", "application/pdf", pdf))
            #expect(response.status == .seeOther)
            let partner = try #require(try await PartnerModel.query(on: app.db).filter(\.$name == "СШОР № 1").first())
            response = try await app.get(SiteURL.partnerScan(.id(partner.id!)).path, as: curator)
            #expect(Data(response.body.readableBytesView) == pdf)
            let audited = try await AuditEntryModel.query(on: app.db).filter(\.$objectKind == "partner")
                .filter(\.$action == "download").count()
            #expect(audited == 1)
        }
    }

    @Test func anotherOrganizationGets404AndACoordinatorOnlyReads() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let response = try await app.api(
                .POST, "/organizations/\(fixture.a.organization.id!)/partners", token: token, json: Self.valid)
            let partner = try response.content.decode(DTO.self).id
            let other = try await app.apiToken(for: fixture.b.accounts[.curator]!)
            for (method, path) in [
                (HTTPMethod.GET, "/partners/\(partner)"), (.PUT, "/partners/\(partner)"),
                (.GET, "/partners/\(partner)/agreement/document"),
                (.GET, "/organizations/\(fixture.a.organization.id!)/partners"),
                (.POST, "/organizations/\(fixture.a.organization.id!)/partners"),
            ] {
                let json = method == .GET ? nil : Self.valid
                #expect(try await app.api(method, path, token: other, json: json).status == .notFound, "\(path)")
            }
            let coordinator = try await app.apiToken(for: fixture.a.accounts[.authorityCoordinator]!)
            #expect(try await app.api(.GET, "/partners/\(partner)", token: coordinator).status == .ok)
            #expect(
                try await app.api(.PUT, "/partners/\(partner)", token: coordinator, json: Self.valid).status
                    == .forbidden)
        }
    }

    @Test func twoAddingTheSamePartnerAtOnceGetOneRecord() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let path = "/organizations/\(fixture.a.organization.id!)/partners"
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for _ in 0..<4 {
                    group.addTask { try await app.api(.POST, path, token: token, json: Self.valid).status }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .created }.count == 1)
            #expect(statuses.filter { $0 == .unprocessableEntity }.count == 3)
        }
    }
}
