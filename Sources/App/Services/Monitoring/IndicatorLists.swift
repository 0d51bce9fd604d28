import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The lists behind the figures: the same conditions as the counts, so every number opens what it counted. People are
/// named only while their consent is valid and, for an authority, only with a consent to be reported by name.
struct IndicatorLists {
    let scope: RequestScope
    let queries: MonitoringRepository
    /// The organizations in view with the user's access and their short names.
    let organizations: [UUID: (name: String, access: OrganizationAccess)]

    func people(
        _ measure: PeopleMeasure, _ filter: MonitoringRepository.Filter, title: String
    ) async throws -> TablePage.Table {
        let people = try await PersonModel.read(queries.people(measure, filter).map(\.person), on: scope.db).values
        let consents = try await ConsentLookup(db: scope.db).consents(of: people.map { $0.id! })
        let rows = people.map { person -> (String, TablePage.Row) in
            let organization = organizations[person.$organization.id]
            let named = isNamed(person, consents: consents[person.id!] ?? [], access: organization?.access)
            let name = named ? person.details.fullName : "Участник без действующего согласия"
            let age =
                CalendarDate(parsing: person.birthDate).map { String($0.fullYears(until: queries.rules.referenceDate)) }
                ?? ""
            return (
                named ? person.searchKey : "я",
                TablePage.Row(cells: [
                    .init(
                        name,
                        url: named && organization?.access.readsAll == true
                            && !(organization?.access.namesNeedConsent ?? true)
                            ? SiteURL.person(.id(person.id!)).path : nil),
                    .init(organization?.name ?? ""), .init(named ? BaseRows.role(person.details) : ""), .init(age),
                ])
            )
        }.sorted { $0.0 < $1.0 }.map(\.1)
        try await audit(measure.rawValue)
        return .init(
            title: title,
            columns: [
                "ФИО", "Организация", "Класс, должность", "Полных лет на \(queries.rules.referenceDate.russian)",
            ],
            rows: rows, empty: "Никого: показатель равен нулю.")
    }

    /// Satisfaction answers: never named, whatever the survey — the share is what is reported.
    func answers(_ key: String, _ filter: MonitoringRepository.Filter, title: String) async throws -> TablePage.Table {
        let threshold = queries.rules.threshold
        let rows = try await queries.answers(key, filter).map { answer -> TablePage.Row in
            let satisfied = threshold.isSatisfied(mark: answer.mark, scaleMax: answer.scaleMax)
            return .init(cells: [
                .init(organizations[answer.organization]?.name ?? ""), .init(answer.survey),
                .init(MeetingClock.russian(answer.submittedAt)), .init("\(answer.mark) из \(answer.scaleMax)"),
                satisfied ? .init("удовлетворён", status: "done") : .init("ниже порога", status: "overdue"),
            ])
        }
        try await audit(key)
        return .init(
            title: title,
            columns: ["Организация", "Анкетирование", "Ответ получен", "Общая оценка", "Порог \(threshold.text)"],
            rows: rows, empty: "Ответов на анкету удовлетворённости за этот период нет.")
    }

    /// Mentee profiles that asked for a mentor in programs of the period, with whether they got one.
    func requests(_ filter: MonitoringRepository.Filter, title: String) async throws -> TablePage.Table {
        let found = try await queries.requests(filter)
        let people = try await PersonModel.read(found.map(\.person), on: scope.db)
        let consents = try await ConsentLookup(db: scope.db).consents(of: found.map(\.person))
        let rows = found.map { request -> TablePage.Row in
            let person = people[request.person]
            let organization = organizations[request.organization]
            let named =
                person.map { isNamed($0, consents: consents[$0.id!] ?? [], access: organization?.access) } ?? false
            return .init(cells: [
                .init(
                    named ? person!.details.fullName : "Участник без действующего согласия",
                    url: named && organization?.access.manages == true
                        ? SiteURL.menteeProfile(.id(request.profile)).path : nil),
                .init(organization?.name ?? ""), .init(request.form.title), .init(request.waitingSince.russian),
                .init(request.status.title, status: request.status == .inBase ? "planned" : "done"),
            ])
        }
        try await audit("requests")
        return .init(
            title: title, columns: ["Наставляемый", "Организация", "Форма", "В очереди с", "Состояние"], rows: rows,
            empty: "Запросов наставляемых за этот период нет.")
    }

    /// A counted person is shown by name only with a valid consent and, for an authority, a consent to report by name.
    private func isNamed(_ person: PersonModel, consents: [Consent], access: OrganizationAccess?) -> Bool {
        guard let access else { return false }
        return MentorshipRules.consentProblem(person.value, consents: consents, on: scope.today) == nil
            && access.showsName(consents: consents, on: scope.today)
    }

    func audit(_ measure: String) async throws {
        try await AuditLog(scope: scope).record(.list, .indicators, role: scope.user.mainRole, fields: [measure])
    }
}
