import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// A contest as its pages show it: the applications with the record and essay, the jury, and — once the scoring is
/// closed — each application's total and place in its nomination.
struct ContestCard {
    struct Application {
        var id: UUID
        var name: String
        var organizationID: UUID
        var organization: String
        var nomination: String
        var record: String
        var essay: String
        var result: ContestRanking.Entry?
    }

    struct Juror {
        var accountID: UUID
        var name: String
        var chosen: Bool
    }

    var contest: ContestModel
    var applications: [Application]
    var jurors: [Juror]

    var isClosed: Bool { contest.closedAt != nil }

    /// The applications of one nomination, best first once ranked.
    func ranked(_ nomination: String) -> [Application] {
        applications.filter { $0.nomination == nomination }
            .sorted { ($0.result?.total ?? 0, $1.name) > ($1.result?.total ?? 0, $0.name) }
    }
}

/// Contests of mentors («Наставник года»): the authority's coordinator announces one with its nominations, criteria
/// and jury, the organizations' curators nominate their mentors, the jurors score, the coordinator closes the
/// scoring and prints the results order and the diplomas.
struct ContestService {
    let scope: RequestScope

    func plan(_ municipalityID: UUID) async throws -> (MunicipalityModel, [ContestModel]) {
        let municipality = try await MunicipalMonitoring(scope: scope).municipality(municipalityID)
        return (municipality, try await contests(of: municipalityID))
    }

    func contests(of municipalityID: UUID) async throws -> [ContestModel] {
        try await ContestModel.query(on: scope.db).filter(\.$municipality.$id == municipalityID)
            .sort(\.$applicationsUntil, .descending).all()
    }

    func create(in municipalityID: UUID, _ input: ContestInput) async throws -> ContestModel {
        let municipality = try await MunicipalMonitoring(scope: scope).municipality(municipalityID)
        let contest = ContestModel()
        contest.details = try input.validated(today: scope.today)
        contest.$municipality.id = try municipality.requireID()
        (contest.createdBy, contest.createdAt) = (scope.user.displayName, scope.now)
        try await scope.db.atomically { db in
            try await contest.create(on: db)
            try await AuditLog(scope: scope.on(db)).record(
                .create, .contest, objectID: contest.id, role: .authorityCoordinator,
                fields: ["title", "nominations", "criteria", "applicationsUntil", "scoringUntil"])
        }
        return contest
    }

    /// The contest, for a coordinator who oversees its municipality; 404 otherwise.
    func find(_ id: UUID) async throws -> ContestModel {
        try await MunicipalMonitoring(scope: scope).object(ContestModel.self, id).0
    }

    func card(_ id: UUID) async throws -> ContestCard {
        try await card(of: try await find(id))
    }

    /// Every application (its reading audited) with its result once closed, and the jury among its candidates.
    func card(of contest: ContestModel) async throws -> ContestCard {
        let id = try contest.requireID()
        let applications = try await ContestApplicationModel.query(on: scope.db).filter(\.$contest.$id == id)
            .with(\.$person).with(\.$organization).all()
        let results = contest.closedAt == nil ? [:] : try await results(of: contest, applications)
        let chosen = Set(
            try await ContestJurorModel.query(on: scope.db).filter(\.$contest.$id == id).all().map { $0.$account.id })
        let candidates = try await juryCandidates(of: contest.$municipality.id)
        try await AuditLog(scope: scope).record(.read, .contest, objectID: id, fields: ["applications"])
        return ContestCard(
            contest: contest,
            applications: try applications.map {
                let applicationID = try $0.requireID()
                return ContestCard.Application(
                    id: applicationID, name: $0.person.details.fullName, organizationID: $0.$organization.id,
                    organization: $0.organization.shortName, nomination: $0.nomination, record: $0.record,
                    essay: $0.essay, result: results[applicationID])
            }.sorted { ($0.nomination, $0.name) < ($1.nomination, $1.name) },
            jurors: candidates.map { ContestCard.Juror(accountID: $0.0, name: $0.1, chosen: chosen.contains($0.0)) })
    }

