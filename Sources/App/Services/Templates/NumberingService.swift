import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The organization's patterns of document numbers, a requisite kept once per numbered kind — orders and additional
/// agreements — and the next number each gives in a year.
struct NumberingService {
    let scope: RequestScope

    /// The organization's column of the kind's pattern.
    static func pattern(
        of kind: DocumentKind
    ) -> KeyPath<OrganizationModel, OptionalFieldProperty<OrganizationModel, String>> {
        kind == .mentorAgreement ? \.$agreementNumbering : \.$orderNumbering
    }

    /// Sets the kind's pattern («{N}-о»); an empty one lets numbers be typed freely again.
    func set(_ organizationID: UUID, kind: DocumentKind, pattern text: String?) async throws -> String? {
        let (org, access) = try await OrganizationDirectory(scope: scope).managedOrganization(organizationID)
        let empty = (text ?? "").trimmingCharacters(in: .whitespaces).isEmpty
        let pattern = empty ? nil : try DocumentNumbering(validating: text).pattern
        try await scope.db.atomically { db in
            try await OrganizationModel.query(on: db).filter(\.$id == organizationID)
                .set(Self.pattern(of: kind), to: pattern).update()
            try await AuditLog(scope: scope.on(db)).record(
                .update, .organization, objectID: org.id, organizationID: org.id, role: access.role,
                fields: [kind == .mentorAgreement ? "agreementNumbering" : "orderNumbering"])
        }
        return pattern
    }

    /// The next additional agreement's number of the year in the organization's pattern; nil when it numbers them
    /// freely.
    func nextAgreement(in organizationID: UUID, year: Int, on db: any Database) async throws -> String? {
        guard let org = try await OrganizationModel.find(organizationID, on: db),
            let numbering = try? DocumentNumbering(validating: org.agreementNumbering)
        else { return nil }
        let numbers = try await MentorAgreementModel.query(on: db).filter(\.$organization.$id == organizationID)
            .filter(\.$agreementYear == year).field(\.$id).field(\.$agreementNumber).all().compactMap(\.agreementNumber)
        return numbering.next(after: numbers)
    }
}
