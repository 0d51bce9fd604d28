import FluentKit
import Foundation
import MentoringCore
import SQLKit

// The program's dashboard and the municipal checkpoints read every activity of the current roadmaps: as plain rows,
// as `RowReading.swift` reads people and pairs (through Fluent they were a tenth of the dashboard).

extension RoadmapActivityModel {
    package convenience init(row: any SQLRow) throws {
        let row = ColumnReader(row)
        self.init()
        id = try row.decode(column: "id", as: UUID.self)
        $roadmap.id = try row.decode(column: "roadmap_id", as: UUID.self)
        $stage.id = try row.decode(column: "stage_id", as: UUID.self)
        position = try row.decode(column: "position", as: Int.self)
        number = try row.decode(column: "number", as: String.self)
        title = try row.decode(column: "title", as: String.self)
        dueText = try row.decode(column: "due_text", as: String.self)
        dueStart = try row.optional("due_start", as: String.self)
        dueEnd = try row.optional("due_end", as: String.self)
        checkpoint = try row.decode(column: "checkpoint", as: Bool.self)
        repeatRule = try row.optionalValue("repeat_rule", as: RepeatRule.self)
        occurrences = try row.decode(column: "occurrences", as: String.self)
        responsible = try row.decode(column: "responsible", as: String.self)
        $responsibleAccount.id = try row.optional("responsible_account_id", as: UUID.self)
        deliverable = try row.optional("deliverable", as: String.self)
        deliverableKind = try row.optionalValue("deliverable_kind", as: DeliverableKind.self)
        status = try row.value("status", as: RoadmapActivity.Status.self)
        doneOn = try row.optionalDay("done_on")
        notes = try row.optional("notes", as: String.self)
        $id.exists = true
    }
}

extension RoadmapModel {
    /// Loads the roadmaps' activities as `with(\.$activities)` loads them, in one plain statement.
    package static func loadActivities(of roadmaps: [RoadmapModel], on db: any Database) async throws {
        let ids = try roadmaps.map { try $0.requireID() }
        var activities: [UUID: [RoadmapActivityModel]] = [:]
        if !ids.isEmpty {
            for row in try await db.sql.select().column("*").from(RoadmapActivityModel.schema)
                .where("roadmap_id", .in, ids).all()
            {
                let activity = try RoadmapActivityModel(row: row)
                activities[activity.$roadmap.id, default: []].append(activity)
            }
        }
        for roadmap in roadmaps { roadmap.$activities.value = activities[try roadmap.requireID()] ?? [] }
    }
}
