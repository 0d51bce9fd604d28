import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// Consents at the scale of a class or a program: who has which consent and who misses what, the forms to print
/// for them, and the signed papers entered in one table.
struct ConsentBoard {
    let scope: RequestScope

    /// The consents a person needs to take part (the publication consent is asked for apart).
    static let needed = ProcessingPurpose.programParticipation.requiredKinds

    struct Filter: Sendable, Equatable {
        var grade: String?
        var programID: UUID?
    }

    struct Row: Sendable {
        var person: PersonModel
        var isMinor: Bool
        var statuses: [Consent.Kind: Consent.Status]
        var representatives: [LegalRepresentativeModel]

        var missing: [Consent.Kind] { ConsentBoard.needed.filter { statuses[$0] != .valid } }

        /// «нет согласия на участие», «согласие на обработку персональных данных отозвано»; `nil` when complete.
        var problem: String? {
            let missing = self.missing
            guard !missing.isEmpty else { return nil }
            return missing.map { kind in
                switch statuses[kind] ?? .missing {
                case .expired: "истекло согласие \(kind.object)"
                case .withdrawn: "отозвано согласие \(kind.object)"
                default: "нет согласия \(kind.object)"
                }
            }.joined(separator: "; ")
        }

        /// Who receives a consent link: the representatives with an e-mail for a minor, the person for an adult.
        var linkAddresses: [(representative: LegalRepresentativeModel?, email: String)] {
            if isMinor {
                return representatives.compactMap { rep in rep.email.flatMap { $0.isEmpty ? nil : (rep, $0) } }
            }
            return person.email.flatMap { $0.isEmpty ? nil : [(nil, $0)] } ?? []
        }
    }

    struct Board: Sendable {
        var organization: OrganizationModel
        var access: OrganizationAccess
        var rows: [Row]
        var grades: [String]
        var programs: [ProgramModel]
    }

    func board(_ organizationID: UUID, _ filter: Filter) async throws -> Board {
        let (organization, access) = try await OrganizationDirectory(scope: scope).managedOrganization(organizationID)
        var query = PersonModel.query(on: scope.db).filter(\.$organization.$id == organizationID)
            .filter(\.$anonymizedAt == nil).inNameOrder()
        if let grade = filter.grade { query = query.filter(\.$grade == grade) }
        if let programID = filter.programID {
            let mentors = try await MentorProfileModel.query(on: scope.db).filter(\.$program.$id == programID).all()
            let mentees = try await MenteeProfileModel.query(on: scope.db).filter(\.$program.$id == programID).all()
            query = query.filter(\.$id ~~ (mentors.map { $0.$person.id } + mentees.map { $0.$person.id }))
        }
        let people = try await query.all()
        let ids = try people.map { try $0.requireID() }
        let consents = try await ConsentLookup(db: scope.db).consents(of: ids)
        let links =
            ids.isEmpty ? [] : try await RepresentationModel.query(on: scope.db).filter(\.$person.$id ~~ ids).all()
        let representatives =
            links.isEmpty
            ? []
            : try await LegalRepresentativeModel.query(on: scope.db)
                .filter(\.$id ~~ links.map { $0.$representative.id }).all()
        let byID = Dictionary(uniqueKeysWithValues: try representatives.map { ((try $0.requireID()), $0) })
        let rows = try people.map { person in
            let own = consents[(try person.requireID())] ?? []
            return Row(
                person: person, isMinor: person.details.isMinor(on: scope.today),
                statuses: own.statuses(on: scope.today),
                representatives: links.filter { $0.$person.id == person.id }.compactMap { byID[$0.$representative.id] })
        }
        let allGrades = try await PersonModel.query(on: scope.db).filter(\.$organization.$id == organizationID)
            .filter(\.$grade != nil).field(\.$grade).unique().all().compactMap(\.grade)
        let programs = try await ProgramModel.query(on: scope.db).filter(\.$organization.$id == organizationID)
            .sort(\.$periodStart, .descending).all()
        try await AuditLog(scope: scope).record(
            .list, .people, organizationID: organizationID, role: access.role,
            fields: ["consents"])
        return Board(
            organization: organization, access: access, rows: rows,
            grades: Array(Set(allGrades)).sorted(by: Self.gradeOrder), programs: programs)
    }

    /// «5А» before «10Б»: by the number, then the letter.
    static func gradeOrder(_ a: String, _ b: String) -> Bool {
        let number = { (text: String) in Int(text.prefix { $0.isNumber }) ?? 0 }
        return (number(a), a) < (number(b), b)
    }

    /// The forms for the people missing a needed consent (or for everyone), in the organization's wording.
    func forms(_ organizationID: UUID, _ filter: Filter, onlyMissing: Bool) async throws -> (ConsentFormsDocument, Int)
    {
        let board = try await board(organizationID, filter)
        let texts = try await ConsentTemplates(scope: scope).texts(of: board.organization)
        var forms: [ConsentFormsDocument.Form] = []
        let rows = onlyMissing ? board.rows.filter { !$0.missing.isEmpty } : board.rows
        for row in rows {
            let details = row.person.details
            let signers: [(name: String, relation: String)?] =
                row.isMinor
                ? (row.representatives.isEmpty
                    ? [("________________________________", "мать / отец / опекун")]
                    : row.representatives.map { ($0.fullName, $0.relation) })
                : [nil]
            for signer in signers {
                for kind in onlyMissing ? row.missing : Self.needed {
                    let text = texts[kind]!
                    forms.append(
                        .init(
                            kind: kind, personName: details.fullName, birthDate: details.birthDate,
                            grade: details.grade, representative: signer, purpose: text.purpose,
                            body: text.body))
                }
            }
        }
        try await AuditLog(scope: scope).record(
            .download, .consent, organizationID: organizationID,
            role: board.access.role, fields: ["consentForms"])
        return (
            ConsentFormsDocument(
                organization: board.organization.fullName, address: board.organization.address,
                forms: forms), rows.count
        )
    }
}
