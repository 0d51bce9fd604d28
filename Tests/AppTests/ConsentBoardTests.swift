import Fluent
import FluentKit
import Foundation
import Mail
import MailTestSupport
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting
import ZIPFoundation

@testable import App

/// Consents at the scale of a class: printed forms, signed papers in one table, electronic links.
@Suite struct ConsentBoardTests {
    static func documentXML(_ data: Data) throws -> String {
        let archive = try Archive(data: data, accessMode: .read)
        let entry = try #require(archive["word/document.xml"])
        var xml = Data()
        _ = try archive.extract(entry) { xml.append($0) }
        return String(decoding: xml, as: UTF8.self)
    }

    @Test func theClassTableShowsWhatIsMissingAndPrintsSeparateForms() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let students = try await ProgramAccountsTests.classOf7B(app, fixture.a)
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let path = "/organizations/\(fixture.a.organization.id!)/consents"
            let page = try await app.get(path + "?grade=7%D0%91", as: curator)
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("Все нужные согласия есть у <strong>2</strong> из <strong>3</strong>"))
            #expect(html.contains("нет согласия на участие"))
            let forms = try await app.get(path + "/forms.docx?grade=7%D0%91", as: curator)
            #expect(forms.status == .ok && forms.headers.contentType?.subType.contains("wordprocessingml") == true)
            let xml = try Self.documentXML(Data(forms.body.readableBytesView))
            // Only the student without the participation consent gets a form, and only that one.
            #expect(
                xml.contains(
                    "СОГЛАСИЕ ЗАКОННОГО ПРЕДСТАВИТЕЛЯ НА УЧАСТИЕ НЕСОВЕРШЕННОЛЕТНЕГО В ПРОГРАММЕ НАСТАВНИЧЕСТВА"))
            #expect(!xml.contains("НА ОБРАБОТКУ ПЕРСОНАЛЬНЫХ ДАННЫХ"))
            #expect(xml.contains("Родитель Васильева") && xml.contains(students[2].details.fullName))
            let all = try Self.documentXML(
                Data(try await app.get(path + "/forms.docx?grade=7%D0%91&all=1", as: curator).body.readableBytesView))
            // Three students × two separate documents, each starting on a new page.
            #expect(all.components(separatedBy: "w:type=\"page\"").count - 1 == 5)
            #expect(all.components(separatedBy: "НА ОБРАБОТКУ ПЕРСОНАЛЬНЫХ ДАННЫХ НЕСОВЕРШЕННОЛЕТНЕГО").count - 1 == 3)
            // The board is the staff's: a mentor does not find it.
            let mentor = try await Browser.signedIn(app, as: fixture.a.accounts[.mentor]!)
            #expect(try await app.get(path, as: mentor).status == .notFound)
        }
    }

    @Test func signedPapersAreEnteredInOneTableOrNotAtAll() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let students = try await ProgramAccountsTests.classOf7B(app, fixture.a)
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let path = "/organizations/\(fixture.a.organization.id!)/consents/entry?grade=7%D0%91"
            let parent = try #require(
                try await RepresentationModel.query(on: app.db).filter(\.$person.$id == students[2].id!).first())
            let third = students[2].id!.uuidString.lowercased()
            let adult = fixture.a.adult.id!.uuidString.lowercased()
            let before = try await ConsentModel.query(on: app.db).count()
            // A minor cannot sign for themselves; the adult's date lies in the future: nothing is saved.
            let bad = try await app.post(
                path, as: curator,
                form: [
                    ("rows[\(third)][kinds][]", "participation"), ("rows[\(third)][signedBy]", "subject"),
                    ("rows[\(third)][signedOn]", "01.11.2026"),
                    ("rows[\(adult)][kinds][]", "personal_data"), ("rows[\(adult)][signedBy]", "subject"),
                    ("rows[\(adult)][signedOn]", "01.01.2030"),
                ])
            #expect(bad.status == .unprocessableEntity)
            #expect(
                bad.body.string.contains("законный представитель") && bad.body.string.contains("в будущем"),
                "\(bad.body.string.components(separatedBy: "class=\"error\"").dropFirst().map { $0.prefix(200) })")
            #expect(try await ConsentModel.query(on: app.db).count() == before)
            let good = try await app.post(
                path, as: curator,
                form: [
                    ("rows[\(third)][kinds][]", "participation"),
                    ("rows[\(third)][signedBy]", parent.$representative.id.uuidString),
                    ("rows[\(third)][signedOn]", "01.11.2026"),
                    ("rows[\(adult)][kinds][]", "personal_data"), ("rows[\(adult)][kinds][]", "participation"),
                    ("rows[\(adult)][signedBy]", "subject"), ("rows[\(adult)][signedOn]", "20.11.2026"),
                ])
            #expect(good.status == .ok && good.body.string.contains("Сохранено согласий: 3"))
            #expect(try await ConsentModel.query(on: app.db).count() == before + 3)
            let page = try await app.get(
                "/organizations/\(fixture.a.organization.id!)/consents?grade=7%D0%91", as: curator)
            #expect(page.body.string.contains("Все нужные согласия есть у <strong>3</strong> из <strong>3</strong>"))
        }
    }

    @Test(.enabled(if: SMTPSink.shouldRun, "needs aiosmtpd"))
    func aParentConsentsThroughTheLinkAndWithdrawsLater() async throws {
        let sink = try SMTPSink()
        try await withApp(mail: InvitationTests.settings(sink)) { app, _ in
            let fixture = try await Fixture.seed(app)
            let students = try await ProgramAccountsTests.classOf7B(app, fixture.a)
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let org = "/organizations/\(fixture.a.organization.id!)"
            // Without the organization's permission there are no links.
            #expect(try await app.post(org + "/consents/links", as: curator).status == .conflict)
            let settings = try await app.post(org + "/consent-settings", as: curator, form: [("electronic", "true")])
            #expect(settings.status == .ok)
            // Student 0's parent has an e-mail but nothing is missing; make student 0 miss the participation consent.
            let given = try #require(
                try await ConsentModel.query(on: app.db).filter(\.$person.$id == students[0].id!)
                    .filter(\.$kind == .participation).first())
            try await given.delete(on: app.db)
            let sent = try await app.post(org + "/consents/links?grade=7%D0%91", as: curator)
            #expect(sent.status == .ok && sent.body.string.contains("Ссылок поставлено в очередь на отправку: 1"))
            #expect(sent.body.string.contains("Без e-mail") && sent.body.string.contains("Васильева"))
            _ = try await app.mailDelivery!.run()
            let letter = try #require(try await sink.waitFor(1).first)
            #expect(letter.rcptTos == ["parent0@school.test"])
            let path = try InvitationTests.link(in: letter)
            let (parent, page) = try await Browser.visitor(app, opening: path)
            #expect(
                page.status == .ok && page.body.string.contains("Даю согласие на участие в программе наставничества"))
            let wrong = try await app.post(
                path, as: parent, form: [("give[]", "participation"), ("typedName", "Кто-то другой")])
            #expect(wrong.status == .unprocessableEntity)
            let signed = try await app.post(
                path, as: parent,
                form: [
                    ("give[]", "participation"),
                    ("typedName", "  родитель   АНТОНОВА "),
                ])
            #expect(signed.status == .ok && signed.body.string.contains("Подписано согласий: 1"))
            let consent = try #require(
                try await ConsentModel.query(on: app.db).filter(\.$person.$id == students[0].id!)
                    .filter(\.$kind == .participation).first())
            #expect(consent.$representative.id != nil && consent.signedOn == CalendarDate(parsing: "2026-11-21"))
            let signature = try #require(
                try await ConsentSignatureModel.query(on: app.db).filter(\.$consent.$id == consent.id!).first())
            #expect(
                signature.typedName.contains("АНТОНОВА") && signature.action == "give"
                    && signature.textSHA256.count == 64)
            #expect(try await app.get(path).status == .gone)

            // Later the parent, signed in, withdraws it from «Мои согласия».
            let representative = consent.$representative.id!
            let account = try await AccountService(scope: app.consoleScope(), passwords: PasswordHashing(app: app))
                .create(
                    .init(
                        login: "parent0", password: Fixture.password, displayName: "Родитель Антонова",
                        grants: [
                            Grant(role: .legalRepresentative, scope: .organization(fixture.a.organization.typedID))
                        ],
                        representativeID: representative))
            let browser = try await Browser.signedIn(app, as: account)
            let mine = try await app.get("/my/consents", as: browser)
            #expect(mine.status == .ok && mine.body.string.contains("Антонова Ученик (ваш ребёнок)"))
            let opened = try await app.post("/my/consents/\(students[0].id!)", as: browser)
            #expect(opened.status == .seeOther)
            let own = try #require(opened.headers.first(name: .location))
            let form = try await app.get(own, as: browser)
            #expect(form.body.string.contains("Отзываю согласие"))
            let withdrawn = try await app.post(
                own, as: browser,
                form: [
                    ("withdraw[]", consent.id!.uuidString),
                    ("typedName", "Родитель Антонова"),
                ])
            #expect(withdrawn.status == .ok && withdrawn.body.string.contains("Отозвано согласий: 1"))
            #expect(
                try await ConsentModel.find(consent.id, on: app.db)?.withdrawnOn == CalendarDate(parsing: "2026-11-21"))
            #expect(try await PersonModel.find(students[0].id, on: app.db)?.anonymizeDueOn != nil)
            // A ward of somebody else answers 404.
            #expect(try await app.post("/my/consents/\(students[1].id!)", as: browser).status == .notFound)
        }
    }
}

