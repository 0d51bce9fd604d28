import Fluent
import FluentKit
import Foundation
import MentoringCore

/// An order of the head: a draft with editable grounds and points until it is signed with a number and a date.
final class OrderModel: Model, @unchecked Sendable {
    static let schema = "orders"
    @ID(key: .id) var id: UUID?
    @Parent(key: "organization_id") var organization: OrganizationModel
    @OptionalParent(key: "program_id") var program: ProgramModel?
    @Field(key: "kind") var kind: OrderKind
    @Field(key: "title") var title: String
    @Field(key: "grounds") var grounds: String
    /// The operative points, as JSON.
    @Field(key: "points") var pointsText: String
    @Field(key: "status") var status: OrderStatus
    @OptionalField(key: "number") var number: String?
    @OptionalField(key: "signed_on") var signedOn: CalendarDate?
    @OptionalField(key: "signed_year") var signedYear: Int?
    @OptionalField(key: "scan_name") var scanName: String?
    @OptionalField(key: "scan_type") var scanType: String?
    @OptionalField(key: "scan_data") var scanData: Data?
    @Field(key: "created_by") var createdBy: String
    @Field(key: "created_at") var createdAt: Date
    @OptionalField(key: "signed_at") var signedAt: Date?
    @Children(for: \.$order) var items: [OrderItemModel]

    init() {}

    var isSigned: Bool { status == .signed }

    var points: [String] {
        get { StoredJSON.decode([String].self, pointsText, fallback: []) }
        set { pointsText = StoredJSON.encode(newValue) }
    }

    /// «№ 12 от 01.10.2026», or «проект» before signing.
    var reference: String {
        guard let number, let date = signedOn else { return "проект приказа" }
        return "№ \(number) от \(date.russian)"
    }
}

/// What an order covers: a mentorship (fixed, changed, ended) or a mentor (the registry, a reward).
final class OrderItemModel: Model, @unchecked Sendable {
    static let schema = "order_items"
    @ID(key: .id) var id: UUID?
    @Parent(key: "order_id") var order: OrderModel
    @OptionalParent(key: "mentorship_id") var mentorship: MentorshipModel?
    @OptionalParent(key: "mentor_profile_id") var mentor: MentorProfileModel?
    @OptionalField(key: "note") var note: String?

    init() {}
}
