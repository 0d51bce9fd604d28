import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// Mentors' records and rewards: what the system holds about each mentor (pairs and groups, mentees, years, rewards
/// given by signed orders), who meets the conditions of each kind of reward, and the check a reward order makes.
struct RewardService {
    let scope: RequestScope

    /// A person's record as a mentor, read as the card is; the read is audited.
    func record(
        _ personID: UUID
    ) async throws -> (person: PersonModel, organization: OrganizationModel, record: MentorRecord) {
        let (person, org, access) = try await PeopleService(scope: scope).readCard(personID)
        guard access.readsAll else { throw DomainError.notFound }
        let profiles = try await MentorProfileModel.query(on: scope.db).filter(\.$person.$id == personID).all()
        let record = try await records(of: profiles.map { try $0.requireID() })
        try await AuditLog(scope: scope).record(
            .read, .person, personID: personID, organizationID: org.id, role: access.role, fields: ["mentorRecord"])
        let built = MentorRecord(
            mentorships: record.mentorships, rewards: record.rewards,
            trainings: profiles.flatMap { $0.value.trainings }, today: scope.today)
        return (person, org, built)
    }

    /// The records of mentor profiles, joined per person: every profile of the people those profiles belong to.
    func records(forPeopleOf profileIDs: [UUID]) async throws -> [UUID: MentorRecord] {
        let given = try await MentorProfileModel.query(on: scope.db).filter(\.$id ~~ profileIDs).all()
        let people = Set(given.map { $0.$person.id })
        let all = try await MentorProfileModel.query(on: scope.db).filter(\.$person.$id ~~ Array(people)).all()
        var result: [UUID: MentorRecord] = [:]
        for person in people {
            let own = try all.filter { $0.$person.id == person }.map { try $0.requireID() }
            let record = try await records(of: own)
            let built = MentorRecord(mentorships: record.mentorships, rewards: record.rewards, today: scope.today)
            for profile in given where profile.$person.id == person { result[try profile.requireID()] = built }
        }
        return result
    }

    /// The pairs and groups those profiles led and the rewards signed orders gave them.
    private func records(
        of profileIDs: [UUID]
    ) async throws -> (mentorships: [MentorRecord.Mentorship], rewards: [MentorRecord.Reward]) {
        guard !profileIDs.isEmpty else { return ([], []) }
        let mentorships = try await MentorshipModel.query(on: scope.db).filter(\.$mentor.$id ~~ profileIDs)
            .with(\.$program).with(\.$mentees).all()
        let items = try await OrderItemModel.query(on: scope.db).filter(\.$mentor.$id ~~ profileIDs).all()
        let orders = try await OrderModel.query(on: scope.db).filter(\.$id ~~ items.map { $0.$order.id })
            .filter(\.$kind == .rewardMentors).filter(\.$status == OrderStatus.signed).all()
        return (
            mentorships.map {
                .init(program: $0.program.title, startsOn: $0.startsOn, status: $0.status, mentees: $0.mentees.count)
            },
            orders.compactMap { order in
                order.signedOn.map {
                    .init(kind: order.rewardKind ?? .organizationThanks, order: order.reference, date: $0)
                }
            }
        )
    }

    /// Refuses a reward order for mentors whose records do not meet the kind's conditions, naming each.
    func requireEligible(_ profileIDs: [UUID], for kind: RewardKind, names: [UUID: String]) async throws {
        let records = try await records(forPeopleOf: profileIDs)
        let shortfalls = profileIDs.compactMap { id in
            records[id].flatMap { kind.condition.shortfall($0) }.map { "\(names[id] ?? "Наставник"): \($0)" }
        }
        guard shortfalls.isEmpty else {
            throw ValidationFailure(fields: [
                "rewardKind": "Условиям «\(kind.title)» не соответствуют: " + shortfalls.joined(separator: "; ") + "."
            ])
        }
    }
}

extension RewardService {
    /// The items of a reward order: the program's mentors with completed pairs, or those of them chosen; every one
    /// must meet the kind's conditions. Names in a refusal are shown only with the person's consent.
    func chosen(
        _ items: [OrderItemModel], _ choice: [String]?, for kind: RewardKind, access: OrganizationAccess
    ) async throws -> [OrderItemModel] {
        var items = items
        if let choice, !choice.isEmpty {
            let wanted = Set(choice.compactMap { UUID(uuidString: $0.trimmingCharacters(in: .whitespaces)) })
            items = items.filter { $0.$mentor.id.map(wanted.contains) ?? false }
            guard items.count == Set(choice).count else {
                throw ValidationFailure(fields: [
                    "mentors": "Поощрить можно только наставников этой программы с завершёнными парами, без проекта "
                        + "приказа."
                ])
            }
        }
        let ids = items.compactMap { $0.$mentor.id }
        let profiles = try await MentorProfileModel.query(on: scope.db).filter(\.$id ~~ ids).with(\.$person).all()
        let consents = try await ConsentLookup(db: scope.db).consents(of: profiles.map { $0.$person.id })
        var names: [UUID: String] = [:]
        for profile in profiles {
            let shown = access.showsName(consents: consents[profile.$person.id] ?? [], on: scope.today)
            names[try profile.requireID()] = shown ? profile.person.details.fullName : "Участник без согласия"
        }
        try await requireEligible(ids, for: kind, names: names)
        return items
    }
}
