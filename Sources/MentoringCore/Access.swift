import Foundation

/// Where an organization sits in the territory tree: what access decisions need to know about it.
public struct OrganizationPlace: Equatable, Hashable, Sendable {
    public var organizationID: Organization.ID
    public var municipalityID: Municipality.ID
    public var regionID: Region.ID

    public init(organizationID: Organization.ID, municipalityID: Municipality.ID, regionID: Region.ID) {
        self.organizationID = organizationID
        self.municipalityID = municipalityID
        self.regionID = regionID
    }
}

/// How much of one organization an account may touch.
public struct OrganizationAccess: Equatable, Sendable {
    /// Reads every person of the organization (staff); otherwise only the people linked to the account.
    public var readsAll: Bool
    /// Creates and edits people, consents, representatives.
    public var manages: Bool
    public var readsAudit: Bool
    /// The role shown in the header and written to the audit log: the strongest one that applies.
    public var role: Role
}

/// The single rule that turns grants into access: every query and every page asks it.
public enum AccessRule {
    public static func access(for grants: [Grant], to place: OrganizationPlace) -> OrganizationAccess? {
        let applicable = grants.filter { covers($0.scope, place) }
        guard let strongest = applicable.min(by: { rank($0.role) < rank($1.role) }) else { return nil }
        return OrganizationAccess(
            readsAll: applicable.contains { $0.role.seesWholeOrganization },
            manages: applicable.contains { $0.role.managesPeople },
            readsAudit: applicable.contains { $0.role.readsAudit },
            role: strongest.role)
    }

    static func covers(_ scope: GrantScope, _ place: OrganizationPlace) -> Bool {
        switch scope {
        case .system: true
        case .region(let id): id == place.regionID
        case .municipality(let id): id == place.municipalityID
        case .organization(let id): id == place.organizationID
        }
    }

    static func rank(_ role: Role) -> Int { Role.allCases.firstIndex(of: role)! }
}

extension OrganizationAccess {
    /// An authority reads an organization's base from outside; the organization's own staff process the data as
    /// its operator. From outside a person is seen by name only with a consent that allows reporting by name.
    public var namesNeedConsent: Bool { readsAll && !manages }

    /// The roadmap, its exports, evidence and feed are the staff's: participants of the organization do not see them.
    public var readsRoadmap: Bool { readsAll }

    public func showsName(consents: [Consent], on date: CalendarDate) -> Bool {
        !namesNeedConsent || ConsentPolicy.allows(.reportByName, consents: consents, on: date)
    }
}
