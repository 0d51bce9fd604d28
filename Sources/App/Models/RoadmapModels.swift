import Fluent
import FluentKit
import Foundation
import MentoringCore

final class RoadmapModel: Model, @unchecked Sendable {
    static let schema = "roadmaps"
    @ID(key: .id) var id: UUID?
    @OptionalParent(key: "organization_id") var organization: OrganizationModel?
    @OptionalParent(key: "authority_id") var authority: AuthorityModel?
    @Field(key: "title") var title: String
    @OptionalField(key: "period_start") var periodStart: String?
    @OptionalField(key: "period_end") var periodEnd: String?
    @Field(key: "status") var status: Roadmap.Status
    @OptionalField(key: "approval_order") var approvalOrder: String?
    @Field(key: "source_kind") var sourceKind: String
    @OptionalField(key: "source_name") var sourceName: String?
    /// The secret part of the calendar feed address.
    @Field(key: "feed_token") var feedToken: String
    @Field(key: "created_at") var createdAt: Date
    @Children(for: \.$roadmap) var stages: [RoadmapStageModel]
    @Children(for: \.$roadmap) var activities: [RoadmapActivityModel]

    init() {}

    var period: DateSpan {
        get {
            DateSpan(
                start: periodStart.flatMap(CalendarDate.init(parsing:)),
                end: periodEnd.flatMap(CalendarDate.init(parsing:)))
        }
        set {
            periodStart = newValue.start?.description
            periodEnd = newValue.end?.description
        }
    }

    /// The context the roadmap's due texts are read in: its title's year and its period.
    var dueContext: DueContext { Roadmap(title: title, period: period).dueContext }

    var source: Roadmap.Source {
        get {
            switch sourceKind {
            case "template": .template(sourceName ?? "")
            case "imported": .imported(fileName: sourceName ?? "")
            default: .manual
            }
        }
        set {
            switch newValue {
            case .template(let name):
                sourceKind = "template"
                sourceName = name
            case .imported(let name):
                sourceKind = "imported"
                sourceName = name
            case .manual:
                sourceKind = "manual"
                sourceName = nil
            }
        }
    }
}

final class RoadmapStageModel: Model, @unchecked Sendable {
    static let schema = "roadmap_stages"
    @ID(key: .id) var id: UUID?
    @Parent(key: "roadmap_id") var roadmap: RoadmapModel
    @Field(key: "position") var position: Int
    @Field(key: "number") var number: String
    @Field(key: "title") var title: String
    @OptionalField(key: "goal") var goal: String?
    @OptionalField(key: "expected_result") var expectedResult: String?

    init() {}
}

final class RoadmapEvidenceModel: Model, @unchecked Sendable {
    static let schema = "roadmap_evidence"
    @ID(key: .id) var id: UUID?
    @Parent(key: "activity_id") var activity: RoadmapActivityModel
    @Field(key: "title") var title: String
    /// An outside address; an object of the system is kept as `object`.
    @OptionalField(key: "link") var link: String?
    @OptionalField(key: "object_kind") var objectKind: EvidenceObject.Kind?
    @OptionalField(key: "object_id") var objectID: UUID?
    @OptionalField(key: "object_filter") var objectFilter: String?
    @OptionalField(key: "file_name") var fileName: String?
    @OptionalField(key: "content_type") var contentType: String?
    @OptionalField(key: "data") var data: Data?
    @Field(key: "added_by") var addedBy: String
    @Field(key: "added_at") var addedAt: Date

    init() {}

    var object: EvidenceObject? {
        get { objectKind.flatMap { kind in objectID.map { EvidenceObject(kind: kind, id: $0, filter: objectFilter) } } }
        set {
            objectKind = newValue?.kind
            objectID = newValue?.id
            objectFilter = newValue?.filter
        }
    }

    /// Where the evidence is read: its object's page, or the outside address.
    var address: String? { object?.path ?? link }
}
