import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// Feedback after a meeting by a personal link, and the personal meetings calendar feed: no session — the link's
/// secret is the key.
struct FeedbackController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.feedback(":token"), use: show)
        routes.post(.feedback(":token"), use: submit)
        routes.get(.meetingsFeed(":token"), use: feed)
    }

    private func service(_ req: Request) -> FeedbackService {
        FeedbackService(db: req.db, clock: req.clock, requestID: req.id, outbox: req.outbox)
    }

    private func page(
        _ link: FeedbackService.Link, answers: Answers, failure: ValidationFailure?, path: String?
    ) -> AnswerPage {
        var page = AnswerPage(
            questionnaire: link.questionnaire, choices: \.fixedChoices, answers: answers, failure: failure,
            respondent: link.respondent, action: link.problem == nil ? path : nil, message: link.problem,
            thanks: link.feedback.answeredAt != nil)
        page.intro = "Встреча «\(link.meeting.topic)», \(MeetingClock.russian(link.meeting.startsAt))."
        return page
    }

    func show(req: Request) async throws -> Response {
        let link = try await service(req).open(req.parameters.get("token") ?? "")
        return try await req.renderAnswer(page(link, answers: [:], failure: nil, path: req.url.path))
    }

    func submit(req: Request) async throws -> Response {
        let token = req.parameters.get("token") ?? ""
        let raw = req.answers()
        let opened = try await service(req).open(token)
        if opened.problem != nil {
            // An answered or ended link shows why, not an error page.
            let status: HTTPStatus = opened.expired ? .gone : .conflict
            return try await req.renderAnswer(page(opened, answers: [:], failure: nil, path: nil), status: status)
        }
        do {
            let link = try await service(req).submit(token, raw: raw)
            return try await req.renderAnswer(page(link, answers: [:], failure: nil, path: nil))
        } catch let failure as ValidationFailure {
            return try await req.renderAnswer(
                page(opened, answers: raw, failure: failure, path: req.url.path),
                status: .unprocessableEntity)
        }
    }

    /// The account's meetings (as mentor, mentee or a minor's representative) for calendar apps.
    func feed(req: Request) async throws -> Response {
        let token = req.parameters.get("token") ?? ""
        guard token.count >= 20,
            let account = try await AccountModel.query(on: req.db).filter(\.$calendarToken == token).first()
        else { throw Abort(.notFound) }
        let user = try await AccountService.currentUser(account, on: req.db)
        let scope = RequestScope(db: req.db, user: user, requestID: req.id, clock: req.clock)
        let meetings = try await ParticipantService(scope: scope).overview().meetings.filter { $0.status != .cancelled }
        let events = try meetings.map { meeting in
            CalendarFeed.Event(
                uid: "\((try meeting.requireID()).uuidString.lowercased())@nastavnik",
                title: "\(meeting.type.title): \(meeting.topic)",
                from: meeting.startsAt, to: meeting.endsAt, location: meeting.whereText,
                description: meeting.notes ?? "")
        }
        let text = CalendarFeed(name: "Встречи наставничества", events: events, stamp: req.clock.now()).text()
        let response = Response(status: .ok, body: .init(string: text))
        response.headers.contentType = HTTPMediaType(
            type: "text", subType: "calendar", parameters: ["charset": "utf-8"])
        return response
    }
}
