import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App
@testable import Documents

/// An authority's template serves every organization of its municipality that has none of its own; an organization's
/// own template wins over it, and putting the organization's back returns to the municipality's.
@Suite struct MunicipalTemplateTests {
    @Test func theMunicipalityTemplateServesItsOrganizationsUntilOneUploadsItsOwn() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let municipality = Slot.id(fixture.a.municipality.id!)
            let org = Slot.id(fixture.a.organization.id!)
            let coordinator = try await Browser.signedIn(app, as: fixture.a.accounts[.authorityCoordinator]!)
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let otherCurator = try await Browser.signedIn(app, as: fixture.b.accounts[.curator]!)
            func order(_ side: Fixture.Side, _ browser: Browser) async throws -> String {
                let path = SiteURL.orderDocument(.id(side.bases.order)).path
                return try DocumentTemplateTests.text(Data(try await app.get(path, as: browser).body.readableBytesView))
            }
            func upload(
                _ holder: Slot, municipal: Bool, _ browser: Browser, letterhead: String
            ) async throws -> HTTPStatus {
                let builtIn = try await app.get(
                    SiteURL.documentTemplateFile(holder, kind: .order, builtIn: true, municipal: municipal).path,
                    as: browser)
                let file = try DocumentTemplateTests.edited(
                    Data(builtIn.body.readableBytesView), letterhead: letterhead)
                return try await app.post(
                    SiteURL.documentTemplate(holder, kind: .order, municipal: municipal).path, as: browser,
                    multipart: [("_csrf", browser.csrf)], file: ("file", "бланк.docx", DocxTemplate.mediaType, file)
                ).status
            }

            #expect(
                try await upload(municipality, municipal: true, coordinator, letterhead: "БЛАНК УПРАВЛЕНИЯ")
                    == .seeOther)
            #expect(try await order(fixture.a, curator).contains("БЛАНК УПРАВЛЕНИЯ Школа a полное"))
            #expect(!(try await order(fixture.b, otherCurator)).contains("БЛАНК УПРАВЛЕНИЯ"))
            var page = try await app.get(SiteURL.documentTemplates(org).path, as: curator).body.string
            #expect(page.contains("Шаблон муниципалитета, версия 1 («бланк.docx»)"))

            #expect(try await upload(org, municipal: false, curator, letterhead: "БЛАНК ШКОЛЫ") == .seeOther)
            var text = try await order(fixture.a, curator)
            #expect(text.contains("БЛАНК ШКОЛЫ Школа a полное") && !text.contains("БЛАНК УПРАВЛЕНИЯ"))
            page = try await app.get(SiteURL.documentTemplates(org).path, as: curator).body.string
            #expect(page.contains("Вернуть шаблон муниципалитета"))

            let restored = try await app.post(SiteURL.documentTemplateRestore(org, kind: .order).path, as: curator)
            #expect(restored.status == .seeOther)
            text = try await order(fixture.a, curator)
            #expect(text.contains("БЛАНК УПРАВЛЕНИЯ") && !text.contains("БЛАНК ШКОЛЫ"))

            // The API says which template is in use, for the organization and for the municipality.
            let curatorToken = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let coordinatorToken = try await app.apiToken(for: fixture.a.accounts[.authorityCoordinator]!)
            let ofOrganization = try await app.api(
                .GET, "/organizations/\(fixture.a.organization.id!)/document-templates", token: curatorToken
            ).content.decode([APIDocumentTemplateController.TemplateDTO].self)
            let ofMunicipality = try await app.api(
                .GET, "/municipalities/\(fixture.a.municipality.id!)/document-templates", token: coordinatorToken
            ).content.decode([APIDocumentTemplateController.TemplateDTO].self)
            #expect(ofOrganization.first?.inUse == "municipality" && ofMunicipality.first?.inUse == "own")
            #expect(ofOrganization.dropFirst().allSatisfy { $0.inUse == "built_in" })
        }
    }

    @Test func onlyTheMunicipalityCoordinatorChangesItsTemplates() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let municipality = Slot.id(fixture.a.municipality.id!)
            let page = SiteURL.documentTemplates(municipality, municipal: true).path
            let coordinator = try await Browser.signedIn(app, as: fixture.a.accounts[.authorityCoordinator]!)
            let html = try await app.get(page, as: coordinator)
            #expect(html.status == .ok && html.body.string.contains("действуют во всех его организациях"))
            for browser in [
                try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!),
                try await Browser.signedIn(app, as: fixture.b.accounts[.authorityCoordinator]!),
            ] {
                #expect(try await app.get(page, as: browser).status == .notFound)
                let restore = SiteURL.documentTemplateRestore(municipality, kind: .order, municipal: true).path
                #expect(try await app.post(restore, as: browser).status == .notFound)
            }
            #expect(try await MunicipalTemplateModel.query(on: app.db).count() == 0)
        }
    }
}

extension MunicipalTemplateTests {
    @Test func twoUploadsAtOnceBecomeTwoVersions() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.authorityCoordinator]!)
            let base = "/municipalities/\(fixture.a.municipality.id!)/document-templates/order"
            let builtIn = try await app.api(.GET, base + "/built-in/document", token: token)
            let file = try DocumentTemplateTests.edited(Data(builtIn.body.readableBytesView))
            func upload() async throws -> HTTPStatus {
                try await app.apiUpload(.POST, base, token: token, file: ("бланк.docx", DocxTemplate.mediaType, file))
                    .status
            }
            async let first = upload()
            async let second = upload()
            #expect(try await [first, second] == [.created, .created])
            let versions = try await MunicipalTemplateModel.query(on: app.db).all().map(\.version).sorted()
            #expect(versions == [1, 2])
        }
    }
}
