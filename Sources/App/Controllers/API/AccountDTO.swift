import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// A role of an account, with where it applies.
struct GrantDTO: Content {
    var id: UUID?
    var role: Role
    var organizationID: UUID?
    var municipalityID: UUID?
    var regionID: UUID?
    var title: String

    init(id: UUID?, grant: Grant, territory: TerritoryLoader.Loaded) {
        self.id = id
        role = grant.role
        switch grant.scope {
        case .system: break
        case .region(let region): regionID = region.rawValue
        case .municipality(let municipality): municipalityID = municipality.rawValue
        case .organization(let organization): organizationID = organization.rawValue
        }
        title = territory.title(of: grant)
    }
}

struct AccountDTO: Content {
    var id: UUID
    var login: String
    var displayName: String
    var email: String?
    var personID: UUID?
    var state: AccountState
    var lastSignInAt: Date?
    var grants: [GrantDTO]

    init(_ entry: AccountDirectory.Entry, territory: TerritoryLoader.Loaded) throws {
        id = (try entry.account.requireID())
        login = entry.account.login
        displayName = entry.account.displayName
        email = entry.account.mailAddress
        personID = entry.account.$person.id
        state = entry.state
        lastSignInAt = entry.account.lastSignInAt
        grants = entry.grants.map { GrantDTO(id: $0.id, grant: $0.grant, territory: territory) }
    }
}

struct InvitationDTO: Content {
    var id: UUID
    var email: String?
    var displayName: String
    var grant: GrantDTO
    var personID: UUID?
    var state: InvitationState
    var createdAt: Date
    var expiresAt: Date
    var accountID: UUID?
    /// Only in the answer that issued the link, and only without mail: the one chance to pass it on.
    var link: String?

    init(_ invitation: InvitationModel, territory: TerritoryLoader.Loaded, now: Date, link: String? = nil) throws {
        id = (try invitation.requireID())
        email = invitation.email
        displayName = invitation.displayName
        grant = GrantDTO(id: nil, grant: invitation.grant, territory: territory)
        personID = invitation.personID
        state = invitation.state(now: now)
        createdAt = invitation.createdAt
        expiresAt = invitation.expiresAt
        accountID = invitation.accountID
        self.link = link
    }
}

/// A role and its place as the API takes them: exactly one of the ids, or none for the administrator.
struct GrantInput: Content {
    var role: String?
    var organizationID: UUID?
    var municipalityID: UUID?
    var regionID: UUID?

    var scope: GrantScope {
        if let organizationID { return .organization(.init(organizationID)) }
        if let municipalityID { return .municipality(.init(municipalityID)) }
        if let regionID { return .region(.init(regionID)) }
        return .system
    }
}

struct InvitationInput: Content {
    var email: String?
    var displayName: String?
    var role: String?
    var organizationID: UUID?
    var municipalityID: UUID?
    var regionID: UUID?
    var personID: UUID?
    var representativeID: UUID?
}
