import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The fields of the event form.
enum EventForm {
    static func fields(_ input: MentoringEventInput, failure: ValidationFailure?) -> [FormField] {
        [
            FormField(
                "kind", "Вид мероприятия", kind: "select", required: true, failure: failure,
                options: FormField.options(
                    MentoringEventKind.self, selected: input.kind ?? MentoringEventKind.groupMeeting.rawValue,
                    title: \.title)),
            FormField("title", "Название", value: input.title, required: true, failure: failure),
            FormField("heldOn", "Дата", kind: "date", value: input.heldOn, required: true, failure: failure),
            FormField(
                "place", "Место или ссылка", value: input.place, help: "Кабинет, зал, адрес или ссылка на трансляцию.",
                failure: failure),
            FormField("summary", "Что было", kind: "textarea", value: input.summary, failure: failure),
        ]
    }
}

/// The organization's events and the form to record one (`organizations/events.leaf`).
struct EventListContext: FormContext {
    static let template = "organizations/events"

    struct Row: Encodable, Sendable {
        var url: String
        var title: String
        var kind: String
        var date: String
        var present: Int
    }

    var meta: PageMeta
    var form: FormPage.Form
    var notice: String?
    var manages: Bool
    var events: [Row]

    init(
        meta: PageMeta, notice: String?, organization: UUID, access: OrganizationAccess, events: [MentoringEventModel],
        input: MentoringEventInput, failure: ValidationFailure?
    ) throws {
        self.meta = meta
        self.notice = notice
        manages = access.manages
        self.events = try events.map {
            Row(
                url: SiteURL.event(.id(try $0.requireID())).path, title: $0.title, kind: $0.kind.title,
                date: $0.heldOn.russian, present: $0.participants.count)
        }
        form = .init(
            action: SiteURL.events(.id(organization)).path, fields: EventForm.fields(input, failure: failure),
            submitTitle: "Записать мероприятие", cancelURL: SiteURL.organization(.id(organization)).path)
    }
}

/// An event: its record (a form for who manages), who was present, its materials, the roadmap activity it proves.
struct EventPageContext: FormContext {
    static let template = "events/show"

    struct Person: Encodable, Sendable {
        var id: String
        var name: String
        var present: Bool
    }

    var meta: PageMeta
    var form: FormPage.Form
    var notice: String?
    var manages: Bool
    var facts: [Fact]
    var people: [Person]
    var participantsAction: String
    var materials: [Link]
    var materialsAction: String
    var activities: [FormField.Option]
    var evidenceAction: String

    init(
        meta: PageMeta, notice: String?, card: EventCard, input: MentoringEventInput?, failure: ValidationFailure?
    ) throws {
        let id = Slot.id(try card.event.requireID())
        let event = card.event
        self.meta = meta
        self.notice = notice
        manages = card.access.manages
        facts = [
            Fact(label: "Вид", value: event.kind.title), Fact(label: "Дата", value: event.heldOn.russian),
            Fact(label: "Место", value: event.place ?? ""), Fact(label: "Что было", value: event.summary ?? ""),
            Fact(label: "Присутствовали", value: "\(card.people.filter(\.present).count)"),
        ]
        people = card.people.map { Person(id: $0.id.uuidString, name: $0.name, present: $0.present) }
        participantsAction = SiteURL.eventParticipants(id).path
        materials = try card.materials.map {
            Link($0.fileName, .eventMaterial(event: id, material: .id(try $0.requireID())))
        }
        materialsAction = SiteURL.eventMaterials(id).path
        activities = try RoadmapActivityModel.options(card.activities)
        evidenceAction = SiteURL.eventEvidence(id).path
        form = .init(
            action: SiteURL.event(id).path,
            fields: EventForm.fields(input ?? MentoringEventInput(event.details), failure: failure),
            submitTitle: "Сохранить", cancelURL: SiteURL.events(.id(event.$organization.id)).path)
    }
}
