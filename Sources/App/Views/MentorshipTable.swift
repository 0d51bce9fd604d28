import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// The curator's table of a program's pairs and groups: status, rhythm, feedback, risks.
struct MentorshipTable {
    struct Row {
        var mentorship: MentorshipModel
        var mentor: String
        var mentees: String
        var meetingsPerWeek: Double?
        var lastMeeting: Date?
        var nextMeeting: Date?
        var feedbackAverage: Double?
        var risks: [RhythmRisk]
    }

    var rows: [Row]

    init(
        mentorships: [MentorshipModel], people: MentorshipPeople, activity: MentorshipActivity, program: ProgramModel,
        today: CalendarDate
    ) {
        let rules = program.rhythmRules
        rows = mentorships.map { m in
            let stats = activity[m.id!]
            let since = m.activeSince
            let weeks = since.map { max(1.0, Double($0.days(until: today)) / 7) }
            return Row(
                mentorship: m, mentor: people.mentorName(m), mentees: people.menteeNames(m),
                meetingsPerWeek: weeks.map { Double(stats.held) / $0 }, lastMeeting: stats.lastHeld,
                nextMeeting: stats.nextPlanned,
                feedbackAverage: stats.feedbackAverage, risks: activity.risks(m, rule: rules[m.form]!, on: today))
        }
    }

    func page(_ req: Request, context: ProgramContext, notice: String?) -> TablePage {
        let table = TablePage.Table(
            title: nil,
            columns: [
                "Наставник", "Наставляемые", "Форма", "Статус", "Встреч в неделю", "Последняя встреча",
                "Обратная связь", "Риски",
            ],
            rows: rows.map { row in
                let m = row.mentorship
                return TablePage.Row(
                    id: nil,
                    cells: [
                        .init(row.mentor, url: SiteURL.mentorship(.id(m.id!)).path), .init(row.mentees),
                        .init(m.form.title),
                        .init(m.status.title, status: m.status.rawValue),
                        .init(row.meetingsPerWeek.map { $0.russian(digits: 1) } ?? "—"),
                        .init(row.lastMeeting.map(MeetingClock.russian) ?? "—"),
                        .init(row.feedbackAverage.map { $0.russian(digits: 1) } ?? "—"),
                        .init(
                            row.risks.isEmpty
                                ? "—"
                                : row.risks.map { "\($0.kind.title) (\($0.daysOverdue) дн.)" }.joined(separator: "; ")),
                    ])
            }, empty: "Пар пока нет: примите подбор или составьте пару вручную.")
        let risks = rows.flatMap { row in row.risks.map { (row, $0) } }.sorted { $0.1.daysOverdue > $1.1.daysOverdue }
        let riskTable = TablePage.Table(
            title: "Риски ритма встреч", columns: ["Пара", "Риск", "Просрочено, дн.", "Подробно"],
            rows: risks.map { row, risk in
                TablePage.Row(
                    id: nil,
                    cells: [
                        .init(row.mentor + " — " + row.mentees, url: SiteURL.mentorship(.id(row.mentorship.id!)).path),
                        .init(risk.kind.title), .init(String(risk.daysOverdue)), .init(risk.message),
                    ])
            }, empty: "Рисков нет: все пары встречаются в ритме.")
        let program = Slot.id(context.id)
        var actions = [Link("Приказы", .orders(.id(context.organization.id!)))]
        if context.access.manages {
            actions =
                [Link("Составить пару вручную", .newMentorship(program)), Link("Ритм встреч", .rhythm(program))]
                + actions
        }
        return TablePage(
            meta: req.pageMeta(
                "Пары и группы", breadcrumbs: [Link(context.program.title, .program(program))],
                scopeName: context.organization.shortName),
            intro:
                "Все пары и группы программы: статус, ритм встреч, обратная связь и риски, которые ежедневная проверка нашла сегодня.",
            actions: actions, tables: [table, riskTable], notice: notice)
    }
}
