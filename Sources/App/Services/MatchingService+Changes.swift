import Fluent
import FluentKit
import Foundation
import Matching
import MentoringCore
import Persistence

extension MatchingService {
    enum PairChange: String, CaseIterable {
        case lock
        case unlock
        case forbid
        case allow
    }

    /// Locks or forbids a pair for the next run (a forbidden pair also leaves this proposal).
    func change(_ id: UUID, mentee: String, mentor: String, _ change: PairChange?) async throws {
        let detail = try await proposed(id)
        guard let change else {
            throw ValidationFailure(fields: ["action": "Укажите действие: lock, unlock, forbid или allow."])
        }
        let key = PairKey(mentee: mentee, mentor: mentor)
        guard detail.roster.mentees[mentee] != nil, detail.roster.mentors[mentor] != nil else {
            throw DomainError.notFound
        }
        var setup = detail.run.setup
        var result = detail.result
        switch change {
        case .lock:
            guard !setup.locked.contains(key) else { return }
            if let other = setup.locked.first(where: { $0.mentee == mentee }) { setup.locked.removeAll { $0 == other } }
            setup.locked.append(key)
            setup.forbidden.removeAll { $0 == key }
        case .unlock:
            setup.locked.removeAll { $0 == key }
        case .forbid:
            setup.locked.removeAll { $0 == key }
            if !setup.forbidden.contains(key) { setup.forbidden.append(key) }
            result.pairs.removeAll { $0.mentee == mentee && $0.mentor == mentor }
            result = MatchEngine.edited(result, setup: setup)
        case .allow:
            setup.forbidden.removeAll { $0 == key }
        }
        result.pairs = result.pairs.map { pair in
            var pair = pair
            pair.locked = setup.locked.contains(PairKey(mentee: pair.mentee, mentor: pair.mentor))
            return pair
        }
        try await save(detail, setup: setup, result: result, fields: ["locked", "forbidden"])
    }

    /// Moves a mentee to another mentor in this proposal and locks the new pair; refuses a pair that breaks
    /// a hard rule or a mentor without a free place.
    func move(_ id: UUID, mentee: String, to mentor: String) async throws -> PairScore {
        let detail = try await proposed(id)
        guard detail.roster.mentees[mentee] != nil, detail.roster.mentors[mentor] != nil,
            let evaluation = MatchEngine.evaluate(detail.run.setup, mentee: mentee, mentor: mentor)
        else {
            throw DomainError.notFound
        }
        if let block = evaluation.blocks.first { throw ValidationFailure(fields: ["mentor": block.message]) }
        var result = detail.result
        let places = detail.run.setup.mentors.first { $0.id == mentor }?.freePlaces ?? 0
        let taken = result.pairs.filter { $0.mentor == mentor && $0.mentee != mentee }.count
        guard taken < places else {
            throw ValidationFailure(fields: [
                "mentor":
                    "У наставника нет свободных мест: снимите одну из его пар или увеличьте число наставляемых в профиле."
            ])
        }
        var setup = detail.run.setup
        setup.locked.removeAll { $0.mentee == mentee }
        setup.locked.append(PairKey(mentee: mentee, mentor: mentor))
        setup.forbidden.removeAll { $0 == PairKey(mentee: mentee, mentor: mentor) }
        let priority = setup.weights.waitlistBonus(days: setup.mentees.first { $0.id == mentee }?.waitingDays ?? 0)
        result.pairs.removeAll { $0.mentee == mentee }
        result.pairs.append(
            ProposedPair(
                mentee: mentee, mentor: mentor, score: evaluation.score, locked: true, priority: priority,
                groupTheme: nil))
        try await save(
            detail, setup: setup, result: MatchEngine.edited(result, setup: setup),
            fields: ["pairs", "locked"])
        return evaluation.score
    }

