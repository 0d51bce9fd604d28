import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// What a juror sees: every application with the juror's own points, the ones from the juror's own organization
/// marked recused, and nobody else's points until the scoring is closed.
struct JurorCard {
    var card: ContestCard
    var own: [UUID: [Int: Int]]
    var recused: Set<UUID>
    var open: Bool
}

/// The jury's work: each juror scores each application against each criterion on their own page.
extension ContestService {
    /// The contest, for an account on its jury; 404 for anyone else.
    func jurorContest(_ id: UUID) async throws -> ContestModel {
        guard let account = scope.user.accountID, let contest = try await ContestModel.find(id, on: scope.db),
            try await ContestJurorModel.query(on: scope.db).filter(\.$contest.$id == id)
                .filter(\.$account.$id == account).first() != nil
        else { throw DomainError.notFound }
        return contest
    }

    func jurorCard(_ id: UUID) async throws -> JurorCard {
        let contest = try await jurorContest(id)
        let card = try await card(of: contest)
        let scores = try await ContestScoreModel.query(on: scope.db)
            .filter(\.$application.$id ~~ card.applications.map(\.id))
            .filter(\.$account.$id == scope.user.accountID ?? UUID()).all()
        var own: [UUID: [Int: Int]] = [:]
        for score in scores { own[score.$application.id, default: [:]][score.criterion] = score.points }
        return JurorCard(
            card: card, own: own,
            recused: Set(card.applications.filter { isRecused(from: $0.organizationID) }.map(\.id)),
            open: isScoringOpen(contest))
    }

    /// A juror who works in the applicant's organization does not score the application.
    func isRecused(from organizationID: UUID) -> Bool {
        scope.user.grants.contains {
            if case .organization(let id) = $0.scope { return id.rawValue == organizationID }
            return false
        }
    }

    /// Scoring runs from the day after the nominations close to its last day, unless the coordinator closed it.
    func isScoringOpen(_ contest: ContestModel) -> Bool {
        contest.closedAt == nil && scope.today > contest.applicationsUntil && scope.today <= contest.scoringUntil
    }

    /// The juror's points for every criterion of one application, replacing any given before. Only the contest and
    /// the application are read: the page of every application is the juror's to open, not a save's to build.
    func score(_ id: UUID, application applicationID: UUID, points raw: [String]) async throws {
        let contest = try await jurorContest(id)
        guard
            let application = try await ContestApplicationModel.query(on: scope.db).filter(\.$id == applicationID)
                .filter(\.$contest.$id == id).first()
        else { throw DomainError.notFound }
        guard isScoringOpen(contest) else {
            throw DomainError.conflict(
                "Оценивание открыто с \(contest.applicationsUntil.adding(days: 1).russian) "
                    + "по \(contest.scoringUntil.russian), пока итоги не подведены.")
        }
        guard !isRecused(from: application.$organization.id) else {
            throw ValidationFailure(fields: ["points": "Член жюри из организации участника его заявку не оценивает."])
        }
        let criteria = contest.details.criteria
        let points = raw.map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard points.count == criteria.count,
            zip(points, criteria).allSatisfy({ point, criterion in
                point.map { (0...criterion.maxPoints).contains($0) } ?? false
            })
        else {
            throw ValidationFailure(fields: [
                "points": "Поставьте баллы по каждому критерию: от 0 до "
                    + criteria.map { String($0.maxPoints) }.joined(separator: ", ") + "."
            ])
        }
        let account = scope.user.accountID ?? UUID()
        // A double click: the save that meets the other's rows runs again and replaces them.
        try await DatabaseContention.againIfDuplicate {
            try await scope.db.atomically { db in
                try await ContestScoreModel.query(on: db).filter(\.$application.$id == applicationID)
                    .filter(\.$account.$id == account).delete()
                for (criterion, value) in points.compactMap({ $0 }).enumerated() {
                    let score = ContestScoreModel()
                    (score.$application.id, score.$account.id) = (applicationID, account)
                    (score.criterion, score.points) = (criterion, value)
                    try await score.create(on: db)
                }
                try await AuditLog(scope: scope.on(db)).record(.update, .contest, objectID: id, fields: ["scores"])
            }
        }
    }
}
