import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// A signed reward order on an organization's public page: how it rewarded, when, the mentors it may name (each with
/// a valid consent to publication) and how many others it rewarded.
struct PublicReward {
    var kind: RewardKind
    var date: CalendarDate
    var named: [String]
    var others: Int
}

/// A first, second or third place of a closed contest, named only with the mentor's consent to publication.
struct PublicWinner {
    var contest: String
    var nomination: String
    var place: String
    var name: String?
    var organization: String
}

/// Recognition on the public pages: rewards by order and the places of closed contests.
extension PublicSite {
    func rewards(of organizationID: UUID) async throws -> [PublicReward] {
        let orders = try await OrderModel.query(on: scope.db).filter(\.$organization.$id == organizationID)
            .filter(\.$kind == .rewardMentors).filter(\.$status == OrderStatus.signed)
            .sort(\.$signedOn, .descending).with(\.$items).all()
        let profiles = try await MentorProfileModel.query(on: scope.db)
            .filter(\.$id ~~ orders.flatMap { $0.items.compactMap { $0.$mentor.id } }).with(\.$person).all()
        let people = Dictionary(uniqueKeysWithValues: try profiles.map { (try $0.requireID(), $0.person) })
        let names = try await publishedNames(of: Array(people.values))
        return orders.compactMap { order in
            guard let kind = order.reward, let date = order.signedOn else { return nil }
            let rewarded = order.items.compactMap { $0.$mentor.id.flatMap { people[$0] } }
            let named = rewarded.compactMap { $0.id.flatMap { names[$0] } }
            return PublicReward(kind: kind, date: date, named: named, others: rewarded.count - named.count)
        }
    }

    /// The first three places of each nomination of the municipality's closed contests.
    func winners(of contests: [ContestModel]) async throws -> [PublicWinner] {
        var winners: [PublicWinner] = []
        for contest in contests where contest.closedAt != nil {
            let applications = try await ContestApplicationModel.query(on: scope.db)
                .filter(\.$contest.$id == contest.requireID()).with(\.$person).with(\.$organization).all()
            let results = try await ContestService(scope: scope).results(of: contest, applications)
            let names = try await publishedNames(of: applications.map(\.person))
            winners += try applications.compactMap { application in
                guard let entry = results[try application.requireID()], entry.places.lowerBound <= 3 else { return nil }
                return PublicWinner(
                    contest: contest.title, nomination: application.nomination, place: entry.place,
                    name: names[application.$person.id], organization: application.organization.shortName)
            }
            .sorted { ($0.nomination, $0.place, $0.organization) < ($1.nomination, $1.place, $1.organization) }
        }
        return winners
    }

    /// The full names of the people who have a valid consent to publication today.
    private func publishedNames(of people: [PersonModel]) async throws -> [UUID: String] {
        let allowed = try await ConsentLookup(db: scope.db).publishable(people.compactMap(\.id), on: scope.today)
        return Dictionary(
            try people.filter { allowed.contains(try $0.requireID()) }.map { (try $0.requireID(), $0.details.fullName) }
        ) { first, _ in first }
    }
}
