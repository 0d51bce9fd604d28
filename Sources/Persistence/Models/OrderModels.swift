import FluentKit
import Foundation
import MentoringCore

/// An order of the head: a draft with editable grounds and points until it is signed with a number and a date.
package final class OrderModel: Model, @unchecked Sendable {
    package static let schema = "orders"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "organization_id") package var organization: OrganizationModel
    @OptionalParent(key: "program_id") package var program: ProgramModel?
    @Field(key: "kind") package var kind: OrderKind
    @Field(key: "title") package var title: String
    @Field(key: "grounds") package var grounds: String
    /// The operative points, as JSON.
    @Field(key: "points") package var pointsText: String
    @Field(key: "status") package var status: OrderStatus
    @OptionalField(key: "number") package var number: String?
    @OptionalField(key: "signed_on") package var signedOn: CalendarDate?
    @OptionalField(key: "signed_year") package var signedYear: Int?
    @OptionalField(key: "scan_name") package var scanName: String?
    @OptionalField(key: "scan_type") package var scanType: String?
    @OptionalField(key: "scan_data") package var scanData: Data?
    @Field(key: "created_by") package var createdBy: String
    @Field(key: "created_at") package var createdAt: Date
    @OptionalField(key: "signed_at") package var signedAt: Date?
    /// For a reward order: how it rewards its mentors.
    @OptionalField(key: "reward_kind") package var rewardKind: RewardKind?
    @Children(for: \.$order) package var items: [OrderItemModel]

    package init() {}

    package var properties: [any AnyProperty] {
        declared([
            $id, $organization, $program, $kind, $title, $grounds, $pointsText, $status, $number, $signedOn,
            $signedYear, $scanName, $scanType, $scanData, $createdBy, $createdAt, $signedAt, $rewardKind, $items,
        ])
    }

    package var isSigned: Bool { status == .signed }

    /// How a reward order rewards (a letter of thanks when drafted before rewards had kinds); nil for other orders.
    package var reward: RewardKind? { kind == .rewardMentors ? rewardKind ?? .organizationThanks : nil }

    package var points: [String] {
        get { StoredJSON.decode([String].self, pointsText, fallback: []) }
        set { pointsText = StoredJSON.encode(newValue) }
    }

    /// «№ 12 от 01.10.2026», or «проект приказа» before signing.
    package var reference: String { OrderSummary.reference(number: number, signedOn: signedOn) }

    package var summary: OrderSummary {
        get throws {
            OrderSummary(
                id: .init(try requireID()), kind: kind, title: title, status: status, number: number,
                signedOn: signedOn, preparedBy: createdBy)
        }
    }
}

/// What an order covers: a mentorship (fixed, changed, ended) or a mentor (the registry, a reward).
package final class OrderItemModel: Model, @unchecked Sendable {
    package static let schema = "order_items"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "order_id") package var order: OrderModel
    @OptionalParent(key: "mentorship_id") package var mentorship: MentorshipModel?
    @OptionalParent(key: "mentor_profile_id") package var mentor: MentorProfileModel?
    @OptionalField(key: "note") package var note: String?

    package init() {}

    package var properties: [any AnyProperty] { declared([$id, $order, $mentorship, $mentor, $note]) }
}
