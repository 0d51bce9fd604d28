import Fluent
import FluentKit
import Foundation
import SQLKit

/// Covering indexes for the curator's table and the daily rhythm check: their grouped counts of meetings and feedback
/// read every column they need from the index, not from tens of thousands of table rows.
struct CreateRhythmIndexes: AsyncMigration {
    static let indexes: [(name: String, table: String, columns: [String])] = [
        ("meetings_rhythm", "meetings", ["mentorship_id", "status", "starts_at", "created_at"]),
        ("feedback_rhythm", "meeting_feedback", ["mentorship_id", "questionnaire", "answered_at", "role", "rating", "created_at", "meeting_id"]),
    ]

    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for index in Self.indexes {
            var builder = sql.create(index: index.name).on(index.table)
            for column in index.columns { builder = builder.column(column) }
            try await builder.run()
        }
    }

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for index in Self.indexes.reversed() { try await sql.drop(index: index.name).run() }
    }
}
