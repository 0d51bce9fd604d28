import FluentKit
import Foundation

package struct CreateLoginAttempt: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("login_attempts")
            .id()
            .field("login", .string, .required)
            .field("address", .string, .required)
            .field("succeeded", .bool, .required)
            .field("at", .datetime, .required)
            .create()
    }

    package func revert(on database: any Database) async throws { try await database.schema("login_attempts").delete() }
}
