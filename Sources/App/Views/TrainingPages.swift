import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The fields of the course form and of the session form.
enum TrainingForm {
    static func fields(_ input: TrainingInput, failure: ValidationFailure?) -> [FormField] {
        [
            FormField("title", "Название курса", value: input.title, required: true, failure: failure),
            FormField(
                "provider", "Кто проводит", value: input.provider, required: true,
                help: "Методический центр, институт развития образования, школа-наставник.", failure: failure),
            FormField("hours", "Объём, часов", kind: "number", value: input.hours, required: true, failure: failure),
            FormField("startsOn", "Первый день", kind: "date", value: input.startsOn, required: true, failure: failure),
            FormField("endsOn", "Последний день", kind: "date", value: input.endsOn, required: true, failure: failure),
            FormField("place", "Место или ссылка", value: input.place, failure: failure),
        ]
    }

    static func sessionFields(_ input: TrainingSessionInput, failure: ValidationFailure?) -> [FormField] {
        [
            FormField("heldOn", "День занятия", kind: "date", value: input.heldOn, required: true, failure: failure),
            FormField("topic", "Тема", value: input.topic, required: true, failure: failure),
        ]
    }

    static func facts(_ training: TrainingModel) -> [Fact] {
        [
            Fact(label: "Кто проводит", value: training.provider),
            Fact(label: "Объём", value: RussianCount.hours(training.hours)),
            Fact(label: "Сроки", value: "с \(training.startsOn.russian) по \(training.endsOn.russian)"),
            Fact(label: "Место", value: training.place ?? ""),
        ]
    }
}

/// A row of a list of courses.
struct TrainingRow: Encodable, Sendable {
    var url: String
    var title: String
    var provider: String
    var hours: String
    var dates: String
    var registered: Int

    init(_ training: TrainingModel, url: SiteURL, registered: Int) {
        self.url = url.path
        (title, provider, hours) = (training.title, training.provider, RussianCount.hours(training.hours))
        dates = "\(training.startsOn.russian) — \(training.endsOn.russian)"
        self.registered = registered
    }
}

/// A municipality's training plan and the form to plan a course (`trainings/plan.leaf`).
struct TrainingPlanContext: FormContext {
    static let template = "trainings/plan"

    var meta: PageMeta
    var form: FormPage.Form
    var notice: String?
    var trainings: [TrainingRow]

    init(
        meta: PageMeta, notice: String?, municipality: UUID, trainings: [TrainingModel], registered: [UUID: Int],
        input: TrainingInput, failure: ValidationFailure?
    ) throws {
        (self.meta, self.notice) = (meta, notice)
        self.trainings = try trainings.map {
            let id = try $0.requireID()
            return TrainingRow($0, url: .training(.id(id)), registered: registered[id] ?? 0)
        }
        form = .init(
            action: SiteURL.trainings(.id(municipality)).path, fields: TrainingForm.fields(input, failure: failure),
            submitTitle: "Запланировать курс", cancelURL: SiteURL.municipalBases.path)
    }
}

/// A course for its coordinator (`trainings/show.leaf`): the sessions and the form to add one, the attendance of
/// everyone registered, the certificates, and the course's own form.
struct TrainingPageContext: FormContext {
    static let template = "trainings/show"

    struct Mark: Encodable, Sendable {
        var value: String
        var checked: Bool
        var label: String
    }

    struct Registrant: Encodable, Sendable {
        var name: String
        var organization: String
        var certificate: String
        var marks: [Mark]
    }

    var meta: PageMeta
    var form: FormPage.Form
    var notice: String?
    var facts: [Fact]
    var sessions: [Fact]
    var sessionFields: [FormField]
    var sessionAction: String
    var registrants: [Registrant]
    var attendanceAction: String
    var certificatesAction: String
    var certificatesURL: String?

    init(
        meta: PageMeta, notice: String?, card: TrainingCard, input: TrainingInput?, session: TrainingSessionInput,
        failure: ValidationFailure?
    ) throws {
        let id = Slot.id(try card.training.requireID())
        (self.meta, self.notice) = (meta, notice)
        facts = TrainingForm.facts(card.training)
        sessions = card.sessions.map { Fact(label: $0.heldOn.russian, value: $0.topic) }
        sessionFields = TrainingForm.sessionFields(session, failure: failure)
        sessionAction = SiteURL.trainingSessions(id).path
        registrants = try card.registrants.map { registrant in
            Registrant(
                name: registrant.name, organization: registrant.organization,
                certificate: registrant.certificate.map { "№ \($0)" } ?? "",
                marks: try card.sessions.map { session in
                    let sessionID = try session.requireID()
                    return Mark(
                        value: "\(registrant.id.uuidString):\(sessionID.uuidString)",
                        checked: registrant.attended.contains(sessionID),
                        label: "\(registrant.name), \(session.heldOn.russian)")
                })
        }
        attendanceAction = SiteURL.trainingAttendance(id).path
        certificatesAction = SiteURL.trainingCertificates(id).path
        certificatesURL =
            card.registrants.contains { $0.certificate != nil } ? SiteURL.trainingCertificatesDocument(id).path : nil
        form = .init(
            action: SiteURL.training(id).path,
            fields: TrainingForm.fields(input ?? TrainingInput(card.training.details), failure: failure),
            submitTitle: "Сохранить", cancelURL: SiteURL.trainings(.id(card.training.$municipality.id)).path)
    }
}

/// The courses of the organization's municipality with how many of its people are registered
/// (`organizations/trainings.leaf`).
struct OrganizationTrainingsContext: Encodable, Sendable {
    var meta: PageMeta
    var trainings: [TrainingRow]
}

/// A course seen from an organization (`organizations/training.leaf`): its sessions, the organization's mentors to
/// register and what each attended, and the roadmap activity it proves.
struct OrganizationTrainingContext: Encodable, Sendable {
    struct Person: Encodable, Sendable {
        var id: String
        var name: String
        var registered: Bool
        var attended: String
        var certificate: String
    }

    var meta: PageMeta
    var notice: String?
    var problem: String?
    var facts: [Fact]
    var sessions: [Fact]
    var people: [Person]
    var registers: Bool
    var registrationAction: String
    var activities: [FormField.Option]
    var evidenceAction: String

    init(meta: PageMeta, notice: String?, problem: String?, card: OrganizationTrainingCard, today: CalendarDate) throws
    {
        let (org, training) = (Slot.id(try card.organization.requireID()), Slot.id(try card.training.requireID()))
        (self.meta, self.notice, self.problem) = (meta, notice, problem)
        facts = TrainingForm.facts(card.training)
        sessions = card.sessions.map { Fact(label: $0.heldOn.russian, value: $0.topic) }
        people = card.people.map {
            Person(
                id: $0.id.uuidString, name: $0.name, registered: $0.registered,
                attended: $0.registered ? "\($0.attended) из \(card.sessions.count)" : "",
                certificate: $0.certificate.map { "№ \($0)" } ?? "")
        }
        registers = card.access.manages && today <= card.training.endsOn
        registrationAction = SiteURL.organizationTraining(organization: org, training: training).path
        activities = card.access.manages ? try RoadmapActivityModel.options(card.activities) : []
        evidenceAction = SiteURL.organizationTrainingEvidence(organization: org, training: training).path
    }
}
