import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The organization's pattern of order numbers and the next number it gives.
extension OrderService {
    /// The next number of the year in the organization's pattern; nil when it numbers orders freely.
    func suggestedNumber(in org: OrganizationModel) async throws -> String? {
        guard let numbering = try? OrderNumbering(validating: org.orderNumbering) else { return nil }
        let numbers = try await OrderModel.query(on: scope.db).filter(\.$organization.$id == (try org.requireID()))
            .filter(\.$signedYear == scope.today.year).all().compactMap(\.number)
        return numbering.next(after: numbers)
    }

    /// Sets the pattern («{N}-о»); an empty one lets numbers be typed freely again.
    func setNumbering(_ organizationID: UUID, pattern text: String?) async throws -> String? {
        let (org, access) = try await OrganizationDirectory(scope: scope).managedOrganization(organizationID)
        let empty = (text ?? "").trimmingCharacters(in: .whitespaces).isEmpty
        let pattern = empty ? nil : try OrderNumbering(validating: text).pattern
        try await scope.db.atomically { db in
            try await OrganizationModel.query(on: db).filter(\.$id == organizationID)
                .set(\.$orderNumbering, to: pattern).update()
            try await AuditLog(scope: scope.on(db)).record(
                .update, .organization, objectID: org.id, organizationID: org.id, role: access.role,
                fields: ["orderNumbering"])
        }
        return pattern
    }
}
