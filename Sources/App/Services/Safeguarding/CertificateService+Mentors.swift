import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// A mentor of minors who needs a certificate of no criminal record, and where it stands.
struct CertificateRow: Sendable {
    var personID: UUID
    var name: String
    var role: String
    /// The programs whose mentor base holds the person.
    var programs: [String]
    var status: CertificateStatus
}

/// The organization's mentors of minors who need a certificate, with the rule's settings.
struct CertificateRoster {
    var organization: OrganizationModel
    var access: OrganizationAccess
    var validityMonths: Int
    /// Those to act on first (missing, expired, ending soonest), then the valid ones by name.
    var rows: [CertificateRow]

    var attentionCount: Int { rows.filter(\.status.needsAttention).count }
}

extension CertificateService {
    /// Every adult in the mentor bases of the organization's programs, not its teacher or head, who works in a form
    /// with school students as mentees. Mentors without a valid consent stay out: they are not matched and not named.
    /// Each base read is audited, as the base's page is.
    func roster(_ organizationID: UUID) async throws -> CertificateRoster {
        let (org, access) = try await OrganizationDirectory(scope: scope).organization(organizationID)
        guard access.readsAll else { throw DomainError.notFound }
        let programs = try await ProgramModel.query(on: scope.db).filter(\.$organization.$id == organizationID)
            .sort(\.$periodStart, .descending).all()
        var people: [UUID: (person: PersonModel, programs: [String])] = [:]
        for program in programs {
            let context = ProgramContext(
                program: program, organization: org, access: access, id: try program.requireID())
            for entry in try await BaseService(scope: scope).mentors(in: context)
            where Self.concerns(entry, scope.today) {
                people[entry.profile.$person.id, default: (entry.person, [])].programs.append(program.title)
            }
        }
        let certificates = try await CertificateLookup(db: scope.db).latest(of: Array(people.keys))
        let rows = people.map { id, found in
            CertificateRow(
                personID: id, name: found.person.details.fullName, role: BaseRows.role(found.person.details),
                programs: found.programs,
                status: CertificateStatus(
                    latest: certificates[id], on: scope.today, validityMonths: org.certificateValidityMonths))
        }
        return CertificateRoster(
            organization: org, access: access, validityMonths: org.certificateValidityMonths,
            rows: rows.sorted(by: Self.precedes))
    }

    private static func concerns(_ entry: MentorEntry, _ today: CalendarDate) -> Bool {
        entry.inBase && entry.profile.status != .left && CertificateRule.concerns(entry.person.details, on: today)
            && entry.profile.mentoringForms.contains { $0.menteeCategories.contains(.student) }
    }

    /// Missing first, then expired, ending soon and valid, each by its date, then by name.
    private static func precedes(_ a: CertificateRow, _ b: CertificateRow) -> Bool {
        let (left, right) = (urgency(a.status), urgency(b.status))
        if left.rank != right.rank { return left.rank < right.rank }
        if left.date != right.date, let l = left.date, let r = right.date { return l < r }
        return a.name < b.name
    }

    private static func urgency(_ status: CertificateStatus) -> (rank: Int, date: CalendarDate?) {
        switch status {
        case .missing: (0, nil)
        case .expired(let on): (1, on)
        case .expiring(let until, _): (2, until)
        case .valid(let until): (3, until)
        }
    }
}
