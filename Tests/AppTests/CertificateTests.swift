import Fluent
import FluentKit
import Foundation
import Matching
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// Labour Code art. 351.1: an adult who is not a teacher of the organization mentors a minor only with a valid
/// certificate of no criminal record — in a run, in a pair made by hand, and on the curator's list.
@Suite struct CertificateTests {
    struct Setup {
        var program: UUID
        var engineer: UUID
        var engineerProfile: UUID
        var student: UUID
        var studentProfile: UUID
    }

    struct Card: Decodable {
        struct Status: Decodable {
            var code: String
            var validUntil: String?
            var daysLeft: Int?
        }
        struct Certificate: Decodable { var number: String }
        var required: Bool
        var status: Status
        var certificates: [Certificate]
    }

    struct Roster: Decodable {
        struct Row: Decodable {
            var personID: UUID
            var name: String
            var status: Card.Status
        }
        var validityMonths: Int
        var needAttention: Int
        var mentors: [Row]
    }

    /// An enterprise's engineer and a seventh-grader in the employer–student form, both with valid consents.
    static func setup(_ app: Application, _ fixture: Fixture) async throws -> Setup {
        let scope = app.consoleScope()
        let org = fixture.a.organization.id!
        let program = try await ProgramService(scope: scope).create(
            in: org,
            input: ProgramInput(
                title: "Профориентация", periodStart: "01.09.2026", periodEnd: "31.08.2027", forms: ["employer_student"]
            ))
        var engineerInput = PersonInput()
        (engineerInput.surname, engineerInput.givenName) = ("Инженеров", "Олег")
        engineerInput.birthDate = "05.05.1979"
        engineerInput.categories = ["employer_representative"]
        engineerInput.partnerName = "АО «Завод»"
        let engineer = try await PeopleService(scope: scope).create(in: org, input: engineerInput).person.id!
        var studentInput = PersonInput()
        (studentInput.surname, studentInput.givenName) = ("Семиклассникова", "Вера")
        studentInput.birthDate = "03.03.2013"
        studentInput.categories = ["student"]
        studentInput.grade = "7А"
        let student = try await PeopleService(scope: scope).create(in: org, input: studentInput).person.id!
        let parent = try await RepresentativeService(scope: scope).add(
            to: student,
            input: LegalRepresentativeInput(
                fullName: "Семиклассникова Ирина", relation: "мать", phone: "+7 900 000 00 01"))
        for (person, signer) in [(engineer, "subject"), (student, parent.id!.uuidString)] {
            for kind in ["personal_data", "participation"] {
                _ = try await ConsentService(scope: scope).record(
                    for: person,
                    input: ConsentInput(
                        kind: kind, purpose: "Программа", signedBy: signer, signedOn: "01.09.2026", text: "Согласие"),
                    scan: nil)
            }
        }
        var mentorInput = MentorProfileInput()
        mentorInput.forms = ["employer_student"]
        mentorInput.capacity = "2"
        mentorInput.competencies = ["Робототехника"]
        let mentor = try await BaseService(scope: scope).addMentor(
            to: program.id!, personID: engineer, input: mentorInput)
        var menteeInput = MenteeProfileInput()
        menteeInput.form = "employer_student"
        menteeInput.mainRequest = "Робототехника"
        let mentee = try await BaseService(scope: scope).addMentee(
            to: program.id!, personID: student, input: menteeInput)
        return Setup(
            program: program.id!, engineer: engineer, engineerProfile: mentor.id!, student: student,
            studentProfile: mentee.id!)
    }

    @Test func aRunRefusesTheMinorWithoutACertificateAndPairsThemOnceOneIsRecorded() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let setup = try await Self.setup(app, fixture)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let matching = MatchingService(scope: app.consoleScope())

