import FluentKit
import Foundation
import MentoringCore

/// An organization's regulation: its sections kept as JSON, a draft until an order approves it.
package final class RegulationModel: Model, @unchecked Sendable {
    package static let schema = "regulations"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "organization_id") package var organization: OrganizationModel
    @Field(key: "sections") package var storedSections: String
    @Field(key: "status") package var status: RegulationStatus
    @OptionalParent(key: "order_id") package var order: OrderModel?
    @Field(key: "edited_by") package var editedBy: String
    @Field(key: "edited_at") package var editedAt: Date

    package init() {}

    package var properties: [any AnyProperty] {
        declared([$id, $organization, $storedSections, $status, $order, $editedBy, $editedAt])
    }
    package init(organizationID: UUID, regulation: Regulation, by: String, at: Date) {
        $organization.id = organizationID
        storedSections = Self.encode(regulation)
        status = .draft
        editedBy = by
        editedAt = at
    }

    package var regulation: Regulation {
        Regulation(sections: StoredJSON.decode([Regulation.Section].self, storedSections, fallback: []))
    }

    package static func encode(_ regulation: Regulation) -> String { StoredJSON.encode(regulation.sections) }

    package static func find(of organizationID: UUID, on db: any Database) async throws -> RegulationModel? {
        try await query(on: db).filter(\.$organization.$id == organizationID).with(\.$order).first()
    }
}
