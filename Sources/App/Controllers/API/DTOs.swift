import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// The API's view of an organization. Models never go out as JSON: these shapes are the contract.
struct OrganizationDTO: Content {
    var id: UUID
    var municipality: String
    var details: Organization.Details

    init(_ model: OrganizationModel) throws {
        id = (try model.requireID())
        municipality = model.municipality.name
        details = model.details
    }
}

struct PersonDTO: Content {
    var id: UUID
    var organizationID: UUID
    var details: Person.Details
    /// Nil when the birth date is not recorded (allowed for staff).
    var age: Int?
    var isMinor: Bool
    var consentStatus: Consent.Status
    var anonymized: Bool
    /// The edit version; `PUT` with `If-Match: "<version>"` is refused (409) when someone saved in between.
    var version: Int

    /// `access` decides whether the name may be shown; where it may not, the details come anonymized.
    init(_ person: PersonListing, consents: [Consent], today: CalendarDate, access: OrganizationAccess) {
        let details = person.details
        id = person.id
        organizationID = person.organizationID
        self.details = access.showsName(consents: consents, on: today) ? details : Anonymization.anonymized(details)
        age = details.age(on: today)
        isMinor = details.isMinor(on: today)
        consentStatus = consents.overallStatus(on: today)
        anonymized = person.anonymizedAt != nil
        version = person.version
    }

    init(_ model: PersonModel, consents: [Consent], today: CalendarDate, access: OrganizationAccess) throws {
        self.init(try PersonListing(model), consents: consents, today: today, access: access)
    }
}

struct PersonPageDTO: Content {
    var items: [PersonDTO]
    var page: Int
    var pageCount: Int
    var total: Int
}

struct ConsentDTO: Content {
    var id: UUID
    var personID: UUID
    var kind: Consent.Kind
    var purpose: String
    var signedBy: String
    var signedOn: CalendarDate
    var validUntil: CalendarDate?
    var withdrawnOn: CalendarDate?
    var status: Consent.Status
    var textSHA256: String
    var hasScan: Bool

    init(_ model: ConsentModel, today: CalendarDate) throws {
        let consent = model.consent
        id = (try model.requireID())
        personID = model.$person.id
        kind = consent.kind
        purpose = consent.purpose
        signedBy = model.$representative.id?.uuidString.lowercased() ?? "subject"
        signedOn = consent.signedOn
        validUntil = consent.validUntil
        withdrawnOn = consent.withdrawnOn
        status = consent.status(on: today)
        textSHA256 = model.text.sha256
        hasScan = model.hasScan
    }
}

struct RepresentativeDTO: Content {
    var id: UUID
    var details: LegalRepresentative.Details

    init(_ model: LegalRepresentativeModel) throws {
        id = (try model.requireID())
        details = model.details
    }
}

struct AuditEntryDTO: Content {
    var id: UUID
    var at: Date
    var actor: String
    var role: String
    var action: String
    var objectKind: String
    var objectID: UUID?
    var personID: UUID?
    var organizationID: UUID?
    var fields: [String]
    var requestID: String
    var clientAddress: String?

    init(_ model: AuditEntryModel) throws {
        id = (try model.requireID())
        at = model.at
        actor = model.actor
        role = model.role
        action = model.action
        objectKind = model.objectKind
        objectID = model.objectID
        personID = model.personID
        organizationID = model.organizationID
        fields = model.fields.split(separator: ",").map(String.init)
        requestID = model.requestID
        clientAddress = model.clientAddress
    }
}

struct MeDTO: Content {
    struct GrantDTO: Content {
        var role: Role
        var scope: String
        var scopeID: UUID?
    }
    var login: String
    var displayName: String
    var grants: [GrantDTO]

    init(_ user: CurrentUser) {
        login = user.login
        displayName = user.displayName
        grants = user.grants.map { grant in
            switch grant.scope {
            case .system: GrantDTO(role: grant.role, scope: "system")
            case .region(let id): GrantDTO(role: grant.role, scope: "region", scopeID: id.rawValue)
            case .municipality(let id): GrantDTO(role: grant.role, scope: "municipality", scopeID: id.rawValue)
            case .organization(let id): GrantDTO(role: grant.role, scope: "organization", scopeID: id.rawValue)
            }
        }
    }
}
