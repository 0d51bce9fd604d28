import Fluent
import FluentKit
import Foundation

/// The curator's own words in the program's analytic report: strengths, weaknesses, proposals.
struct UpdateProgramAddMonitoringReport: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema("programs").field("monitoring_report", .string).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema("programs").deleteField("monitoring_report").update()
    }
}
