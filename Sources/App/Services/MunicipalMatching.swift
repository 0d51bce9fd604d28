import Fluent
import FluentKit
import Foundation
import Matching
import MentoringCore
import Persistence

/// A municipal run with the municipality and the names behind its ids.
struct MunicipalMatchingDetail {
    var run: MunicipalMatchingRunModel
    var municipality: MunicipalityModel
    var roster: MatchingRoster
    var result: MatchResult
    var profiles: ProfileOrganizations
    /// The short name behind each organization id of the setup.
    var organizationNames: [String: String]

    /// The run's id.
    var id: UUID
}

/// The organization (id) of every mentee and mentor profile of a setup, read once.
struct ProfileOrganizations {
    let organization: [String: String]

    init(_ setup: MatchSetup) {
        organization = Dictionary(
            setup.mentees.map { ($0.id, $0.organization) } + setup.mentors.map { ($0.id, $0.organization) }
        ) { a, _ in a }
    }

    /// Whether the pair joins two organizations.
    func crosses(_ pair: ProposedPair) -> Bool { organization[pair.mentee] != organization[pair.mentor] }
}

/// The authority's matching over the municipal base: the waiting mentees of every program of the municipality's
/// organizations and all their mentors; a mentor of another organization only where they agreed to be offered
/// (the engine's hard rule). Accepted pairs become draft mentorships in the mentee's program, waiting for that
/// organization's order. Every base read is audited per program; 404 outside the authority's municipalities.
struct MunicipalMatching {
    let scope: RequestScope

    func runs(
        _ municipalityID: UUID
    ) async throws -> (municipality: Municipality, runs: [MunicipalRunSummary]) {
        let municipality = try await MunicipalMonitoring(scope: scope).municipality(municipalityID)
        let runs = try await MunicipalMatchingRunModel.query(on: scope.db).filter(\.$municipality.$id == municipalityID)
            .sort(\.$createdAt, .descending).all()
        return (try municipality.value, try runs.map { try $0.summary })
    }

    func start(
        _ municipalityID: UUID, input: MatchingInput, progress: MatchEngine.Progress? = nil
    ) async throws -> MunicipalMatchingRunModel {
        let municipality = try await MunicipalMonitoring(scope: scope).municipality(municipalityID)
        let choices = try input.validated()
        var setup = MatchSetup(mentees: [], mentors: [])
        for context in try await programs(of: municipality) {
            let part = try await MatchingSetupBuilder(scope: scope).build(context)
            setup.mentees += part.mentees
            setup.mentors += part.mentors
        }
        let result = try MatchingService.propose(
            &setup, choices: choices, progress: progress, measuredBy: scope.metrics, as: .municipality)
        let run = MunicipalMatchingRunModel()
        run.$municipality.id = municipalityID
        run.mode = setup.mode
        run.setup = setup
        run.result = result
        run.crossPairs = result.pairs.filter(ProfileOrganizations(setup).crosses).count
        run.status = .proposed
        run.createdBy = scope.user.displayName
        run.createdAt = scope.now
        try await scope.db.atomically { db in
            try await run.create(on: db)
            try await AuditLog(scope: scope.on(db)).record(
                .create, .matchingRun, objectID: run.id, role: scope.user.mainRole,
                fields: ["mode", "weights", "pairs", "municipality"])
        }
        return run
    }

    /// The run with names for its ids (every program's bases read, audited); 404 outside the authority's municipalities.
    func detail(_ id: UUID) async throws -> MunicipalMatchingDetail {
        guard let run = try await MunicipalMatchingRunModel.find(id, on: scope.db), let result = run.result else {
            throw DomainError.notFound
        }
        let municipality = try await MunicipalMonitoring(scope: scope).municipality(run.$municipality.id)
        var roster = try MatchingRoster(mentors: [], mentees: [])
        var names: [String: String] = [:]
        for context in try await programs(of: municipality) {
            roster.add(try await MatchingSetupBuilder(scope: scope).roster(context))
            names[(try context.organization.requireID()).uuidString] = context.organization.shortName
        }
        try await AuditLog(scope: scope).record(.read, .matchingRun, objectID: id, role: scope.user.mainRole)
        return MunicipalMatchingDetail(
            run: run, municipality: municipality, roster: roster, result: result,
            profiles: ProfileOrganizations(run.setup), organizationNames: names, id: id)
    }

