import FluentKit
import Foundation
import MentoringCore

package final class RoadmapModel: Model, @unchecked Sendable {
    package static let schema = "roadmaps"
    @ID(key: .id) package var id: UUID?
    @OptionalParent(key: "organization_id") package var organization: OrganizationModel?
    @OptionalParent(key: "authority_id") package var authority: AuthorityModel?
    @Field(key: "title") package var title: String
    @OptionalField(key: "period_start") package var periodStart: String?
    @OptionalField(key: "period_end") package var periodEnd: String?
    @Field(key: "status") package var status: Roadmap.Status
    @OptionalField(key: "approval_order") package var approvalOrder: String?
    @Field(key: "source_kind") package var sourceKind: String
    @OptionalField(key: "source_name") package var sourceName: String?
    /// The secret part of the calendar feed address.
    @Field(key: "feed_token") package var feedToken: String
    @Field(key: "created_at") package var createdAt: Date
    @Children(for: \.$roadmap) package var stages: [RoadmapStageModel]
    @Children(for: \.$roadmap) package var activities: [RoadmapActivityModel]

    package init() {}

    package var properties: [any AnyProperty] {
        declared([
            $id, $organization, $authority, $title, $periodStart, $periodEnd, $status, $approvalOrder, $sourceKind,
            $sourceName, $feedToken, $createdAt, $stages, $activities,
        ])
    }

    package var period: DateSpan {
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
    package var dueContext: DueContext { Roadmap(title: title, period: period).dueContext }

    package var source: Roadmap.Source {
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

package final class RoadmapStageModel: Model, @unchecked Sendable {
    package static let schema = "roadmap_stages"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "roadmap_id") package var roadmap: RoadmapModel
    @Field(key: "position") package var position: Int
    @Field(key: "number") package var number: String
    @Field(key: "title") package var title: String
    @OptionalField(key: "goal") package var goal: String?
    @OptionalField(key: "expected_result") package var expectedResult: String?

    package init() {}

    package var properties: [any AnyProperty] {
        declared([$id, $roadmap, $position, $number, $title, $goal, $expectedResult])
    }
}

package final class RoadmapEvidenceModel: Model, @unchecked Sendable {
    package static let schema = "roadmap_evidence"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "activity_id") package var activity: RoadmapActivityModel
    @Field(key: "title") package var title: String
    /// An outside address; an object of the system is kept as `object`.
    @OptionalField(key: "link") package var link: String?
    @OptionalField(key: "object_kind") package var objectKind: EvidenceObject.Kind?
    @OptionalField(key: "object_id") package var objectID: UUID?
    @OptionalField(key: "object_filter") package var objectFilter: String?
    @OptionalField(key: "file_name") package var fileName: String?
    @OptionalField(key: "content_type") package var contentType: String?
    @OptionalField(key: "data") package var data: Data?
    @Field(key: "added_by") package var addedBy: String
    @Field(key: "added_at") package var addedAt: Date

    package init() {}

    package var properties: [any AnyProperty] {
        declared([
            $id, $activity, $title, $link, $objectKind, $objectID, $objectFilter, $fileName, $contentType, $data,
            $addedBy, $addedAt,
        ])
    }

    package var object: EvidenceObject? {
        get { objectKind.flatMap { kind in objectID.map { EvidenceObject(kind: kind, id: $0, filter: objectFilter) } } }
        set {
            objectKind = newValue?.kind
            objectID = newValue?.id
            objectFilter = newValue?.filter
        }
    }
}
