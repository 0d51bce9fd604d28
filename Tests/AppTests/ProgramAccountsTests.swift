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

@testable import App

/// Accounts for a whole program: letters to those with e-mail, printed codes for a class without, nobody
/// without consent.
@Suite struct ProgramAccountsTests {
    /// Three students of 7Б in the side's program: two with both consents signed by a parent (one parent with an
    /// e-mail), one with the personal-data consent only.
    static func classOf7B(_ app: Application, _ side: Fixture.Side) async throws -> [PersonModel] {
        let scope = app.consoleScope()
        var students: [PersonModel] = []
        for (index, name) in ["Антонова", "Борисов", "Васильева"].enumerated() {
            var input = PersonInput()
            input.surname = name
            input.givenName = "Ученик"
            input.birthDate = "0\(index + 1).03.2013"
            input.categories = ["student"]
            input.grade = "7Б"
            let person = try await PeopleService(scope: scope).create(in: side.organization.id!, input: input).person
            let parent = try await RepresentativeService(scope: scope).add(
                to: person.id!,
                input: LegalRepresentativeInput(
                    fullName: "Родитель \(name)", relation: "мать", phone: "+7 900 000 00 0\(index)",
                    email: index == 0 ? "parent0@school.test" : nil))
            let kinds = index == 2 ? ["personal_data"] : ["personal_data", "participation"]
            for kind in kinds {
                _ = try await ConsentService(scope: scope).record(
                    for: person.id!,
                    input: ConsentInput(
                        kind: kind, purpose: "Программа", signedBy: parent.id!.uuidString, signedOn: "01.09.2026",
                        text: "Согласие"),
                    scan: nil)
            }
            var mentee = MenteeProfileInput()
            mentee.form = "student_student"
            mentee.mainRequest = "Математика"
            _ = try await BaseService(scope: scope).addMentee(
                to: side.bases.program, personID: person.id!, input: mentee)
            students.append(person)
        }
        return students
    }

    @Test func aClassWithoutEmailGetsCodesAndAStudentSignsUpWithOne() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            _ = try await Self.classOf7B(app, fixture.a)
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let path = "/programs/\(fixture.a.bases.program)/accounts"
            let page = try await app.get(path + "?audience=mentees", as: curator)
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(
                html.contains("нет согласия на участие"), "the student without a participation consent is shown apart")
            #expect(html.contains("коды на печатном листе: <strong>2</strong>"))
            let sheet = try await app.post(path + "/codes", as: curator, form: [("audience", "mentees")])
            #expect(sheet.status == .ok)
            let codes = sheet.body.string.components(separatedBy: "<p class=\"qr-code\">").dropFirst()
                .map { String($0.prefix { $0 != "<" }) }
            #expect(codes.count == 2 && codes.allSatisfy { $0.count == 14 })
            #expect(sheet.body.string.contains("<svg") && !sheet.body.string.contains("Васильева"))
            #expect(try await InvitationModel.query(on: app.db).filter(\.$email == nil).count() == 2)

