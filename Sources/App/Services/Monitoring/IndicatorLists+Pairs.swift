import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

extension IndicatorLists {
    /// A counted pair or group with the figures the program's cards add up.
    struct CountedPair: Sendable {
        var id: UUID
        var mentor: String
        var mentees: String
        /// The user may open the pair's page.
        var opens: Bool
        var organization: String
        var form: MentoringForm
        var status: MentorshipStatus
        var meetingsHeld: Int
        var rating: Double?
        /// Plan tasks done and not cancelled; nil without a plan.
        var tasks: (done: Int, total: Int)?
        var terminationReason: TerminationReason?
    }

    /// A roadmap checkpoint past its date and not done, with its organization's short name.
    struct CountedCheckpoint: Sendable {
        var checkpoint: MonitoringRepository.OverdueCheckpoint
        var organization: String
    }

    /// Pairs and groups with meetings held, feedback, plan tasks and why a pair stopped. For a program every pair
    /// past the draft; for a territory those that worked in the year.
    func pairs(_ filter: MonitoringRepository.Filter, onlyTerminated: Bool = false) async throws -> [CountedPair] {
        let ids = try await queries.pairs(filter, onlyTerminated: onlyTerminated)
        var mentorships: [MentorshipModel] = []
        for chunk in ids.chunks(of: 500) {
            mentorships += try await MentorshipModel.query(on: scope.db).filter(\.$id ~~ chunk).with(\.$mentees).sort(
                \.$createdAt
            ).all()
        }
        // Every organization in one view is seen with the same role (a curator's own, or a coordinator's territory).
        let people = try await MentorshipPeople.load(
            mentorships, access: organizations.values.first?.access, scope: scope)
        let held = try await queries.meetingsHeld(of: ids)
        let ratings = try await queries.ratings(of: ids)
        let pairs = try mentorships.map { pair in
            let organization = organizations[pair.$organization.id]
            return CountedPair(
                id: try pair.requireID(), mentor: people.mentorName(pair), mentees: people.menteeNames(pair),
                opens: organization?.access.readsAll == true, organization: organization?.name ?? "",
                form: pair.form, status: pair.status, meetingsHeld: held[(try pair.requireID())] ?? 0,
                rating: ratings[(try pair.requireID())]?.mean,
                tasks: pair.plan.map { plan in
                    (
                        plan.tasks.filter { $0.status == .done }.count,
                        plan.tasks.filter { $0.status != .cancelled }.count
                    )
                },
                terminationReason: pair.terminationReason)
        }
        try await audit("pairs")
        return pairs
    }

    /// Checkpoints of the organizations' roadmaps past their date and not done.
    func overdueCheckpoints(_ organizationIDs: [UUID]) async throws -> [CountedCheckpoint] {
        try await queries.overdueCheckpoints(of: organizationIDs).map {
            CountedCheckpoint(checkpoint: $0, organization: organizations[$0.organization]?.name ?? "")
        }
    }
}