            let refused = try await matching.detail(
                try await matching.start(setup.program, input: MatchingInput()).requireID())
            #expect(refused.result.pairs.isEmpty)
            let unmatched = try #require(
                refused.result.unmatched.first { $0.mentee == setup.studentProfile.uuidString })
            #expect(unmatched.detail == PairBlock.noRecordCertificate.message)

            let response = try await app.api(
                .POST, "/people/\(setup.engineer)/criminal-record-certificates", token: token,
                json: #"{"number": "12/3-45678", "issuedOn": "2026-10-01", "issuedBy": "ИЦ ГУ МВД России"}"#)
            #expect(response.status == .created)
            let card = try response.content.decode(Card.self)
            #expect(card.required && card.status.code == "valid" && card.status.validUntil == "2027-09-30")

            let paired = try await matching.detail(
                try await matching.start(setup.program, input: MatchingInput()).requireID())
            #expect(
                paired.result.pairs.map(\.mentee) == [setup.studentProfile.uuidString]
                    && paired.result.pairs.map(\.mentor) == [setup.engineerProfile.uuidString])
        }
    }

    @Test func aPairByHandIsRefusedUntilTheCertificateIsValid() async throws {
        try await withApp { app, clock in
            let fixture = try await Fixture.seed(app)
            let setup = try await Self.setup(app, fixture)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let pair =
                #"{"mentor": "\#(setup.engineerProfile)", "mentees": ["\#(setup.studentProfile)"], "#
                + #""form": "employer_student"}"#
            var response = try await app.api(.POST, "/programs/\(setup.program)/mentorships", token: token, json: pair)
            #expect(response.status == .unprocessableEntity)
            #expect(response.apiError?.fields["mentor"]?.contains("справки об отсутствии судимости") == true)

            // A certificate issued 13 months ago has run out under the default year.
            let old = try await app.api(
                .POST, "/people/\(setup.engineer)/criminal-record-certificates", token: token,
                json: #"{"number": "1", "issuedOn": "2025-10-20", "issuedBy": "ИЦ ГУ МВД России"}"#)
            #expect(try old.content.decode(Card.self).status.code == "expired")
            response = try await app.api(.POST, "/programs/\(setup.program)/mentorships", token: token, json: pair)
            #expect(response.status == .unprocessableEntity)

            // The organization accepts certificates for two years: the same one is valid again.
            response = try await app.api(
                .PUT, "/organizations/\(fixture.a.organization.id!)/criminal-record-certificates/settings",
                token: token,
                json: #"{"validityMonths": 24}"#)
            #expect(try response.content.decode(Roster.self).validityMonths == 24)
            response = try await app.api(.POST, "/programs/\(setup.program)/mentorships", token: token, json: pair)
            #expect(response.status == .created)
            _ = clock
        }
    }

    @Test func theCuratorSeesWhoNeedsACertificateAndIsWarnedBeforeItEnds() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let setup = try await Self.setup(app, fixture)
            let org = fixture.a.organization.id!
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            var roster = try await app.api(.GET, "/organizations/\(org)/criminal-record-certificates", token: token)
                .content.decode(Roster.self)
            // The school's own teacher in the fixture's base is not listed: the school checked them.
            #expect(roster.mentors.map(\.personID) == [setup.engineer] && roster.needAttention == 1)
            #expect(roster.mentors.first?.status.code == "missing")

            // Issued 2025-12-10: accepted until 2026-12-09, 18 days after the test's today (2026-11-21).
            _ = try await app.api(
                .POST, "/people/\(setup.engineer)/criminal-record-certificates", token: token,
                json: #"{"number": "7", "issuedOn": "10.12.2025", "issuedBy": "ИЦ ГУ МВД России"}"#)
            roster = try await app.api(.GET, "/organizations/\(org)/criminal-record-certificates", token: token)
                .content.decode(Roster.self)
            #expect(roster.mentors.first?.status.code == "expiring" && roster.mentors.first?.status.daysLeft == 18)
            #expect(roster.needAttention == 1)

            let page = try await app.get(
                SiteURL.organizationCertificates(.id(org)).path,
                as: try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!))
            #expect(page.status == .ok && page.body.string.contains("Инженеров Олег"))
            #expect(page.body.string.contains("осталось 18 дней"))
        }
    }

    @Test func badCertificatesAreRefusedByFieldAndOtherOrganizationsSeeNothing() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let setup = try await Self.setup(app, fixture)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            var response = try await app.api(
                .POST, "/people/\(setup.engineer)/criminal-record-certificates", token: token,
                json: #"{"number": " ", "issuedOn": "2099-01-01", "issuedBy": ""}"#)
            #expect(response.status == .unprocessableEntity)
            #expect(Set(response.apiError?.fields.keys.map { $0 } ?? []) == ["number", "issuedOn", "issuedBy"])
            response = try await app.api(
                .PUT, "/organizations/\(fixture.a.organization.id!)/criminal-record-certificates/settings",
                token: token, json: #"{"validityMonths": 0}"#)
            #expect(response.status == .unprocessableEntity && response.apiError?.fields["validityMonths"] != nil)

            let other = try await app.apiToken(for: fixture.b.accounts[.curator]!)
            response = try await app.api(.GET, "/people/\(setup.engineer)/criminal-record-certificates", token: other)
            #expect(response.status == .notFound)
            response = try await app.api(
                .POST, "/people/\(setup.engineer)/criminal-record-certificates", token: other,
                json: #"{"number": "1", "issuedOn": "2026-10-01", "issuedBy": "МВД"}"#)
            #expect(response.status == .notFound)
            response = try await app.api(
                .GET, "/organizations/\(fixture.a.organization.id!)/criminal-record-certificates", token: other)
            #expect(response.status == .notFound)
            let count = try await CriminalRecordCertificateModel.query(on: app.db).count()
            #expect(count == 0)
        }
    }

    @Test func theScanIsKeptAndItsDownloadAudited() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let setup = try await Self.setup(app, fixture)
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let path = SiteURL.personCertificates(.id(setup.engineer)).path
            let pdf = Data("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".utf8)
            var response = try await app.post(
                path, as: curator,
                multipart: [
                    ("_csrf", curator.csrf), ("number", "55"), ("issuedOn", "01.10.2026"), ("issuedBy", "ИЦ МВД"),
                ], file: ("scan", "справка.pdf", "application/pdf", pdf))
            #expect(response.status == .seeOther)
            let saved = try #require(try await CriminalRecordCertificateModel.query(on: app.db).first())
            #expect(saved.scanData == pdf && saved.scanType == "application/pdf")
            response = try await app.get(path, as: curator)
            #expect(response.body.string.contains("Действует до 30.09.2027"))
            let scan = SiteURL.certificateScan(person: .id(setup.engineer), certificate: .id(saved.id!)).path
            response = try await app.get(scan, as: curator)
            #expect(response.status == .ok && Data(response.body.readableBytesView) == pdf)
            let downloads = try await AuditEntryModel.query(on: app.db)
                .filter(\.$objectKind == AuditObject.criminalRecordCertificate.rawValue).filter(\.$action == "download")
                .count()
            #expect(downloads == 1)

            // A file that is not a scan comes back with the message by the field, and nothing is saved.
            response = try await app.post(
                path, as: curator,
                multipart: [("_csrf", curator.csrf), ("number", "56"), ("issuedOn", "01.10.2026"), ("issuedBy", "ИЦ")],
                file: ("scan", "virus.exe", "application/octet-stream", Data("MZ\u{90}".utf8)))
            #expect(response.status == .unprocessableEntity && response.body.string.contains("PDF, JPEG или PNG"))
            #expect(try await CriminalRecordCertificateModel.query(on: app.db).count() == 1)
        }
    }
}