            // The student types the code in lower case, with spaces, and chooses a login.
            let (visitor, _) = try await Browser.visitor(app, opening: "/invite")
            let typed = try await app.post("/invite", as: visitor, form: [("code", " " + codes[0].lowercased() + " ")])
            #expect(typed.status == .seeOther)
            let link = try #require(typed.headers.first(name: .location))
            let (student, form) = try await Browser.visitor(app, opening: link)
            #expect(form.status == .ok && form.body.string.contains("Придумайте логин"))
            let taken = try await app.post(
                link, as: student,
                form: [
                    ("login", "curator-a"), ("password", "student-pass-1"), ("repeatPassword", "student-pass-1"),
                    ("acceptsTerms", "true"),
                ])
            #expect(taken.status == .unprocessableEntity && taken.body.string.contains("логин уже занят"))
            let signedUp = try await app.post(
                link, as: student,
                form: [
                    ("login", "antonova7b"), ("password", "student-pass-1"), ("repeatPassword", "student-pass-1"),
                    ("acceptsTerms", "true"),
                ])
            #expect(signedUp.status == .seeOther)
            let home = try await app.get("/", as: student.following(signedUp))
            #expect(home.status == .seeOther && home.headers.first(name: .location) == SiteURL.myMentoring.path)
            let account = try #require(
                try await AccountModel.query(on: app.db).filter(\.$login == "antonova7b").first())
            #expect(account.$person.id != nil && account.email == nil)
            // Printing again replaces the unused code.
            let again = try await app.post(path + "/codes", as: curator, form: [("audience", "mentees")])
            #expect(again.body.string.components(separatedBy: "<p class=\"qr-code\">").count == 2)
            #expect(try await app.get("/invite/" + SignInCode.normalized(codes[1])!).status == .gone)
        }
    }

    @Test(.enabled(if: SMTPSink.shouldRun, "needs aiosmtpd")) func representativesWithEmailAreInvitedByMail()
        async throws
    {
        let sink = try SMTPSink()
        try await withApp(mail: InvitationTests.settings(sink)) { app, _ in
            let fixture = try await Fixture.seed(app)
            _ = try await Self.classOf7B(app, fixture.a)
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let path = "/programs/\(fixture.a.bases.program)/accounts"
            let page = try await app.get(path + "?audience=representatives", as: curator).body.string
            #expect(page.contains("Родитель Антонова") && page.contains("за: Антонова Ученик"))
            let sent = try await app.post(path + "/invite", as: curator, form: [("audience", "representatives")])
            #expect(sent.status == .ok && sent.body.string.contains("поставлено в очередь на отправку: 1"))
            #expect(try await app.mailDelivery!.run().sent == 1)
            let letter = try #require(try await sink.waitFor(1).first)
            #expect(letter.rcptTos == ["parent0@school.test"])
            let invitation = try #require(
                try await InvitationModel.query(on: app.db).filter(\.$email == "parent0@school.test").first())
            #expect(invitation.role == .legalRepresentative && invitation.representativeID != nil)
            // Asked twice, nobody gets a second letter: they are invited already.
            let twice = try await app.post(path + "/invite", as: curator, form: [("audience", "representatives")])
            #expect(!twice.body.string.contains("Пригласить по e-mail"))
            #expect(try await app.mailDelivery!.run().sent == 0)
        }
    }

    @Test func onlyThoseWhoMayGiveTheRoleSeeThePage() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let path = "/programs/\(fixture.a.bases.program)/accounts"
            for role in [Role.mentor, .mentee, .legalRepresentative, .authorityCoordinator] {
                let browser = try await Browser.signedIn(app, as: fixture.a.accounts[role]!)
                #expect(try await app.get(path, as: browser).status == .notFound, "\(role)")
                #expect(
                    try await app.post(path + "/codes", as: browser, form: [("audience", "mentees")]).status
                        == .notFound)
            }
            let head = try await Browser.signedIn(app, as: fixture.a.accounts[.head]!)
            #expect(try await app.get(path, as: head).status == .ok)
        }
    }
}

/// A new survey's links go by e-mail: to the parents of minors, to adults themselves.
@Suite(.enabled(if: SMTPSink.shouldRun, "needs aiosmtpd"))
struct SurveyLetterTests {
    @Test func aParentGetsTheChildsSurveyLink() async throws {
        let sink = try SMTPSink()
        try await withApp(mail: InvitationTests.settings(sink)) { app, _ in
            let fixture = try await Fixture.seed(app)
            _ = try await ProgramAccountsTests.classOf7B(app, fixture.a)
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let org = fixture.a.organization.id!
            let template = try await SurveyService(scope: app.consoleScope()).templates(for: org).first {
                $0.key == "mentee-needs-student"
            }!
            let created = try await app.post(
                SiteURL.newSurvey(.id(fixture.a.bases.program)).path, as: curator,
                form: [
                    ("template", template.id!.uuidString), ("title", ""), ("audience", "students"), ("grade", "7Б"),
                    ("form", "student_student"), ("opens_on", "21.11.2026"), ("closes_on", "30.11.2026"),
                    ("leave_out", "true"),
                ])
            #expect(created.status == .seeOther)
            #expect(try await app.mailDelivery!.run().sent == 1)
            let letter = try #require(try await sink.waitFor(1).first)
            #expect(
                letter.rcptTos == ["parent0@school.test"]
                    && letter.text?.contains("её заполняет Антонова Ученик") == true)
            let path = try InvitationTests.link(in: letter)
            #expect(path.hasPrefix("/a/"))
            #expect(try await app.get(path).body.string.contains("С чем тебе больше всего нужна помощь?"))
        }
    }
}