    /// The staff of the municipality who may sit on the jury: its coordinators and its organizations' heads and
    /// curators, by name.
    func juryCandidates(of municipalityID: UUID) async throws -> [(UUID, String)] {
        let organizations = try await OrganizationModel.query(on: scope.db)
            .filter(\.$municipality.$id == municipalityID).field(\.$id).all().map { try $0.requireID() }
        let roles = [Role.authorityCoordinator, .head, .curator].map(\.rawValue)
        let grants = try await GrantModel.query(on: scope.db).filter(\.$role ~~ roles).group(.or) {
            $0.filter(\.$municipalityID == municipalityID).filter(\.$organizationID ~~ organizations)
        }.all()
        let accounts = try await AccountModel.query(on: scope.db).filter(\.$id ~~ grants.map { $0.$account.id }).all()
        return try accounts.map { (try $0.requireID(), $0.displayName) }.sorted {
            ($0.1, $0.0.uuidString) < ($1.1, $1.0.uuidString)
        }
    }

    /// Seats exactly these of the candidates on the jury, while the scoring is open.
    func setJury(_ id: UUID, _ raw: [String]) async throws {
        let contest = try await find(id)
        guard contest.closedAt == nil else { throw DomainError.conflict("Оценивание закрыто: жюри не меняется.") }
        let candidates = Set(try await juryCandidates(of: contest.$municipality.id).map(\.0))
        let wanted = try ChosenIDs.among(
            candidates, raw, field: "jurors", message: "Выберите членов жюри из сотрудников муниципалитета.")
        try await scope.db.atomically { db in
            try await ContestJurorModel.query(on: db).filter(\.$contest.$id == id).delete()
            for account in wanted.sorted(by: { $0.uuidString < $1.uuidString }) {
                let juror = ContestJurorModel()
                (juror.$contest.id, juror.$account.id) = (id, account)
                try await juror.create(on: db)
            }
            try await AuditLog(scope: scope.on(db)).record(
                .update, .contest, objectID: id, role: .authorityCoordinator, fields: ["jury"])
        }
    }

    /// Closes the scoring once the nominations are over: the scores become final and the ranking opens.
    func close(_ id: UUID) async throws {
        let contest = try await find(id)
        guard scope.today > contest.applicationsUntil else {
            throw DomainError.conflict(
                "Заявки принимаются до \(contest.applicationsUntil.russian): подводить итоги рано.")
        }
        try await scope.db.atomically { db in
            // Of two closings at once, the second finds the contest closed and changes nothing.
            try await ContestModel.query(on: db).filter(\.$id == id).filter(\.$closedAt == nil)
                .set(\.$closedAt, to: scope.now).update()
            try await AuditLog(scope: scope.on(db)).record(
                .update, .contest, objectID: id, role: .authorityCoordinator, fields: ["closed"])
        }
    }

    /// Each application's total and place within its nomination, from every juror's scores.
    func results(
        of contest: ContestModel, _ applications: [ContestApplicationModel]
    ) async throws -> [UUID: ContestRanking.Entry] {
        let ids = try applications.map { try $0.requireID() }
        guard !ids.isEmpty else { return [:] }
        let scores = try await ContestScoreModel.query(on: scope.db).filter(\.$application.$id ~~ ids).all()
        var byApplication: [UUID: [Int: [Int]]] = Dictionary(uniqueKeysWithValues: ids.map { ($0, [:]) })
        for score in scores { byApplication[score.$application.id]?[score.criterion, default: []].append(score.points) }
        var result: [UUID: ContestRanking.Entry] = [:]
        let criteria = contest.details.criteria.count
        for nomination in Set(applications.map(\.nomination)) {
            let own = Set(try applications.filter { $0.nomination == nomination }.map { try $0.requireID() })
            for entry in ContestRanking.rank(byApplication.filter { own.contains($0.key) }, criteria: criteria) {
                result[entry.application] = entry
            }
        }
        return result
    }
}
