/// Where organizations and municipalities sit, as far as a grant decision needs it.
public struct TerritoryMap: Sendable, Equatable {
    public var municipalityOf: [Organization.ID: Municipality.ID]
    public var regionOf: [Municipality.ID: Region.ID]

    public init(municipalityOf: [Organization.ID: Municipality.ID] = [:], regionOf: [Municipality.ID: Region.ID] = [:])
    {
        self.municipalityOf = municipalityOf
        self.regionOf = regionOf
    }

    /// Whether `scope` lies inside the territory of a coordinator's scope.
    public func contains(_ scope: GrantScope, within territory: GrantScope) -> Bool {
        switch (territory, scope) {
        case (.region(let region), .region(let other)): return region == other
        case (.region(let region), .municipality(let municipality)): return regionOf[municipality] == region
        case (.region(let region), .organization(let organization)):
            return municipalityOf[organization].flatMap { regionOf[$0] } == region
        case (.municipality(let municipality), .municipality(let other)): return municipality == other
        case (.municipality(let municipality), .organization(let organization)):
            return municipalityOf[organization] == municipality
        default: return false
        }
    }
}

/// Who may give which role where. Nobody grants a role wider than their own: a curator gives the participants'
/// roles of their organization, a head also the curator's; a coordinator gives coordinators of their territory and
/// the heads and curators of its organizations; the administrator gives anything.
public enum GrantPolicy {
    /// The roles a role may give, each within the scope `allows` checks.
    public static func givable(by role: Role) -> Set<Role> {
        switch role {
        case .administrator: Set(Role.allCases)
        case .authorityCoordinator: [.authorityCoordinator, .head, .curator]
        case .head: [.curator, .mentor, .mentee, .legalRepresentative]
        case .curator: [.mentor, .mentee, .legalRepresentative]
        case .mentor, .mentee, .legalRepresentative: []
        }
    }

    /// Whether someone holding `grants` may give (or take back) `grant`.
    public static func allows(_ grants: [Grant], toGive grant: Grant, in territory: TerritoryMap) -> Bool {
        guard grant.isConsistent else { return false }
        return grants.contains { own in
            guard givable(by: own.role).contains(grant.role) else { return false }
            switch own.role {
            case .administrator: return true
            case .authorityCoordinator: return territory.contains(grant.scope, within: own.scope)
            default: return own.scope == grant.scope
            }
        }
    }

    /// The roles someone may give at all, for the invitation form, in the usual order.
    public static func grantableRoles(by grants: [Grant]) -> [Role] {
        let roles = grants.reduce(into: Set<Role>()) { $0.formUnion(givable(by: $1.role)) }
        return Role.allCases.filter(roles.contains)
    }

    /// Whether someone may manage an account (block, unblock, send a password reset): only when they could have
    /// given every role it holds, so a curator cannot block their head. An account without roles belongs to the
    /// administrator.
    public static func manages(_ grants: [Grant], account accountGrants: [Grant], in territory: TerritoryMap) -> Bool {
        if grants.contains(where: { $0.role == .administrator }) { return true }
        return !accountGrants.isEmpty && accountGrants.allSatisfy { allows(grants, toGive: $0, in: territory) }
    }
}
