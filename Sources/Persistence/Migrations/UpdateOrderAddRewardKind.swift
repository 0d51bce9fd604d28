import FluentKit

/// A reward order says how it rewards its mentors: a letter of thanks, a diploma, a petition for a higher award.
package struct UpdateOrderAddRewardKind: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await database.schema(OrderModel.schema).field("reward_kind", .string).update()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(OrderModel.schema).deleteField("reward_kind").update()
    }
}
