import FluentKit

/// The message a page shows once after a change ("Приказ подписан…") is kept in the session, not in the address,
/// so a link from someone else cannot make the site say anything.
package struct UpdateWebSessionAddNotice: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("web_sessions").field("notice", .string).update()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema("web_sessions").deleteField("notice").update()
    }
}
