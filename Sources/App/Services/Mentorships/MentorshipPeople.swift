import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The people of loaded mentorships, named only while their consent is valid (and, from an authority, only with
/// a consent to be reported by name).
struct MentorshipPeople {
    struct Member {
        var profileID: UUID
        var person: PersonModel
        var named: Bool
        var consentProblem: String?
        /// Built once: every name and role below reads it, and building it parses the stored columns.
        var details: Person.Details

        var name: String { named ? details.fullName : "Участник без действующего согласия" }
        var shortName: String { named ? details.shortName : "Участник без согласия" }
        var role: String { named ? BaseRows.role(details) : "" }
        var email: String? { named ? details.email : nil }
    }

    private(set) var mentors: [UUID: Member] = [:]
    private(set) var mentees: [UUID: Member] = [:]

    /// Loads the mentor and mentee profiles (with people and consents) of the mentorships, co-mentors included.
    static func load(
        _ mentorships: [MentorshipModel], access: OrganizationAccess?, scope: RequestScope
    ) async throws -> MentorshipPeople {
        var people = MentorshipPeople()
        let mentorIDs = Array(Set(mentorships.flatMap { [$0.$mentor.id] + $0.coMentors }))
        let menteeIDs = Array(Set(mentorships.flatMap { $0.mentees.map { $0.$mentee.id } }))
        let mentors = try await chunks(mentorIDs) {
            try await PersonModel.behind(profiles: $0, in: MentorProfileModel.schema, on: scope.db)
        }
        let mentees = try await chunks(menteeIDs) {
            try await PersonModel.behind(profiles: $0, in: MenteeProfileModel.schema, on: scope.db)
        }
        let consents = try await ConsentLookup(db: scope.db).consents(
            of: (mentors + mentees).map { try $0.person.requireID() })
        func member(_ profileID: UUID, _ person: PersonModel) throws -> Member {
            let own = consents[(try person.requireID())] ?? []
            let details = person.details
            let problem = MentorshipRules.consentProblem(person.value(with: details), consents: own, on: scope.today)
            let shown = problem == nil && (access?.showsName(consents: own, on: scope.today) ?? true)
            return Member(profileID: profileID, person: person, named: shown, consentProblem: problem, details: details)
        }
        for mentor in mentors { people.mentors[mentor.profile] = try member(mentor.profile, mentor.person) }
        for mentee in mentees { people.mentees[mentee.profile] = try member(mentee.profile, mentee.person) }
        return people
    }

    private static func chunks<T>(_ ids: [UUID], _ load: ([UUID]) async throws -> [T]) async throws -> [T] {
        var result: [T] = []
        for chunk in ids.chunks(of: 500) { result += try await load(chunk) }
        return result
    }

    func mentor(of mentorship: MentorshipModel) -> Member? { mentors[mentorship.$mentor.id] }
    func coMentors(of mentorship: MentorshipModel) -> [Member] { mentorship.coMentors.compactMap { mentors[$0] } }
    func mentees(of mentorship: MentorshipModel) -> [Member] {
        mentorship.mentees.compactMap { mentees[$0.$mentee.id] }
    }

    func mentorName(_ mentorship: MentorshipModel) -> String { mentor(of: mentorship)?.name ?? "—" }
    func menteeNames(_ mentorship: MentorshipModel) -> String {
        mentees(of: mentorship).map(\.name).joined(separator: ", ")
    }

    /// Everyone in the pair or group, mentors first.
    func everyone(in mentorship: MentorshipModel) -> [Member] {
        [mentor(of: mentorship)].compactMap { $0 } + coMentors(of: mentorship) + mentees(of: mentorship)
    }
}
