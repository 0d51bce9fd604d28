import FluentKit
import SQLKit

/// The migrations a database records as applied, against the ones this build knows.
package struct SchemaVersion: Sendable, Equatable {
    package var applied: [String]
    package var known: [String]

    package init(applied: [String], known: [String] = Migrations.all.map(\.name)) {
        self.applied = applied
        self.known = known
    }

    /// Known migrations the database has not run yet.
    package var pending: [String] { known.filter { !Set(applied).contains($0) } }
    /// Migrations a newer build ran: this build must not touch such a database.
    package var unknown: [String] { applied.filter { !Set(known).contains($0) } }
    package var isCurrent: Bool { pending.isEmpty && unknown.isEmpty }

    /// Reads Fluent's record; a database without it (never migrated) has applied nothing.
    package static func read(on db: any Database) async throws -> SchemaVersion {
        guard try await db.sql.tableExists(table) else { return SchemaVersion(applied: []) }
        let rows = try await db.sql.select().column(name).from(table).orderBy(batch).all()
        return SchemaVersion(applied: try rows.map { try $0.decode(column: name, as: String.self) })
    }

    /// Fluent's record of the migrations that ran.
    package static let table = "_fluent_migrations"
    private static let name = "name"
    private static let batch = "batch"
}