    /// Turns the proposal into draft mentorships waiting for the order that fixes them: a pair each, or one
    /// group per mentor in the groups mode. People who lost their consent since the run are left out and named.
    func accept(_ id: UUID) async throws -> (created: [MentorshipModel], skipped: [String]) {
        let detail = try await proposed(id)
        let setup = detail.run.setup
        let mentors = try await MentorProfileModel.query(on: scope.db).filter(\.$program.$id == detail.context.id).all()
        let mentorForms = Dictionary(uniqueKeysWithValues: try mentors.map { ((try $0.requireID()).uuidString, $0) })
        let menteeForms = Dictionary(setup.mentees.map { ($0.id, $0.form) }) { a, _ in a }
        var skipped: [String] = []
        var groups: [String: [ProposedPair]] = [:]
        for pair in detail.result.pairs {
            guard detail.roster.mentees[pair.mentee] != nil, detail.roster.mentors[pair.mentor] != nil,
                mentorForms[pair.mentor] != nil
            else {
                skipped.append(
                    "Пара \(detail.roster.menteeName(pair.mentee)) – \(detail.roster.mentorName(pair.mentor)): нет действующего согласия или профиля."
                )
                continue
            }
            let key = setup.mode == .groups ? pair.mentor : pair.mentor + "/" + pair.mentee
            groups[key, default: []].append(pair)
        }
        let grouped = groups.sorted { $0.key < $1.key }.map(\.value)
        let created = try await scope.db.atomically { db in
            // The first write claims the run: of two acceptances at once, the second finds it accepted and stops.
            let claimed = try await GuardedUpdate(
                table: MatchingRunModel.schema, id: id,
                set: [("status", MatchingRunModel.Status.accepted.rawValue), ("accepted_at", scope.now)],
                when: [("status", MatchingRunModel.Status.proposed.rawValue)]
            ).run(on: db)
            guard claimed else { throw DomainError.conflict(Self.alreadyAccepted) }
            var created: [MentorshipModel] = []
            var refused: [String] = []
            let log = AuditLog(scope: scope.on(db))
            for pairs in grouped {
                let mentorship = MentorshipModel()
                mentorship.$program.id = detail.context.id
                mentorship.$organization.id = (try detail.context.organization.requireID())
                mentorship.$mentor.id = UUID(uuidString: pairs[0].mentor)!
                mentorship.form = menteeForms[pairs[0].mentee] ?? .teacherTeacher
                mentorship.matchingRunID = id
                mentorship.score = pairs.map(\.score.score).reduce(0, +) / Double(pairs.count)
                mentorship.groupTheme = pairs[0].groupTheme
                do {
                    try await MentorshipService.insertDraft(
                        mentorship, mentees: pairs.map { UUID(uuidString: $0.mentee)! },
                        note: "Создана из принятого подбора пар.", scope: scope, on: db)
                } catch DomainError.conflict(let reason) {
                    refused.append(reason)
                    continue
                }
                for pair in pairs {
                    try await log.record(
                        .create, .mentorship, objectID: mentorship.id,
                        personID: detail.roster.mentees[pair.mentee]?.personID,
                        organizationID: detail.context.organization.id, role: detail.context.access.role,
                        fields: ["mentor", "mentee", "status"])
                }
                created.append(mentorship)
            }
            try await log.record(
                .update, .matchingRun, objectID: id, organizationID: detail.context.organization.id,
                role: detail.context.access.role, fields: ["status"])
            return (created, refused)
        }
        return (created.0, skipped + created.1)
    }

    static let alreadyAccepted = "Подбор уже принят: пары переданы на приказ. Запустите новый подбор."

    private func proposed(_ id: UUID) async throws -> MatchingRunDetail {
        let detail = try await managed(id)
        guard detail.run.isProposed else {
            throw ValidationFailure(fields: ["run": Self.alreadyAccepted])
        }
        return detail
    }

    private func save(
        _ detail: MatchingRunDetail, setup: MatchSetup, result: MatchResult, fields: [String]
    ) async throws {
        detail.run.setup = setup
        detail.run.result = result
        try await scope.db.atomically { db in
            try await detail.run.save(on: db)
            try await AuditLog(scope: scope.on(db)).record(
                .update, .matchingRun, objectID: detail.id,
                organizationID: detail.context.organization.id,
                role: detail.context.access.role, fields: fields)
        }
    }
}
