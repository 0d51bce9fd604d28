import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting
import ZIPFoundation

@testable import App

/// Stages 5–7: a pair made by hand, the order DOCX, signing, a logged meeting with feedback, a missed week as a risk,
/// the mentor's report.
@Suite struct MentorshipPagesTests {
    func documentText(_ data: Data) throws -> String {
        let archive = try Archive(data: data, accessMode: .read)
        var xml = Data()
        _ = try archive.extract(archive["word/document.xml"]!) { xml.append($0) }
        return String(decoding: xml, as: UTF8.self)
    }

    /// A one-place mentor «Опытнова» and a young teacher «Молодова» in side A's program, both with consents.
    static func teachers(_ app: Application, _ fixture: Fixture) async throws -> (mentor: UUID, mentee: UUID) {
        let matching = MatchingPagesTests()
        let org = fixture.a.organization.id!
        let program = fixture.a.bases.program
        let base = BaseService(scope: app.consoleScope())
        var mentorInput = MentorProfileInput()
        mentorInput.forms = ["teacher_teacher"]
        mentorInput.capacity = "1"
        let mentor = try await base.addMentor(
            to: program, personID: try await matching.teacher(app, org, "Опытнова", experience: 20), input: mentorInput
        ).id!
        var menteeInput = MenteeProfileInput()
        menteeInput.form = "teacher_teacher"
        menteeInput.mainRequest = "Классное руководство"
        let mentee = try await base.addMentee(
            to: program, personID: try await matching.teacher(app, org, "Молодова", experience: 1), input: menteeInput
        ).id!
        return (mentor, mentee)
    }

    @Test func fromDraftToSignedOrderMeetingsFeedbackRiskAndReport() async throws {
        try await withApp { app, clock in
            let fixture = try await Fixture.seed(app)
            let org = fixture.a.organization.id!
            let program = fixture.a.bases.program
            let (mentor, mentee) = try await Self.teachers(app, fixture)
            var helperInput = MentorProfileInput()
            helperInput.forms = ["teacher_teacher"]
            helperInput.capacity = "1"
            let helperPerson = try await MatchingPagesTests().teacher(app, org, "Помощникова", experience: 15)
            let helper = try await BaseService(scope: app.consoleScope()).addMentor(
                to: program, personID: helperPerson, input: helperInput
            ).id!
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)

            // A pair by hand, led together with a co-mentor, who finds it on their own page.
            var response = try await app.post(
                SiteURL.newMentorship(.id(program)).path, as: curator,
                form: [
                    ("mentor", mentor.uuidString), ("mentees[]", mentee.uuidString), ("coMentors[]", helper.uuidString),
                    ("form", "teacher_teacher"),
                ])
            #expect(response.status == .seeOther)
            let pair = try await MentorshipModel.query(on: app.db).filter(\.$mentor.$id == mentor).first()!
            #expect(pair.status == .draft && pair.coMentors == [helper])
            let coMentor = try await Browser.signedIn(
                app,
                as: try await Fixture.account(
                    app, "mentor-pomoshnikova",
                    [Grant(role: .mentor, scope: .organization(fixture.a.organization.typedID))], personID: helperPerson
                ))
            #expect(try await app.get(SiteURL.myMentoring.path, as: coMentor).body.string.contains("Молодова"))
            response = try await app.post(
                SiteURL.newMentorship(.id(program)).path, as: curator,
                form: [
                    ("mentor", mentor.uuidString), ("mentees[]", fixture.a.bases.mentee.uuidString),
                    ("form", "teacher_teacher"),
                ])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("мест"))

