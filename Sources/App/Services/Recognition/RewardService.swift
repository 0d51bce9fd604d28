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
        let (person, org, access, _) = try await PeopleService(scope: scope).readCard(personID)
        guard access.readsAll else { throw DomainError.notFound }
        let profiles = try await MentorProfileModel.query(on: scope.db).filter(\.$person.$id == personID).all()
        let record =
            try await records(of: profiles)[personID] ?? MentorRecord(mentorships: [], rewards: [], today: scope.today)
        try await AuditLog(scope: scope).record(
            .read, .person, personID: personID, organizationID: org.id, role: access.role, fields: ["mentorRecord"])
        return (person, org, record)
    }

    /// The records of mentor profiles, each joined with every other profile of the same person.
    func records(forPeopleOf profileIDs: [UUID]) async throws -> [UUID: MentorRecord] {
        let given = try await MentorProfileModel.query(on: scope.db).filter(\.$id ~~ profileIDs).all()
        let people = Array(Set(given.map { $0.$person.id }))
        let records = try await records(
            of: try await MentorProfileModel.query(on: scope.db).filter(\.$person.$id ~~ people).all())
        var result: [UUID: MentorRecord] = [:]
        for profile in given { result[try profile.requireID()] = records[profile.$person.id] }
        return result
    }

    /// The record of each person the profiles belong to: the pairs and groups their profiles led, the rewards signed
    /// orders gave them, the courses their profiles name and the certificates of the municipality's courses. Four
    /// queries, whatever the number of people.
    private func records(of profiles: [MentorProfileModel]) async throws -> [UUID: MentorRecord] {
        let ids = try profiles.map { try $0.requireID() }
        guard !ids.isEmpty else { return [:] }
        let mentorships = try await MentorshipModel.query(on: scope.db).filter(\.$mentor.$id ~~ ids)
            .with(\.$program).with(\.$mentees).all()
        let items = try await OrderItemModel.query(on: scope.db).filter(\.$mentor.$id ~~ ids).all()
        let orders = try await OrderModel.query(on: scope.db).filter(\.$id ~~ items.map { $0.$order.id })
            .filter(\.$kind == .rewardMentors).filter(\.$status == OrderStatus.signed).all()
        let person = Dictionary(uniqueKeysWithValues: try profiles.map { (try $0.requireID(), $0.$person.id) })
        let certified = Dictionary(
            grouping: try await TrainingRegistrationModel.query(on: scope.db)
                .filter(\.$person.$id ~~ Array(Set(person.values))).filter(\.$certificateNumber != nil)
                .with(\.$training).all(),
            by: { $0.$person.id })
        var result: [UUID: MentorRecord] = [:]
        for (personID, own) in Dictionary(grouping: profiles, by: { $0.$person.id }) {
            let led = mentorships.filter { person[$0.$mentor.id] == personID }
            let rewarded = Set(items.filter { $0.$mentor.id.flatMap { person[$0] } == personID }.map { $0.$order.id })
            result[personID] = MentorRecord(
                mentorships: led.map {
                    .init(
                        program: $0.program.title, startsOn: $0.startsOn, status: $0.status, mentees: $0.mentees.count)
                },
                rewards: try orders.filter { rewarded.contains(try $0.requireID()) }.compactMap { order in
                    order.reward.flatMap { kind in
                        order.signedOn.map { .init(kind: kind, order: order.reference, date: $0) }
                    }
                },
                trainings: own.flatMap { $0.value.trainings }
                    + (certified[personID] ?? []).map {
                        $0.training.details.record(
                            certificate: "\($0.certificateNumber ?? 0)", issuedOn: $0.certificateIssuedOn ?? scope.today
                        )
                    }, today: scope.today)
        }
        return result
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
            names[try profile.requireID()] = try access.name(of: profile.person, consents: consents, on: scope.today)
        }
        try await requireEligible(ids, for: kind, names: names)
        return items
    }
}
