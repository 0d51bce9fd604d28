import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// A curator gives letters of thanks to three mentors in one order: the order names them, its letters come one page
/// per mentor from the template, and each mentor's record then shows the reward; a reward whose conditions a mentor's
/// record does not meet is refused with what it lacks.
@Suite struct RewardTests {
    /// Three teachers of side A's program, each with a pair completed; their mentor profile and person ids.
    static func completedMentors(_ app: Application, _ fixture: Fixture) async throws -> [(profile: UUID, person: UUID)]
    {
        let org = fixture.a.organization.id!
        let program = fixture.a.bases.program
        var result: [(UUID, UUID)] = []
        for (index, surname) in ["Первова", "Второва", "Третьева"].enumerated() {
            let person = try await MatchingPagesTests().teacher(app, org, surname, experience: 10 + index)
            var input = MentorProfileInput()
            input.forms = ["teacher_teacher"]
            input.capacity = "1"
            (input.trainingCourse, input.trainingHours, input.trainingDate) = (
                "Наставничество в школе", "36", "01.06.2026"
            )
            let profile = try await BaseService(scope: app.consoleScope()).addMentor(
                to: program, personID: person, input: input
            ).id!
            let mentorship = MentorshipModel()
            mentorship.$program.id = program
            mentorship.$organization.id = org
            mentorship.$mentor.id = profile
            mentorship.form = .teacherTeacher
            mentorship.status = .completed
            mentorship.startsOn = CalendarDate(year: 2025, month: 9, day: 1)
            mentorship.createdAt = Date()
            try await mentorship.create(on: app.db)
            result.append((profile, person))
        }
        return result
    }

    struct Created: Decodable { var id: UUID }

    @Test func threeMentorsGetLettersOfThanksInOneOrderAndTheirRecordsShowThem() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let mentors = try await Self.completedMentors(app, fixture)
            let org = fixture.a.organization.id!
            let chosen = mentors.map { "\"\($0.profile)\"" }.joined(separator: ", ")
            var response = try await app.api(
                .POST, "/organizations/\(org)/orders", token: token,
                json: #"{"kind": "reward_mentors", "program": "\#(fixture.a.bases.program)", "#
                    + #""rewardKind": "organization_thanks", "mentors": [\#(chosen)]}"#)
            #expect(response.status == .created)
            let order = try response.content.decode(Created.self).id
            let draft = try await app.api(.GET, "/orders/\(order)/document", token: token)
            #expect(draft.status == .ok, "\(draft.body.string)")
            let text = try DocumentTemplateTests.text(Data(draft.body.readableBytesView))
            #expect(text.contains("Объявить благодарность наставникам согласно приложению"))
            #expect(["Первова", "Второва", "Третьева"].allSatisfy { text.contains($0) })
            response = try await app.api(.GET, "/orders/\(order)/diplomas/document", token: token)
            #expect(response.status == .conflict)

            let signed = try await app.api(
                .POST, "/orders/\(order)/sign", token: token, json: #"{"number": "40-о", "date": "20.11.2026"}"#)
            #expect(signed.status == .ok)
            response = try await app.api(.GET, "/orders/\(order)/diplomas/document", token: token)
            #expect(response.status == .ok, "\(response.body.string)")
            let letters = try DocumentTemplateTests.text(Data(response.body.readableBytesView))
            #expect(letters.filter { $0 == "\n" }.count > 10)
            #expect(letters.components(separatedBy: "БЛАГОДАРСТВЕННОЕ ПИСЬМО").count == 4)
            #expect(letters.contains("Приказ № 40-о от 20.11.2026"))
            if let soffice = PDFConversion.installed {
                let pdf = try await PDFConversion.pdf(
                    from: Data(response.body.readableBytesView), soffice: soffice, on: app.threadPool)
                #expect(pdf.starts(with: Data("%PDF".utf8)))
            }

            // The public page shows the reward and names only a mentor who consented to publication.
            let publicPage = "/public/organizations/\(org)"
            var html = try await app.get(publicPage).body.string
            #expect(
                html.contains("Благодарственное письмо организации, 20.11.2026") && html.contains("ещё 3 наставника"))
            #expect(!html.contains("Первова"))
            _ = try await ConsentService(scope: app.consoleScope()).record(
                for: mentors[0].person,
                input: ConsentInput(
                    kind: "publication", purpose: "Сайт", signedBy: "subject", signedOn: "01.11.2026", text: "Да"),
                scan: nil)
            html = try await app.get(publicPage).body.string
            #expect(html.contains("Первова") && html.contains("ещё 2 наставника") && !html.contains("Второва"))

            response = try await app.api(.GET, "/people/\(mentors[0].person)/mentor-record", token: token)
            let record = try response.content.decode(APIRewardController.RecordDTO.self)
            #expect(record.completed == 1 && record.rewards.map(\.kind) == ["organization_thanks"])
            #expect(record.trainings.map(\.course) == ["Наставничество в школе"])
            #expect(record.eligibility.first { $0.kind == "authority_thanks" }?.meets == true)
            #expect(record.eligibility.first { $0.kind == "state_award" }?.meets == false)
        }
    }

    @Test func aRewardWhoseConditionsTheRecordDoesNotMeetIsRefusedWithWhatItLacks() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let mentors = try await Self.completedMentors(app, fixture)
            let response = try await app.api(
                .POST, "/organizations/\(fixture.a.organization.id!)/orders", token: token,
                json: #"{"kind": "reward_mentors", "program": "\#(fixture.a.bases.program)", "#
                    + #""rewardKind": "state_award", "mentors": ["\#(mentors[0].profile)"]}"#)
            #expect(response.status == .unprocessableEntity)
            let problem = response.apiError?.fields["rewardKind"] ?? ""
            #expect(problem.contains("Первова Анна") && problem.contains("стаж наставничества 1 из 5 лет"))
            #expect(try await OrderModel.query(on: app.db).filter(\.$kind == .rewardMentors).count() == 0)
        }
    }

    @Test func thePortfolioPageShowsTheRecordAndAnotherOrganizationGets404() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let mentors = try await Self.completedMentors(app, fixture)
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let page = try await app.get(SiteURL.mentorRecord(.id(mentors[1].person)).path, as: curator)
            #expect(page.status == .ok && page.body.string.contains("Пары и группы завершены"))
            #expect(page.body.string.contains("Знак отличия «За наставничество»"))
            let other = try await Browser.signedIn(app, as: fixture.b.accounts[.curator]!)
            #expect(try await app.get(SiteURL.mentorRecord(.id(mentors[1].person)).path, as: other).status == .notFound)
        }
    }
}
