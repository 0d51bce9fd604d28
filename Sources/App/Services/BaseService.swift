import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// A profile in a base with its person and whether the person may be in the base today.
struct BaseEntry<Profile: Model> {
    var profile: Profile
    var person: PersonModel
    var problems: [EligibilityProblem]

    var inBase: Bool { problems.isEmpty }
}

typealias MentorEntry = BaseEntry<MentorProfileModel>
typealias MenteeEntry = BaseEntry<MenteeProfileModel>

/// The mentor base and the mentee base of a program. Every read is audited; people without a valid consent
/// stay out of the base (the curator sees them apart, as people to collect consent from).
struct BaseService {
    let scope: RequestScope

    var audit: AuditLog { AuditLog(scope: scope) }

    func mentors(_ programID: UUID) async throws -> (ProgramContext, [MentorEntry]) {
        let context = try await ProgramService(scope: scope).program(programID)
        return (context, try await mentors(in: context))
    }

    /// The mentor base of a program the caller has already reached.
    func mentors(in context: ProgramContext) async throws -> [MentorEntry] {
        let programID = context.id
        let profiles = try await MentorProfileModel.read(program: programID, on: scope.db)
        let entries = try await entries(profiles, person: \.$person) { profile, person, consents in
            Eligibility.mentorProblems(person, forms: profile.mentoringForms, consents: consents, on: scope.today)
        }
        try await audit.record(
            .list, .mentorBase, objectID: programID, organizationID: context.organization.id, role: context.access.role)
        return entries
    }

    func mentees(_ programID: UUID) async throws -> (ProgramContext, [MenteeEntry]) {
        let context = try await ProgramService(scope: scope).program(programID)
        return (context, try await mentees(in: context))
    }

    /// The mentee base of a program the caller has already reached.
    func mentees(in context: ProgramContext) async throws -> [MenteeEntry] {
        let programID = context.id
        let profiles = try await MenteeProfileModel.read(program: programID, on: scope.db)
        let entries = try await entries(profiles, person: \.$person) { profile, person, consents in
            Eligibility.menteeProblems(person, form: profile.form, consents: consents, on: scope.today)
        }
        try await audit.record(
            .list, .menteeBase, objectID: programID, organizationID: context.organization.id, role: context.access.role)
        return entries
    }

    /// The profiles' entries: their people (read as plain rows and set on the profiles too), consents and problems.
    private func entries<P: Model>(
        _ profiles: [P], person: KeyPath<P, ParentProperty<P, PersonModel>>,
        problems: (P, Person, [Consent]) -> [EligibilityProblem]
    ) async throws -> [BaseEntry<P>] {
        let ids = profiles.map { $0[keyPath: person].id }
        let people = try await PersonModel.read(ids, on: scope.db)
        let consents = try await ConsentLookup(db: scope.db).consents(of: ids)
        return try profiles.map { profile in
            guard let owner = people[profile[keyPath: person].id] else { throw DomainError.notFound }
            profile[keyPath: person].value = owner
            let value = owner.value
            return BaseEntry(
                profile: profile, person: owner,
                problems: problems(profile, value, consents[(try owner.requireID())] ?? []))
        }.sorted { $0.person.searchKey < $1.person.searchKey }
    }

    /// One mentor profile, read for its page (audited); 404 outside the user's organizations.
    func mentor(_ id: UUID) async throws -> (ProgramContext, MentorEntry) {
        guard let profile = try await MentorProfileModel.find(id, on: scope.db) else { throw DomainError.notFound }
        let context = try await ProgramService(scope: scope).program(profile.$program.id)
        let entry = try await entries([profile], person: \.$person) { profile, person, consents in
            Eligibility.mentorProblems(person, forms: profile.mentoringForms, consents: consents, on: scope.today)
        }[0]
        try await audit.record(
            .read, .mentorProfile, objectID: id, personID: profile.$person.id,
            organizationID: context.organization.id, role: context.access.role)
        return (context, entry)
    }

    func mentee(_ id: UUID) async throws -> (ProgramContext, MenteeEntry) {
        guard let profile = try await MenteeProfileModel.find(id, on: scope.db) else { throw DomainError.notFound }
        let context = try await ProgramService(scope: scope).program(profile.$program.id)
        let entry = try await entries([profile], person: \.$person) { profile, person, consents in
            Eligibility.menteeProblems(person, form: profile.form, consents: consents, on: scope.today)
        }[0]
        try await audit.record(
            .read, .menteeProfile, objectID: id, personID: profile.$person.id,
            organizationID: context.organization.id, role: context.access.role)
        return (context, entry)
    }
}
