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
        return try await req.renderForm(
            meetingForm(
                req,
                MeetingInput(
                    type: MeetingType.regular.rawValue, durationMinutes: "45", format: MeetingPlace.inPerson.rawValue),
                failure: nil))
    }

    private func meetingForm(_ req: Request, _ input: MeetingInput, failure: ValidationFailure?) throws -> FormPage {
        let id = try Slot.id(req.id("mentorshipID"))
        return FormPage(
            meta: req.pageMeta("Встреча", breadcrumbs: [Link("Пара", .mentorship(id))]),
            form: .init(
                action: SiteURL.newMeeting(id).path,
                fields: [
                    FormField(
                        "type", "Вид встречи", kind: "select", required: true, failure: failure,
                        options: FormField.options(MeetingType.self, selected: input.type, title: \.title)),
                    FormField("date", "Дата", kind: "date", value: input.date, required: true, failure: failure),
                    FormField(
                        "time", "Время (московское)", kind: "time", value: input.time, required: true, failure: failure),
                    FormField(
                        "durationMinutes", "Продолжительность, минут", kind: "number", value: input.durationMinutes,
                        required: true, failure: failure),
                    FormField(
                        "format", "Формат", kind: "select", required: true, failure: failure,
                        options: FormField.options(MeetingPlace.self, selected: input.format, title: \.title)),
                    FormField("place", "Место (для очной встречи)", value: input.place, failure: failure),
                    FormField(
                        "link", "Ссылка (для дистанционной встречи)", kind: "url", value: input.link, failure: failure),
                    FormField("topic", "Тема", value: input.topic, required: true, failure: failure),
                    FormField("notes", "Заметки", kind: "textarea", value: input.notes, failure: failure),
                ], submitTitle: "Сохранить встречу", cancelURL: SiteURL.mentorship(id).path,
                intro:
                    "Будущая встреча попадёт в календарь участников. Прошедшая (не раньше чем \(req.application.config.meetingLogDays) дн. назад) сразу считается проведённой, и участники получат форму обратной связи."
            ))
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
        try await req.renderForm(outcomePage(req, failure: nil))
    }

    private func outcomePage(_ req: Request, failure: ValidationFailure?) async throws -> FormPage {
        guard let meeting = try await MeetingModel.find(req.id("meetingID"), on: req.db) else { throw Abort(.notFound) }
        let (mentorship, access) = try await MentorshipService(scope: req.scope()).find(meeting.$mentorship.id)
        let people = try await MentorshipPeople.load([mentorship], access: access.access, scope: req.scope()).everyone(
            in: mentorship)
        let place = meeting.whereText.isEmpty ? "" : ", \(meeting.whereText)"
        let facts =
            "\(meeting.type.title): «\(meeting.topic)», \(MeetingClock.russian(meeting.startsAt)), \(meeting.durationMinutes) мин., "
            + "\(meeting.format.title.lowercased())\(place). Состояние: \(meeting.status.title.lowercased())."
        let open = meeting.status == .planned && access.keepsRecords
        let tasks = (mentorship.plan?.tasks ?? []).filter { $0.status == .planned }
        var fields: [FormField] = []
        if open {
            fields = [
                FormField(
                    "action", "Что произошло", kind: "select", required: true, failure: failure,
                    options: [
                        .init(value: "held", title: "Встреча проведена", selected: true),
                        .init(value: "cancelled", title: "Встреча отменена", selected: false),
                    ]),
                FormField(
                    "attended", "Кто присутствовал", kind: "checkboxes", failure: failure,
                    options: people.map { .init(value: $0.person.id!.uuidString, title: $0.name, selected: true) }),
                FormField(
                    "tasks", "Над какими задачами плана работали", kind: "checkboxes", failure: failure,
                    options: tasks.map { .init(value: $0.id, title: $0.title, selected: false) }),
                FormField("notes", "Итоги встречи", kind: "textarea", value: meeting.notes, failure: failure),
            ]
        }
        let attended = meeting.attendance
        let present = people.filter { attended[$0.person.id!] == true }.map(\.name)
        return FormPage(
            meta: req.pageMeta(
                "Встреча «\(meeting.topic)»", breadcrumbs: [Link("Пара", .mentorship(.id(mentorship.id!)))]),
            form: .init(
                action: SiteURL.meeting(.id(meeting.id!)).path, fields: fields,
                submitTitle: open ? "Сохранить" : "", cancelURL: SiteURL.mentorship(.id(mentorship.id!)).path,
                intro: facts + (present.isEmpty ? "" : " Присутствовали: \(present.joined(separator: ", ")).")
                    + (meeting.notes.map { " Итоги: \($0)" } ?? "")))
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
