import FluentKit

/// A migration under the name installations have recorded it by.
///
/// Fluent records each migration that ran by its name, by default the type's name with its module. The migrations
/// were declared in App before Persistence existed, so every database holds `App.CreateRegion` and so on; under a
/// new name an existing database would run them all again and stop on the first table that exists.
struct RecordedMigration: AsyncMigration {
    let migration: any AsyncMigration

    var name: String { "App." + String(describing: type(of: migration)) }

    func prepare(on database: any Database) async throws { try await migration.prepare(on: database) }

    func revert(on database: any Database) async throws { try await migration.revert(on: database) }
}