            // The order: its DOCX names the pair; signing fixes the pair; a second signature and a reused number are refused.
            response = try await app.post(
                SiteURL.newOrder(.id(org)).path, as: curator,
                form: [("kind", "fix_mentorships"), ("program", program.uuidString)])
            #expect(response.status == .seeOther)
            let order = try await OrderModel.query(on: app.db).filter(\.$organization.$id == org).filter(
                \.$id != fixture.a.bases.order
            ).first()!
            let docx = try await app.get(SiteURL.orderDocument(.id(order.id!)).path, as: curator)
            let text = try documentText(Data(docx.body.readableBytesView))
            #expect(
                text.contains("ПРИКАЗ") && text.contains("Опытнова") && text.contains("Молодова")
                    && text.contains("ПРИКАЗЫВАЮ"))
            // The program began in September; pairs fixed in November are fixed from the signing, not backdated.
            #expect(text.contains("на период с даты подписания настоящего приказа по"))
            response = try await app.post(
                SiteURL.orderSign(.id(order.id!)).path, as: curator, form: [("number", "15-о"), ("date", "20.11.2026")])
            #expect(response.status == .seeOther)
            #expect(try await MentorshipModel.find(pair.id, on: app.db)!.status == .fixed)
            let signedDocx = try await app.get(SiteURL.orderDocument(.id(order.id!)).path, as: curator)
            let signedText = try documentText(Data(signedDocx.body.readableBytesView))
            #expect(signedText.contains("20.11.2026 – 31.08.2027"), "the pair runs from the signing")
            // The notice comes from the session, once; an address cannot make the page say anything.
            let orderPage = SiteURL.order(.id(order.id!)).path
            #expect(try await app.get(orderPage, as: curator).body.string.contains("Приказ подписан"))
            #expect(!(try await app.get(orderPage, as: curator).body.string.contains("Приказ подписан")))
            let forged = try await app.get(orderPage + "?notice=" + "Ваш пароль истёк".urlQuery, as: curator)
            #expect(!forged.body.string.contains("пароль истёк"))
            response = try await app.post(
                SiteURL.orderSign(.id(order.id!)).path, as: curator, form: [("number", "16"), ("date", "20.11.2026")])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("уже подписан"))
            response = try await app.post(
                SiteURL.orderSign(.id(fixture.a.bases.order)).path, as: curator,
                form: [("number", "15-о"), ("date", "21.11.2026")])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("уже занят"))

            // The mentor logs yesterday's meeting: feedback links go out; an overlapping one and a long-past one are refused.
            let mentorAccount = try await Fixture.account(
                app, "mentor-opytnova", [Grant(role: .mentor, scope: .organization(fixture.a.organization.typedID))],
                personID: try await MentorProfileModel.find(mentor, on: app.db)!.$person.id)
            let mentorBrowser = try await Browser.signedIn(app, as: mentorAccount)
            let meeting = [
                ("type", "regular"), ("date", "20.11.2026"), ("time", "15:00"), ("durationMinutes", "45"),
                ("format", "in_person"),
                ("place", "Каб. 21"), ("topic", "Разбор урока"),
            ]
            response = try await app.post(SiteURL.newMeeting(.id(pair.id!)).path, as: mentorBrowser, form: meeting)
            #expect(response.status == .seeOther)
            response = try await app.post(
                SiteURL.newMeeting(.id(pair.id!)).path, as: mentorBrowser,
                form: meeting.map { $0.0 == "time" ? ("time", "15:30") : $0 })
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("другая встреча"))
            response = try await app.post(
                SiteURL.newMeeting(.id(pair.id!)).path, as: mentorBrowser,
                form: meeting.map { $0.0 == "date" ? ("date", "01.10.2026") : $0 })
            #expect(response.status == .unprocessableEntity)
            let links = try await MeetingFeedbackModel.query(on: app.db).filter(\.$mentorship.$id == pair.id!).all()
            #expect(links.count == 3, "the mentor, the co-mentor and the mentee")
            let menteeLink = links.first { $0.role == "mentee" }!
            response = try await app.testing().sendRequest(
                .POST, SiteURL.feedback(menteeLink.token).path,
                headers: ["Content-Type": "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "q_rating=5&q_achieved=%D0%94%D0%B0"))
            #expect(response.status == .ok)
            #expect(try await MeetingFeedbackModel.find(menteeLink.id, on: app.db)!.rating == 5)
            // The mentor's reminder to answer goes quiet once the mentor has answered.
            let reminder = try #require(
                try await NotificationModel.query(on: app.db).filter(\.$account.$id == mentorAccount.id!)
                    .filter(\.$kind == "feedback").first())
            #expect(reminder.readAt == nil)
            let mentorLink = try #require(
                links.first { $0.role == "mentor" && $0.$person.id == mentorAccount.$person.id })
            response = try await app.testing().sendRequest(
                .POST, SiteURL.feedback(mentorLink.token).path,
                headers: ["Content-Type": "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "q_rating=4&q_achieved=" + "Частично".urlQuery))
            #expect(response.status == .ok)
            #expect(try await NotificationModel.find(reminder.id, on: app.db)?.readAt != nil)

            // No meeting for ten days: the weekly teacher rhythm shows a risk on the curator's table.
            var page = try await app.get(SiteURL.mentorships(.id(program)).path, as: curator)
            // The fixture's own pair has never met and is already at risk; this pair met yesterday and is not.
            let missedWeek = "Пара должна встречаться раз в 7 дн.: последняя встреча 20.11.2026."
            #expect(!page.body.string.contains(missedWeek))
            clock.advance(by: 10 * 86_400)
            let curatorLater = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let mentorLater = try await Browser.signedIn(app, as: mentorAccount)
            page = try await app.get(SiteURL.mentorships(.id(program)).path, as: curatorLater)
            #expect(page.body.string.contains(missedWeek))
            let mine = try await app.get(SiteURL.myMentoring.path, as: mentorLater)
            #expect(mine.body.string.contains("Молодова"))

            // The report: completing needs it; the DOCX is pre-filled with the meetings and the mentor's words.
            response = try await app.post(
                SiteURL.mentorshipStatus(.id(pair.id!)).path, as: curatorLater, form: [("action", "activate")])
            #expect(response.status == .seeOther)
            response = try await app.post(
                SiteURL.mentorshipStatus(.id(pair.id!)).path, as: curatorLater, form: [("action", "complete")])
            #expect(response.status == .unprocessableEntity)
            response = try await app.post(
                SiteURL.mentorshipReport(.id(pair.id!)).path, as: mentorLater,
                form: [
                    ("results", "Молодой педагог провёл открытый урок."), ("action", "true"),
                ])
            #expect(response.status == .seeOther)
            let report = try await app.get(SiteURL.mentorshipReportDocument(.id(pair.id!)).path, as: mentorLater)
            let reportText = try documentText(Data(report.body.readableBytesView))
            #expect(
                reportText.contains("Проведено встреч: 1, всего 45 мин.") && reportText.contains("открытый урок")
                    && reportText.contains("5,0 из 5"))
            response = try await app.post(
                SiteURL.mentorshipStatus(.id(pair.id!)).path, as: curatorLater, form: [("action", "complete")])
            #expect(response.status == .seeOther)
            #expect(try await MentorshipModel.find(pair.id, on: app.db)!.status == .completed)
        }
    }

    @Test func aLowCompatibilityAfterTheTrialMeetingFlagsThePairForTheCurator() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let ids = fixture.a.bases
            let (mentor, mentee) = try await Self.teachers(app, fixture)
            let pair = try await MentorshipService(scope: app.consoleScope()).create(
                in: ids.program,
                input: MentorshipInput(
                    mentor: mentor.uuidString, mentees: [mentee.uuidString], form: "teacher_teacher"))
            pair.status = .fixed
            pair.activeSince = CalendarDate(parsing: "2026-11-16")
            try await pair.save(on: app.db)
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            var response = try await app.post(
                SiteURL.newMeeting(.id(pair.id!)).path, as: curator,
                form: [
                    ("type", "trial"), ("date", "20.11.2026"), ("time", "16:00"), ("durationMinutes", "30"),
                    ("format", "in_person"),
                    ("place", "Каб. 5"), ("topic", "Пробная встреча"),
                ])
            #expect(response.status == .seeOther)
            var page = try await app.get(SiteURL.mentorships(.id(ids.program)).path, as: curator)
            #expect(!page.body.string.contains("Низкая совместимость"))
            let link = try #require(
                try await MeetingFeedbackModel.query(on: app.db).filter(\.$mentorship.$id == pair.id!)
                    .filter(\.$role == "mentee").first())
            #expect(link.questionnaire == "compatibility")
            response = try await app.testing().sendRequest(
                .POST, SiteURL.feedback(link.token).path,
                headers: ["Content-Type": "application/x-www-form-urlencoded"],
                body: ByteBuffer(
                    string: "q_comfort=2&q_useful=2&q_continue=" + "Нет".urlQuery
                        + "&q_why_not=" + "Разные ожидания".urlQuery))
            #expect(response.status == .ok)
            page = try await app.get(SiteURL.mentorships(.id(ids.program)).path, as: curator)
            #expect(page.body.string.contains("Низкая совместимость"))
        }
    }

    @Test func aFeedbackLinkEndsAfterItsLifetime() async throws {
        try await withApp { app, clock in
            let fixture = try await Fixture.seed(app)
            let (mentor, mentee) = try await Self.teachers(app, fixture)
            let input = MentorshipInput(
                mentor: mentor.uuidString, mentees: [mentee.uuidString],
                form: "teacher_teacher")
            let pair = try await MentorshipService(scope: app.consoleScope())
                .create(in: fixture.a.bases.program, input: input)
            pair.status = .fixed
            pair.activeSince = CalendarDate(parsing: "2026-11-16")
            try await pair.save(on: app.db)
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let response = try await app.post(
                SiteURL.newMeeting(.id(pair.id!)).path, as: curator,
                form: [
                    ("type", "regular"), ("date", "20.11.2026"), ("time", "16:00"), ("durationMinutes", "30"),
                    ("format", "in_person"), ("place", "Каб. 5"), ("topic", "Разбор урока"),
                ])
            #expect(response.status == .seeOther)
            let link = try #require(
                try await MeetingFeedbackModel.query(on: app.db)
                    .filter(\.$mentorship.$id == pair.id!).first())
            let path = SiteURL.feedback(link.token).path
            clock.advance(by: 29 * 86_400)
            #expect(try await app.get(path).body.string.contains("<form"))
            clock.advance(by: 2 * 86_400)
            #expect(try await app.get(path).body.string.contains("Срок ответа по этой ссылке истёк"))
            let late = try await app.testing().sendRequest(
                .POST, path, headers: ["Content-Type": "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "q_rating=5&q_achieved=" + "Да".urlQuery))
            #expect(late.status == .gone)
            #expect(late.body.string.contains("Срок ответа"))
            #expect(try await MeetingFeedbackModel.find(link.id, on: app.db)?.answeredAt == nil)
        }
    }
}
