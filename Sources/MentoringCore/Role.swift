import Foundation

/// A role granted to an account within a scope.
public enum Role: String, CaseIterable, Codable, Sendable {
    case administrator
    case authorityCoordinator = "authority_coordinator"
    case head
    case curator
    case mentor
    case mentee
    case legalRepresentative = "legal_representative"

    public var title: String {
        switch self {
        case .administrator: "Администратор"
        case .authorityCoordinator: "Координатор органа управления"
        case .head: "Руководитель"
        case .curator: "Куратор"
        case .mentor: "Наставник"
        case .mentee: "Наставляемый"
        case .legalRepresentative: "Законный представитель"
        }
    }

    /// Staff roles see the whole base of an organization; participants see only themselves and their wards.
    public var seesWholeOrganization: Bool {
        switch self {
        case .administrator, .authorityCoordinator, .head, .curator: true
        case .mentor, .mentee, .legalRepresentative: false
        }
    }

    /// Roles that change an organization's people and consents.
    public var managesPeople: Bool {
        switch self {
        case .administrator, .head, .curator: true
        default: false
        }
    }

    /// Roles that may read the audit log (of their organization; the administrator of all).
    public var readsAudit: Bool { self == .administrator || self == .curator || self == .head }
}

/// Where a grant applies.
public enum GrantScope: Equatable, Hashable, Sendable {
    case system
    case region(Region.ID)
    case municipality(Municipality.ID)
    case organization(Organization.ID)
}

public struct Grant: Equatable, Hashable, Sendable {
    public var role: Role
    public var scope: GrantScope

    public init(role: Role, scope: GrantScope) {
        self.role = role
        self.scope = scope
    }

    /// Whether the scope fits the role: the administrator is system-wide, a coordinator works for a territory,
    /// everyone else within one organization.
    public var isConsistent: Bool {
        switch (role, scope) {
        case (.administrator, .system): true
        case (.authorityCoordinator, .region), (.authorityCoordinator, .municipality): true
        case (.head, .organization), (.curator, .organization), (.mentor, .organization),
            (.mentee, .organization), (.legalRepresentative, .organization):
            true
        default: false
        }
    }
}
