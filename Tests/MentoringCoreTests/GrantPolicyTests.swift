import Foundation
import Testing

@testable import MentoringCore

@Suite struct GrantPolicyTests {
    static let org = Organization.ID(UUID()), otherOrg = Organization.ID(UUID())
    static let town = Municipality.ID(UUID()), otherTown = Municipality.ID(UUID())
    static let region = Region.ID(UUID()), otherRegion = Region.ID(UUID())
    static let territory = TerritoryMap(
        municipalityOf: [org: town, otherOrg: otherTown],
        regionOf: [town: region, otherTown: otherRegion])

    static func grant(_ role: Role, _ scope: GrantScope) -> Grant { Grant(role: role, scope: scope) }

    @Test(arguments: [
        // who, what, where, allowed
        (Role.curator, GrantScope.organization(org), Role.mentor, GrantScope.organization(org), true),
        (.curator, .organization(org), .legalRepresentative, .organization(org), true),
        (.curator, .organization(org), .curator, .organization(org), false),
        (.curator, .organization(org), .head, .organization(org), false),
        (.curator, .organization(org), .mentor, .organization(otherOrg), false),
        (.head, .organization(org), .curator, .organization(org), true),
        (.head, .organization(org), .head, .organization(org), false),
        (.head, .organization(org), .mentee, .organization(otherOrg), false),
        (.authorityCoordinator, .municipality(town), .curator, .organization(org), true),
        (.authorityCoordinator, .municipality(town), .head, .organization(otherOrg), false),
        (.authorityCoordinator, .municipality(town), .mentor, .organization(org), false),
        (.authorityCoordinator, .municipality(town), .authorityCoordinator, .municipality(town), true),
        (.authorityCoordinator, .municipality(town), .authorityCoordinator, .region(region), false),
        (.authorityCoordinator, .region(region), .authorityCoordinator, .municipality(town), true),
        (.authorityCoordinator, .region(region), .head, .organization(org), true),
        (.authorityCoordinator, .region(region), .head, .organization(otherOrg), false),
        (.authorityCoordinator, .region(region), .administrator, .system, false),
        (.mentor, .organization(org), .mentee, .organization(org), false),
        (.legalRepresentative, .organization(org), .legalRepresentative, .organization(org), false),
        (.administrator, .system, .administrator, .system, true),
        (.administrator, .system, .curator, .organization(otherOrg), true),
        (.administrator, .system, .curator, .system, false),
    ])
    func whoGivesWhat(role: Role, scope: GrantScope, gives: Role, at place: GrantScope, allowed: Bool) {
        #expect(
            GrantPolicy.allows([Self.grant(role, scope)], toGive: Self.grant(gives, place), in: Self.territory)
                == allowed)
    }

    @Test func managingNeedsEveryRoleOfTheAccount() {
        let head = [Self.grant(.head, .organization(Self.org))]
        #expect(GrantPolicy.manages(head, account: [Self.grant(.mentor, .organization(Self.org))], in: Self.territory))
        #expect(
            !GrantPolicy.manages(
                head,
                account: [
                    Self.grant(.mentor, .organization(Self.org)),
                    Self.grant(.head, .organization(Self.org)),
                ], in: Self.territory))
        #expect(!GrantPolicy.manages(head, account: [], in: Self.territory))
        #expect(GrantPolicy.manages([Self.grant(.administrator, .system)], account: [], in: Self.territory))
    }

    @Test func grantableRolesFollowTheOwnRoles() {
        #expect(
            GrantPolicy.grantableRoles(by: [Self.grant(.curator, .organization(Self.org))])
                == [.mentor, .mentee, .legalRepresentative])
        #expect(GrantPolicy.grantableRoles(by: [Self.grant(.mentor, .organization(Self.org))]).isEmpty)
    }

    @Test func deliveryPausesGrowThenGiveUp() {
        let policy = DeliveryPolicy()
        #expect((1...5).map { policy.pause(afterAttempts: $0) } == [60, 300, 1800, 7200, 21_600])
        #expect(policy.pause(afterAttempts: 6) == nil)
        #expect(policy.maximumAttempts == 6)
    }
}

@Suite struct TerritoryPolicyTests {
    typealias G = GrantPolicyTests

    @Test(arguments: [
        (Role.administrator, GrantScope.system, GrantScope.system, true),
        (.authorityCoordinator, .region(G.region), .region(G.region), true),
        (.authorityCoordinator, .region(G.region), .municipality(G.town), true),
        (.authorityCoordinator, .region(G.region), .organization(G.otherOrg), false),
        (.authorityCoordinator, .municipality(G.town), .region(G.region), false),
        (.authorityCoordinator, .municipality(G.town), .municipality(G.town), true),
        (.authorityCoordinator, .municipality(G.town), .organization(G.org), true),
        (.authorityCoordinator, .municipality(G.town), .system, false),
        (.head, .organization(G.org), .organization(G.org), false),
        (.curator, .organization(G.org), .municipality(G.town), false),
    ])
    func whoRegistersWhere(role: Role, scope: GrantScope, place: GrantScope, allowed: Bool) {
        #expect(TerritoryPolicy.mayManage([Grant(role: role, scope: scope)], at: place, in: G.territory) == allowed)
    }
}
