import FluentKit
import Foundation

/// The curator's own words in the program's analytic report: strengths, weaknesses, proposals.
package struct UpdateProgramAddMonitoringReport: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("programs").field("monitoring_report", .string).update()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema("programs").deleteField("monitoring_report").update()
    }
}
