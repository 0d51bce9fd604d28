import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// Meetings: the mentor (or the curator) schedules and logs them, marks who came; the month's calendar.
struct MeetingController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.newMeeting(.key), use: newForm)
        routes.post(.newMeeting(.key), use: create)
        routes.get(.meeting(.key), use: show)
        routes.post(.meeting(.key), use: record)
        routes.get(.calendar, use: calendar)
    }

    func newForm(req: Request) async throws -> View {
        _ = try await MentorshipService(scope: req.scope()).kept(req.id("mentorshipID"))
        let input = MeetingInput(
            type: MeetingType.regular.rawValue, durationMinutes: "45", format: MeetingPlace.inPerson.rawValue)
        return try await req.render(meetingForm(req, input, failure: nil))
    }

    private func meetingForm(
        _ req: Request, _ input: MeetingInput, failure: ValidationFailure?
    ) throws -> MeetingFormContext {
        let id = try req.id("mentorshipID")
        return MeetingFormContext(
            meta: req.pageMeta("Встреча", breadcrumbs: [Link("Пара", .mentorship(.id(id)))]), mentorship: id,
            input: input, logDays: req.application.config.meetingLogDays, failure: failure)
    }

    func create(req: Request) async throws -> Response {
        let input = try req.content.decode(MeetingInput.self)
        return try await req.submit(
            {
                let meeting = try await MeetingService(req).schedule(in: req.id("mentorshipID"), input: input)
                let notice =
                    meeting.status == .held
                    ? "Встреча внесена, участникам отправлена форма обратной связи." : "Встреча запланирована."
                return try await req.redirect(to: SiteURL.mentorship(.id(meeting.$mentorship.id)).path, notice: notice)
            }, form: { try meetingForm(req, input, failure: $0) })
    }

    func show(req: Request) async throws -> View {
        try await req.render(outcomePage(req, failure: nil))
    }

    private func outcomePage(_ req: Request, failure: ValidationFailure?) async throws -> MeetingOutcomeContext {
        guard let meeting = try await MeetingModel.find(req.id("meetingID"), on: req.db) else { throw Abort(.notFound) }
        let (mentorship, access) = try await MentorshipService(scope: req.scope()).find(meeting.$mentorship.id)
        let people = try await MentorshipPeople.load([mentorship], access: access.access, scope: req.scope()).everyone(
            in: mentorship)
        let pair = try mentorship.requireID()
        return MeetingOutcomeContext(
            meta: req.pageMeta("Встреча «\(meeting.topic)»", breadcrumbs: [Link("Пара", .mentorship(.id(pair)))]),
            meeting: try meeting.summary, details: (meeting.durationMinutes, meeting.format, meeting.notes),
            mentorship: pair, people: try people.map { (try $0.person.requireID(), $0.name) },
            attended: meeting.attendance, tasks: mentorship.plan?.tasks ?? [],
            open: meeting.status == .planned && access.keepsRecords, failure: failure)
    }

    func record(req: Request) async throws -> Response {
        let outcome = try req.content.decode(MeetingService.Outcome.self)
        return try await req.submit(
            {
                let meeting = try await MeetingService(req).record(req.id("meetingID"), outcome)
                return try await req.redirect(
                    to: SiteURL.mentorship(.id(meeting.$mentorship.id)).path,
                    notice: "Встреча отмечена.")
            }, form: { try await outcomePage(req, failure: $0) })
    }

    /// The month's meetings: a participant's own, or all of the organizations a staff member reads.
    func calendar(req: Request) async throws -> View {
        let scope = try req.scope()
        let today = scope.today
        let month =
            req.query[String.self, at: "month"].flatMap { CalendarDate(parsing: $0 + "-01") } ?? CalendarDate(
                year: today.year, month: today.month, day: 1)!
        let service = ParticipantService(scope: scope)
        let meetings = try await service.calendar(of: month)
        let feed = try await service.calendarToken().map { SiteURL.meetingsFeed($0).path }
        let title = "Календарь встреч: \(RussianMonths.nominative[month.month - 1].capitalized) \(month.year)"
        return try await req.view.render(
            "meetings/calendar",
            CalendarContext(meta: req.pageMeta(title), month: month, feed: feed, meetings: meetings))
    }
}
