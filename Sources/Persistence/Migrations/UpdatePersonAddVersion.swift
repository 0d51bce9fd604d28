import FluentKit
import FluentSQL
import SQLKit

/// Each change of a person's data raises its version; an edit made from an older version is refused (409) instead
/// of silently overwriting what someone else saved in between. People already stored start at version 1.
package struct UpdatePersonAddVersion: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("people").field("version", .int, .required, .sql(.default(1))).update()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema("people").deleteField("version").update()
    }
}
