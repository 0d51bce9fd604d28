import Foundation
import MentoringCore

/// A new meeting of a pair (`meetings/new.leaf`).
struct MeetingFormContext: FormContext {
    static let template = "meetings/new"
    var meta: PageMeta
    var form: FormPage.Form
    /// How many days back a past meeting may be logged.
    var logDays: Int

    init(meta: PageMeta, mentorship: UUID, input: MeetingInput, logDays: Int, failure: ValidationFailure?) {
        self.meta = meta
        self.logDays = logDays
        form = .init(
            action: SiteURL.newMeeting(.id(mentorship)).path,
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
            ], submitTitle: "Сохранить встречу", cancelURL: SiteURL.mentorship(.id(mentorship)).path)
    }
}

/// A meeting's page (`meetings/meeting.leaf`): its facts, and while it is planned, the form that marks it held
/// or cancelled.
struct MeetingOutcomeContext: FormContext {
    static let template = "meetings/meeting"
    /// What the page says about the meeting.
    struct Facts: Encodable, Sendable {
        var type: String
        var topic: String
        var startsAt: String
        var durationMinutes: Int
        var format: String
        var place: String
        var status: String
        var present: String
        var notes: String?
    }

    var meta: PageMeta
    var form: FormPage.Form
    var facts: Facts

    /// - Parameters:
    ///   - people: the pair's participants, each with the name the page may show.
    ///   - open: the meeting is planned and the reader keeps the pair's records.
    init(
        meta: PageMeta, meeting: MeetingSummary, details: (minutes: Int, format: MeetingPlace, notes: String?),
        mentorship: UUID, people: [(id: UUID, name: String)], attended: [UUID: Bool], tasks: [PersonalPlan.Task],
        open: Bool, failure: ValidationFailure?
    ) {
        self.meta = meta
        facts = Facts(
            type: meeting.type.title, topic: meeting.topic, startsAt: MeetingClock.russian(meeting.startsAt),
            durationMinutes: details.minutes, format: details.format.title.lowercased(), place: meeting.place,
            status: meeting.status.title.lowercased(),
            present: people.filter { attended[$0.id] == true }.map(\.name).joined(separator: ", "),
            notes: details.notes)
        let fields =
            open
            ? [
                FormField(
                    "action", "Что произошло", kind: "select", required: true, failure: failure,
                    options: [
                        .init(value: "held", title: "Встреча проведена", selected: true),
                        .init(value: "cancelled", title: "Встреча отменена", selected: false),
                    ]),
                FormField(
                    "attended", "Кто присутствовал", kind: "checkboxes", failure: failure,
                    options: people.map { .init(value: $0.id.uuidString, title: $0.name, selected: true) }),
                FormField(
                    "tasks", "Над какими задачами плана работали", kind: "checkboxes", failure: failure,
                    options: tasks.filter { $0.status == .planned }.map {
                        .init(value: $0.id, title: $0.title, selected: false)
                    }),
                FormField("notes", "Итоги встречи", kind: "textarea", value: details.notes, failure: failure),
            ] : []
        form = .init(
            action: SiteURL.meeting(.id(meeting.id.rawValue)).path, fields: fields,
            submitTitle: open ? "Сохранить" : "", cancelURL: SiteURL.mentorship(.id(mentorship)).path)
    }
}
