import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The personal plan and the mentor's analytic report as DOCX, pre-filled from the pair's data.
struct MentorshipDocuments {
    var detail: MentorshipDetail
    var organizationName: String

    private var mentorship: MentorshipModel { detail.mentorship }
    private var personalPlan: PersonalPlan { mentorship.plan ?? PersonalPlan() }

    private var facts: [String] {
        let people = detail.people
        return [
            "Наставник: "
                + ([people.mentor(of: mentorship)] + people.coMentors(of: mentorship)).compactMap { $0?.name }.joined(
                    separator: ", "),
            "Наставляемые: "
                + people.mentees(of: mentorship).map { "\($0.name)\($0.role.isEmpty ? "" : " (\($0.role))")" }.joined(
                    separator: "; "),
            "Форма наставничества: \(mentorship.form.title)"
                + (mentorship.roleModel.map { ", ролевая модель «\($0)»" } ?? ""),
            "Программа: \(detail.program.title)", "Период: " + (mentorship.periodText ?? "—"),
        ]
    }

    private var goalRows: [[String]] {
        personalPlan.goals.enumerated().map {
            [
                "\($0.offset + 1)", $0.element.title, $0.element.request ?? "",
                $0.element.achieved ? "Достигнута" : "В работе",
            ]
        }
    }

    private var taskRows: [[String]] {
        personalPlan.tasks.enumerated().map { index, task in
            [
                "\(index + 1)", task.title, task.due.russian, task.status.title,
                personalPlan.goals.first { $0.id == task.goalID }?.title ?? "",
            ]
        }
    }

    private var meetingRows: [[String]] {
        detail.meetings.filter { $0.status != .cancelled }.enumerated().map { index, meeting in
            [
                "\(index + 1)", MeetingClock.russian(meeting.startsAt), meeting.type.title, meeting.topic,
                meeting.status.title,
            ]
        }
    }

    var planDocument: SectionedDocument {
        SectionedDocument(
            organization: organizationName, title: "Персонализированная программа наставничества", facts: facts,
            sections: [
                .init(
                    "Цели",
                    [
                        .table(
                            columns: ["№", "Цель", "Запрос наставляемого", "Состояние"], widths: [6, 44, 32, 18],
                            rows: goalRows)
                    ]),
                .init(
                    "Задачи и сроки",
                    [
                        .table(
                            columns: ["№", "Задача", "Срок", "Состояние", "Цель"], widths: [6, 38, 14, 16, 26],
                            rows: taskRows)
                    ]),
                .init(
                    "План встреч",
                    [
                        .table(
                            columns: ["№", "Дата и время", "Вид встречи", "Тема", "Состояние"],
                            widths: [6, 20, 24, 34, 16], rows: meetingRows)
                    ]),
                .init("Ожидаемые результаты", [.text(personalPlan.expectedResults)]),
                .init("Индивидуальный образовательный маршрут", [.text(personalPlan.route)]),
            ], signatures: ["Наставник", "Наставляемый", "Куратор"])
    }

    var reportDocument: SectionedDocument {
        let held = detail.meetings.filter { $0.status == .held }
        let answered = detail.feedback.filter { $0.answeredAt != nil }
        func average(_ role: Role) -> String {
            RussianCount.ratings(answered.filter { $0.role == role.rawValue }.compactMap(\.rating)) ?? "нет ответов"
        }
        let types = Dictionary(grouping: held, by: \.type).sorted { $0.key.rawValue < $1.key.rawValue }
            .map { "\($0.key.title): \($0.value.count)" }.joined(separator: "; ")
        let minutes = held.reduce(0) { $0 + $1.durationMinutes }
        let duration = minutes < 60 ? "\(minutes) мин." : "\(minutes / 60) ч. \(minutes % 60) мин."
        let text = mentorship.report
        return SectionedDocument(
            organization: organizationName, title: "Аналитический отчёт наставника о работе пары (группы)",
            facts: facts,
            sections: [
                .init(
                    "Цели персонализированной программы и их достижение",
                    [
                        .table(
                            columns: ["№", "Цель", "Запрос наставляемого", "Состояние"], widths: [6, 44, 32, 18],
                            rows: goalRows),
                        .text(
                            "Задач выполнено: \(personalPlan.tasks.filter { $0.status == .done }.count) из \(personalPlan.tasks.filter { $0.status != .cancelled }.count)"
                                + (personalPlan.progressPercent.map { " (\($0) %)." } ?? ".")),
                    ]),
                .init(
                    "Проведённые встречи",
                    [
                        .text(
                            "Проведено встреч: \(held.count), всего \(duration)"
                                + (types.isEmpty ? "" : " По видам: \(types).")),
                        .table(
                            columns: ["№", "Дата и время", "Вид встречи", "Тема", "Состояние"],
                            widths: [6, 20, 24, 34, 16], rows: meetingRows),
                    ]),
                .init(
                    "Обратная связь участников",
                    [
                        .text(
                            "Средняя оценка встреч наставляемыми: \(average(.mentee)).\nСредняя оценка встреч наставником: \(average(.mentor))."
                        )
                    ]),
                .init(
                    "Изменения по итогам программы (входной и итоговый замер)",
                    [
                        .text(
                            "Замеры вносятся по анкете мониторинга влияния; при их отсутствии раздел заполняется наставником."
                        )
                    ]),
                .init("Результаты работы (текст наставника)", [.text(text.results)]),
                .init("Трудности и как они решались", [.text(text.difficulties)]),
                .init("Предложения", [.text(text.proposals)]),
            ], signatures: ["Наставник", "Куратор"])
    }
}
