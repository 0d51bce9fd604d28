import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// Where a mentor stands with the certificate of no criminal record.
struct CertificateStatusDTO: Content {
    var code: String
    var title: String
    var validUntil: String?
    var daysLeft: Int?

    init(_ status: CertificateStatus) {
        code = status.code
        title = status.title
        switch status {
        case .missing: break
        case .valid(let until): validUntil = until.description
        case .expiring(let until, let days):
            validUntil = until.description
            daysLeft = days
        case .expired(let on): validUntil = on.description
        }
    }
}

struct CertificateDTO: Content {
    var id: UUID
    var number: String
    var issuedOn: String
    var issuedBy: String
    var hasScan: Bool

    init(_ recorded: CertificateLookup.Recorded) {
        id = recorded.id
        number = recorded.certificate.number
        issuedOn = recorded.certificate.issuedOn.description
        issuedBy = recorded.certificate.issuedBy
        hasScan = recorded.hasScan
    }
}

/// A person's certificates, newest first, with the status the newest gives.
struct CertificateCardDTO: Content {
    var personID: UUID
    var required: Bool
    var status: CertificateStatusDTO
    var certificates: [CertificateDTO]

    init(_ card: CertificateCard) throws {
        personID = try card.person.requireID()
        required = card.concerned
        status = CertificateStatusDTO(card.status)
        certificates = card.history.map(CertificateDTO.init)
    }
}

/// The organization's mentors of minors who need a certificate.
struct CertificateRosterDTO: Content {
    struct Row: Content {
        var personID: UUID
        var name: String
        var role: String
        var programs: [String]
        var status: CertificateStatusDTO
    }

    var validityMonths: Int
    var needAttention: Int
    var mentors: [Row]

    init(_ roster: CertificateRoster) {
        validityMonths = roster.validityMonths
        needAttention = roster.attentionCount
        mentors = roster.rows.map {
            Row(
                personID: $0.personID, name: $0.name, role: $0.role, programs: $0.programs,
                status: CertificateStatusDTO($0.status))
        }
    }
}
