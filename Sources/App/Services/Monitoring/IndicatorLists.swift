import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The lists behind the figures: the same conditions as the counts, so every number opens what it counted. People are
/// named only while their consent is valid and, for an authority, only with a consent to be reported by name. Every
/// list read is audited.
struct IndicatorLists {
    let scope: RequestScope
    let queries: MonitoringRepository
    /// The organizations in view with the user's access and their short names.
    let organizations: [UUID: (name: String, access: OrganizationAccess)]

    /// A counted person; `details` only when the person may be named, `opens` when the user may open the card.
    struct CountedPerson: Sendable {
        var id: UUID
        var details: Person.Details?
        var opens: Bool
        var organization: String
        var age: Int?
        var sortKey: String
    }

    /// A satisfaction answer: never named, whatever the survey — the share is what is reported.
    struct CountedAnswer: Sendable {
        var organization: String
        var survey: String
        var submittedAt: Date
        var mark: Int
        var scaleMax: Int
        var satisfied: Bool
    }

    /// A mentee's request for a mentor; `name` only when the mentee may be named.
    struct CountedRequest: Sendable {
        var profile: UUID
        var name: String?
        var opens: Bool
        var organization: String
        var form: MentoringForm
        var waitingSince: CalendarDate
        var status: MenteeProfile.Status
    }

    func people(_ measure: PeopleMeasure, _ filter: MonitoringRepository.Filter) async throws -> [CountedPerson] {
        let people = try await PersonModel.read(queries.people(measure, filter).map(\.person), on: scope.db).values
        let consents = try await ConsentLookup(db: scope.db).consents(of: people.map { try $0.requireID() })
        let counted = try people.map { person in
            let organization = organizations[person.$organization.id]
            let named = isNamed(
                person, consents: consents[(try person.requireID())] ?? [], access: organization?.access)
            return CountedPerson(
                id: try person.requireID(), details: named ? person.details : nil,
                opens: named && organization?.access.readsAll == true
                    && !(organization?.access.namesNeedConsent ?? true),
                organization: organization?.name ?? "",
                age: CalendarDate(parsing: person.birthDate).map { $0.fullYears(until: queries.rules.referenceDate) },
                sortKey: named ? person.searchKey : "я")
        }.sorted { $0.sortKey < $1.sortKey }
        try await audit(measure.rawValue)
        return counted
    }

    func answers(_ key: String, _ filter: MonitoringRepository.Filter) async throws -> [CountedAnswer] {
        let threshold = queries.rules.threshold
        let answers = try await queries.answers(key, filter).map { answer in
            CountedAnswer(
                organization: organizations[answer.organization]?.name ?? "", survey: answer.survey,
                submittedAt: answer.submittedAt, mark: answer.mark, scaleMax: answer.scaleMax,
                satisfied: threshold.isSatisfied(mark: answer.mark, scaleMax: answer.scaleMax))
        }
        try await audit(key)
        return answers
    }

    /// Mentee profiles that asked for a mentor in programs of the period, with whether they got one.
    func requests(_ filter: MonitoringRepository.Filter) async throws -> [CountedRequest] {
        let found = try await queries.requests(filter)
        let people = try await PersonModel.read(found.map(\.person), on: scope.db)
        let consents = try await ConsentLookup(db: scope.db).consents(of: found.map(\.person))
        let requests = try found.map { request in
            let person = people[request.person]
            let organization = organizations[request.organization]
            let named =
                try person.map {
                    isNamed($0, consents: consents[(try $0.requireID())] ?? [], access: organization?.access)
                } ?? false
            return CountedRequest(
                profile: request.profile, name: named ? person?.details.fullName : nil,
                opens: named && organization?.access.manages == true, organization: organization?.name ?? "",
                form: request.form, waitingSince: request.waitingSince, status: request.status)
        }
        try await audit("requests")
        return requests
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
