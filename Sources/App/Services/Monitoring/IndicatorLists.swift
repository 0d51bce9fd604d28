import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import SQLKit

/// The lists behind the figures: the same conditions as the counts, so every number opens what it counted. People are
/// named only while their consent is valid and, for an authority, only with a consent to be reported by name.
struct IndicatorLists {
    let scope: RequestScope
    let queries: MonitoringRepository
    /// The organizations in view with the user's access and their short names.
    let organizations: [UUID: (name: String, access: OrganizationAccess)]

    private var sql: any SQLDatabase { queries.sql }

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
        let rows = try await sql.raw(
            """
            SELECT s.organization_id, s.title, r.submitted_at, r.overall, r.overall_max FROM \(queries.answerSource(filter, keys: [key]))
            ORDER BY r.submitted_at
            """
        ).all().map { row -> TablePage.Row in
            let mark = try row.decode(column: "overall", as: Int.self)
            let top = try row.decode(column: "overall_max", as: Int.self)
            let satisfied = threshold.isSatisfied(mark: mark, scaleMax: top)
            return .init(cells: [
                .init(organizations[try row.decode(column: "organization_id", as: UUID.self)]?.name ?? ""),
                .init(try row.decode(column: "title", as: String.self)),
                .init(MeetingClock.russian(try row.decode(column: "submitted_at", as: Date.self))),
                .init("\(mark) из \(top)"),
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
        let found = try await sql.raw(
            """
            SELECT mp.id, mp.organization_id, mp.person_id, mp.status, mp.form, mp.waiting_since FROM \(queries.requestSource(filter))
            """
        ).all()
        let personIDs = try found.map { try $0.decode(column: "person_id", as: UUID.self) }
        let people = try await PersonModel.read(personIDs, on: scope.db)
        let consents = try await ConsentLookup(db: scope.db).consents(of: personIDs)
        let rows = try found.map { row -> TablePage.Row in
            let person = people[try row.decode(column: "person_id", as: UUID.self)]
            let organization = organizations[try row.decode(column: "organization_id", as: UUID.self)]
            let named =
                person.map { isNamed($0, consents: consents[$0.id!] ?? [], access: organization?.access) } ?? false
            let status = try row.decode(column: "status", as: MenteeProfile.Status.self)
            return .init(cells: [
                .init(
                    named ? person!.details.fullName : "Участник без действующего согласия",
                    url: named && organization?.access.manages == true
                        ? SiteURL.menteeProfile(.id(try row.decode(column: "id", as: UUID.self))).path : nil),
                .init(organization?.name ?? ""),
                .init(try row.decode(column: "form", as: MentoringForm.self).title),
                .init(try row.decode(column: "waiting_since", as: CalendarDate.self).russian),
                .init(status.title, status: status == .inBase ? "planned" : "done"),
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
