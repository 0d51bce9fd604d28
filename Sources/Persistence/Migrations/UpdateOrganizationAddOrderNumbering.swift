import FluentKit

/// The pattern an organization numbers its orders by, from which the next number is offered when an order is signed.
package struct UpdateOrganizationAddOrderNumbering: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema("organizations").field("order_numbering", .string).update()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema("organizations").deleteField("order_numbering").update()
    }
}
