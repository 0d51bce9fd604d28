import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

extension RegulationService {
    /// A signed order that approves the regulation approves it as it stands: the saved text, or the draft the
    /// organization's data gives when nobody has saved one. Runs inside the signing's transaction (`scope` is on it).
    func approve(by order: OrderModel, organization org: OrganizationModel, role: Role) async throws {
        let id = try org.requireID()
        let stored: RegulationModel
        if let found = try await RegulationModel.find(of: id, on: scope.db) {
            stored = found
        } else {
            stored = RegulationModel(
                organizationID: id, regulation: try await drafted(org), by: order.createdBy, at: scope.now)
        }
        stored.status = .approved
        stored.$order.id = try order.requireID()
        try await stored.save(on: scope.db)
        try await AuditLog(scope: scope).record(
            .update, .regulation, objectID: stored.id, organizationID: org.id, role: role,
            fields: ["status", "order_id"])
    }
}