    /// Turns the chosen pairs (all when none is chosen) into draft mentorships in each mentee's program. A pair
    /// whose mentee was placed or whose people lost their consent since the run is left out and named.
    func accept(_ id: UUID, pairs chosen: Set<String> = []) async throws -> (created: Int, skipped: [String]) {
        let detail = try await detail(id)
        guard detail.run.isProposed else {
            throw ValidationFailure(fields: ["run": Self.alreadyAccepted])
        }
        let pairs = detail.result.pairs.filter { chosen.isEmpty || chosen.contains(Self.key($0)) }
        guard !pairs.isEmpty else {
            throw ValidationFailure(fields: ["ids": "Выберите пары, которые нужно передать в организации."])
        }
        let menteeIDs = pairs.compactMap { UUID(uuidString: $0.mentee) }
        let profiles = try await MenteeProfileModel.query(on: scope.db).filter(\.$id ~~ menteeIDs).all()
        let byID = Dictionary(uniqueKeysWithValues: try profiles.map { ((try $0.requireID()).uuidString, $0) })
        let waiting: [MenteeProfile.Status] = [.candidate, .inBase]
        var skipped: [String] = []
        var placing: [(ProposedPair, MenteeProfileModel)] = []
        for pair in pairs {
            if let profile = byID[pair.mentee], waiting.contains(profile.status),
                detail.roster.mentees[pair.mentee] != nil, detail.roster.mentors[pair.mentor] != nil
            {
                placing.append((pair, profile))
            } else {
                skipped.append(
                    "Пара \(detail.roster.menteeName(pair.mentee)) – \(detail.roster.mentorName(pair.mentor)): "
                        + "наставляемый уже в паре или нет действующего согласия.")
            }
        }
        let chosenPairs = placing
        let result = try await scope.db.atomically { db in
            let claimed = try await GuardedUpdate(
                table: MunicipalMatchingRunModel.schema, id: id,
                set: [("status", MatchingRunModel.Status.accepted.rawValue), ("accepted_at", scope.now)],
                when: [("status", MatchingRunModel.Status.proposed.rawValue)]
            ).run(on: db)
            guard claimed else { throw DomainError.conflict(Self.alreadyAccepted) }
            let log = AuditLog(scope: scope.on(db))
            var created = 0
            var refused: [String] = []
            for (pair, profile) in chosenPairs {
                let mentorship = MentorshipModel()
                mentorship.$program.id = profile.$program.id
                mentorship.$organization.id = profile.$organization.id
                mentorship.$mentor.id = UUID(uuidString: pair.mentor)!
                mentorship.form = profile.value.form
                mentorship.score = pair.score.score
                do {
                    try await MentorshipService.insertDraft(
                        mentorship, mentees: [(try profile.requireID())],
                        note: "Создана из муниципального подбора пар.", scope: scope, on: db)
                } catch DomainError.conflict(let reason) {
                    refused.append(reason)
                    continue
                }
                created += 1
                try await log.record(
                    .create, .mentorship, objectID: mentorship.id,
                    personID: detail.roster.mentees[pair.mentee]?.personID,
                    organizationID: profile.$organization.id, role: scope.user.mainRole,
                    fields: ["mentor", "mentee", "status"])
            }
            try await log.record(.update, .matchingRun, objectID: id, role: scope.user.mainRole, fields: ["status"])
            return (created, refused)
        }
        return (result.0, skipped + result.1)
    }

    /// The programs of the municipality's organizations the user may read.
    private func programs(of municipality: MunicipalityModel) async throws -> [ProgramContext] {
        let organizations = try await OrganizationModel.query(on: scope.db).filter(
            \.$municipality.$id == (try municipality.requireID())
        ).all()
        let programs = try await ProgramModel.query(on: scope.db).filter(
            \.$organization.$id ~~ organizations.map { try $0.requireID() }
        )
        .sort(\.$title).all()
        var contexts: [ProgramContext] = []
        for program in programs {
            contexts.append(try await ProgramService(scope: scope).program(try program.requireID()))
        }
        return contexts
    }

    static let alreadyAccepted = "Подбор уже принят: пары переданы в организации. Запустите новый подбор."

    static func key(_ pair: ProposedPair) -> String { pair.mentor + "/" + pair.mentee }
}