@Suite(.enabled(if: PDFConversion.installed != nil, "needs LibreOffice (soffice)"))
struct ConsentFormsPDFTests {
    @Test func theFormsComeAsPDFToo() async throws {
        try await withApp { app, _ in
            app.config.soffice = PDFConversion.installed
            let fixture = try await Fixture.seed(app)
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let pdf = try await app.get(
                "/organizations/\(fixture.a.organization.id!)/consents/forms.pdf?all=1", as: curator)
            #expect(pdf.status == .ok && pdf.body.string.hasPrefix("%PDF"))
        }
    }
}

@Suite struct ConsentBoardAPITests {
    @Test func theAPIReadsTheClassAndSavesATableAllOrNothing() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let students = try await ProgramAccountsTests.classOf7B(app, fixture.a)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let path = "/organizations/\(fixture.a.organization.id!)/consents"
            let rows = try await app.api(.GET, path + "?grade=7%D0%91", token: token)
                .content.decode([APIConsentBoardController.RowDTO].self)
            #expect(
                rows.count == 3 && rows.filter { $0.problem != nil }.map(\.fullName) == [students[2].details.fullName])
            let parent = try #require(
                try await RepresentationModel.query(on: app.db)
                    .filter(\.$person.$id == students[2].id!).first()
            ).$representative.id
            let bad = try await app.api(
                .POST, path + "/entry", token: token,
                json: """
                    {"rows": {"\(students[2].id!)": {"kinds": ["participation"], "signedBy": "subject",
                              "signedOn": "01.11.2026"}}}
                    """)
            #expect(bad.status == .unprocessableEntity && bad.apiError?.fields.keys.first?.hasPrefix("row-") == true)
            let good = try await app.api(
                .POST, path + "/entry", token: token,
                json: """
                    {"rows": {"\(students[2].id!)": {"kinds": ["participation"], "signedBy": "\(parent)",
                              "signedOn": "01.11.2026"}}}
                    """)
            #expect(good.status == .ok)
            let after = try good.content.decode([APIConsentBoardController.RowDTO].self)
            #expect(after.allSatisfy { $0.person(students[2]) == false || $0.problem == nil })
            let accounts = try await app.api(
                .GET, "/programs/\(fixture.a.bases.program)/accounts?audience=mentees", token: token)
            #expect(accounts.status == .ok)
            #expect(
                try await app.api(.GET, "/programs/\(fixture.a.bases.program)/accounts", token: token).status
                    == .unprocessableEntity)
        }
    }
}

extension APIConsentBoardController.RowDTO {
    func person(_ model: PersonModel) -> Bool { personID == model.id }
}
