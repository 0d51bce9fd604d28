import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// A mentor's or a mentee's own page (a representative's for their ward), and the bell of notifications.
struct MyMentoringController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.myMentoring, use: mine)
        routes.get(.notifications, use: notifications)
        routes.post(.notifications, use: markRead)
    }

    func mine(req: Request) async throws -> View {
        let scope = try req.scope()
        let overview = try await ParticipantService(scope: scope).overview()
        let people = overview.people
        let today = scope.today
        func pairRow(_ m: MentorshipModel, mentor: Bool) -> TablePage.Row {
            let other = mentor ? people.mentees(of: m).map(\.name).joined(separator: ", ") : people.mentorName(m)
            return TablePage.Row(
                id: nil,
                cells: [
                    .init(other, url: SiteURL.mentorship(.id(m.id!)).path), .init(m.form.title),
                    .init(m.status.title, status: m.status.rawValue),
                    .init((m.plan?.progressPercent).map { "\($0) %" } ?? "—"),
                ])
        }
        let columns = ["", "Форма", "Статус", "План выполнен"]
        let upcoming = overview.meetings.filter { $0.status == .planned && $0.startsAt >= scope.now }.prefix(10).map {
            meeting in
            TablePage.Row(
                id: nil,
                cells: [
                    .init(MeetingClock.russian(meeting.startsAt), url: SiteURL.meeting(.id(meeting.id!)).path),
                    .init(meeting.type.title), .init(meeting.topic), .init(meeting.whereText),
                ])
        }
        let feedback = overview.feedback.map { item in
            TablePage.Row(
                id: nil,
                cells: [
                    .init("Оценить встречу «\(item.meeting.topic)»", url: SiteURL.feedback(item.token).path),
                    .init(MeetingClock.russian(item.meeting.startsAt)),
                ])
        }
        let tasks = overview.all.filter { !$0.status.isClosed }.flatMap { m in
            (m.plan?.tasks ?? []).filter { $0.status == .planned }.map { task in
                TablePage.Row(
                    id: nil,
                    cells: [
                        .init(task.title, url: SiteURL.mentorship(.id(m.id!)).path), .init(task.due.russian),
                        .init(task.isOverdue(on: today) ? "просрочена на \(task.due.days(until: today)) дн." : ""),
                    ])
            }
        }
        let monthStart = MeetingClock.moment(
            CalendarDate(year: today.year, month: today.month, day: 1)!, hour: 0, minute: 0)!
        let mine = Set(overview.mentoring.map { $0.id! })
        let minutes = overview.meetings.filter {
            mine.contains($0.$mentorship.id) && $0.status == .held && $0.startsAt >= monthStart
        }
        .reduce(0) { $0 + $1.durationMinutes }
        let reminders = overview.notifications.filter { $0.readAt == nil && $0.kind == "risk" }.map {
            TablePage.Row(id: nil, cells: [.init($0.text, url: $0.link)])
        }
        var tables: [TablePage.Table] = []
        if !reminders.isEmpty {
            tables.append(.init(title: "Напоминания", columns: ["Что сделать"], rows: reminders, empty: ""))
        }
        if !overview.mentoring.isEmpty {
            tables.append(
                .init(
                    title: "Мои наставляемые и группы", columns: ["Наставляемые"] + columns.dropFirst(),
                    rows: overview.mentoring.map { pairRow($0, mentor: true) }, empty: ""))
        }
        if !overview.mentored.isEmpty {
            tables.append(
                .init(
                    title: "Мой наставник", columns: ["Наставник"] + columns.dropFirst(),
                    rows: overview.mentored.map { pairRow($0, mentor: false) }, empty: ""))
        }
        tables += [
            .init(
                title: "Ближайшие встречи", columns: ["Когда", "Встреча", "Тема", "Где"], rows: Array(upcoming),
                empty: "Запланированных встреч нет."),
            .init(
                title: "Обратная связь, которую ждут от вас", columns: ["Форма", "Встреча"], rows: feedback,
                empty: "Всё заполнено."),
            .init(title: "Задачи плана", columns: ["Задача", "Срок", ""], rows: tasks, empty: "Открытых задач нет."),
        ]
        let intro =
            overview.mentoring.isEmpty
            ? "Ваши пары, встречи, задачи и обратная связь."
            : "Ваши пары, встречи, задачи и обратная связь. Проведено встреч в этом месяце: \(minutes / 60) ч \(minutes % 60) мин."
        return try await req.view.render(
            "table",
            TablePage(
                meta: req.pageMeta("Моё наставничество"), intro: intro,
                actions: [Link("Календарь встреч", .calendar)], tables: tables))
    }

    func notifications(req: Request) async throws -> View {
        let notifications = try await ParticipantService(scope: req.scope()).notifications()
        return try await req.view.render(
            "my/notifications",
            NotificationsContext(meta: req.pageMeta("Уведомления"), notifications: notifications))
    }

    func markRead(req: Request) async throws -> Response {
        try await ParticipantService(scope: req.scope()).markRead()
        return req.redirect(to: SiteURL.notifications.path)
    }
}
