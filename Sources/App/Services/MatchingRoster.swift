import Fluent
import FluentKit
import Foundation
import Matching
import MentoringCore
import Persistence

/// Who is who in a run: the name and class or position behind each profile id. A person without a valid
/// consent is never named.
struct MatchingRoster {
    struct Entry {
        var name: String
        var role: String
        var personID: UUID

        init<Profile>(_ entry: BaseEntry<Profile>) throws {
            let details = entry.person.details
            name = details.fullName
            role = BaseRows.role(details)
            personID = (try entry.person.requireID())
        }
    }

    private(set) var mentors: [String: Entry] = [:]
    private(set) var mentees: [String: Entry] = [:]

    /// Names for every profile with a valid consent, whatever its status: accepted runs still read them.
    init(mentors: [MentorEntry], mentees: [MenteeEntry]) throws {
        for entry in mentors where entry.inBase {
            self.mentors[(try entry.profile.requireID()).uuidString] = try Entry(entry)
        }
        for entry in mentees where entry.inBase {
            self.mentees[(try entry.profile.requireID()).uuidString] = try Entry(entry)
        }
    }

    /// The names of several programs' bases together (profile ids are unique across programs).
    mutating func add(_ other: MatchingRoster) {
        mentors.merge(other.mentors) { a, _ in a }
        mentees.merge(other.mentees) { a, _ in a }
    }

    /// Profile id → full name, both bases.
    var names: [String: String] { mentors.mapValues(\.name).merging(mentees.mapValues(\.name)) { a, _ in a } }

    func mentorName(_ id: String) -> String { mentors[id]?.name ?? "Наставник не найден" }
    func menteeName(_ id: String) -> String { mentees[id]?.name ?? "Наставляемый не найден" }
}

/// Builds a run's setup from the program's bases: mentors not left, mentees waiting for a pair, held
/// mentorships of any program holding places (`Placements`), the preference questionnaire's rankings, the
/// consent of each person, and whether each mentor may mentor minors (`CertificateRule`).
struct MatchingSetupBuilder {
    let scope: RequestScope

    /// The names behind a run's ids: the two bases only (their read is audited).
    func roster(_ context: ProgramContext) async throws -> MatchingRoster {
        let mentors = try await BaseService(scope: scope).mentors(in: context)
        let mentees = try await BaseService(scope: scope).mentees(in: context)
        return try MatchingRoster(mentors: mentors, mentees: mentees)
    }

    func build(_ context: ProgramContext) async throws -> MatchSetup {
        let mentorEntries = try await BaseService(scope: scope).mentors(in: context)
        let menteeEntries = try await BaseService(scope: scope).mentees(in: context)
        // Places are a person's, across all their programs: a pair in another program fills them too.
        let placements = Placements(db: scope.db)
        let load = try await placements.held(as: .mentor, people: mentorEntries.map { $0.profile.$person.id })
        let placed = try await placements.held(as: .mentee, people: menteeEntries.map { $0.profile.$person.id })
        let rankings = try await self.rankings(context, mentors: mentorEntries, mentees: menteeEntries)
        let certificates = try await CertificateLookup(db: scope.db).latest(
            of: mentorEntries.map { $0.profile.$person.id })
        let validity = context.organization.certificateValidityMonths
        let organization = (try context.organization.requireID()).uuidString
        let mentors = try mentorEntries.filter { $0.profile.status != MentorProfile.Status.left }.map { entry in
            let profile = entry.profile.value
            let details = entry.person.details
            let id = (try entry.profile.requireID()).uuidString
            return MatchMentor(
                id: id, forms: profile.forms, organization: organization, competencies: profile.competencies,
                interests: profile.interests, weeklyHours: profile.weeklyHours, capacity: profile.capacity,
                activeMentees: load[entry.profile.$person.id] ?? 0, groupAllowed: profile.groupAllowed,
                offeredToOthers: profile.offeredToOthers, format: profile.format,
                grade: Eligibility.gradeNumber(details.grade), age: details.age(on: scope.today),
                experienceYears: details.teachingExperienceYears, hasConsent: entry.inBase, isStaff: details.isStaff,
                hasRecordCertificate: CertificateStatus(
                    latest: certificates[entry.profile.$person.id], on: scope.today, validityMonths: validity
                ).permitsMinors,
                ranking: rankings[id] ?? [])
        }
        let waiting: [MenteeProfile.Status] = [.candidate, .inBase]
        let mentees = try menteeEntries.filter {
            waiting.contains($0.profile.status) && placed[$0.profile.$person.id] == nil
        }.map { entry in
            let profile = entry.profile.value
            let details = entry.person.details
            let id = (try entry.profile.requireID()).uuidString
            return MatchMentee(
                id: id, form: profile.form, organization: organization,
                requests: profile.requests.map { MatchRequest(text: $0.text, priority: $0.priority) },
                interests: profile.interests, weeklyHours: profile.weeklyHours, format: profile.format,
                grade: Eligibility.gradeNumber(details.grade), age: details.age(on: scope.today),
                experienceYears: details.teachingExperienceYears, hasConsent: entry.inBase,
                waitingDays: max(0, profile.waitingSince.days(until: scope.today)), ranking: rankings[id] ?? [])
        }
        return MatchSetup(mentees: mentees, mentors: mentors)
    }

    /// The latest answer of each person to the program's preference questionnaire, as profile ids.
    private func rankings(
        _ context: ProgramContext, mentors: [MentorEntry], mentees: [MenteeEntry]
    ) async throws -> [String: [String]] {
        let surveys = try await SurveyModel.query(on: scope.db).filter(\.$program.$id == context.id).with(\.$template)
            .all()
            .filter { $0.template.key == Questionnaire.preference.key }
        guard !surveys.isEmpty else { return [:] }
        let responses = try await SurveyResponseModel.query(on: scope.db).filter(
            \.$survey.$id ~~ surveys.map { try $0.requireID() }
        )
        .sort(\.$submittedAt).all()
        let mentorOf = Dictionary(
            try mentors.map { ((try $0.person.requireID()), (try $0.profile.requireID()).uuidString) }
        ) { a, _ in a }
        let menteeOf = Dictionary(
            try mentees.map { ((try $0.person.requireID()), (try $0.profile.requireID()).uuidString) }
        ) { a, _ in a }
        var result: [String: [String]] = [:]
        for response in responses {
            guard let person = response.$person.id, let profile = menteeOf[person] ?? mentorOf[person] else { continue }
            let answers = StoredJSON.decode(Answers.self, response.answersText, fallback: [:])
            if let ranking = answers["ranking"], !ranking.isEmpty { result[profile] = ranking }
        }
        return result
    }
}
