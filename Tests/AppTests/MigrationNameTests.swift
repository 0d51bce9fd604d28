import Fluent
import Persistence
import SQLKit
import Testing

@testable import App

/// An installation's database lists the migrations that ran by name; a name that changed would run them again.
@Suite struct MigrationNameTests {
    @Test func migrationsAreRecordedByTheNamesInstallationsHold() async throws {
        try await withApp { app, _ in
            let rows = try await app.db.sql.raw("SELECT name FROM _fluent_migrations").all()
            let names = Set(try rows.map { try $0.decode(column: "name", as: String.self) })
            #expect(names.count == Migrations.all.count)
            #expect(names.contains("App.CreateRegion") && names.contains("App.UpdateEvidenceAddObject"))
            #expect(names.allSatisfy { $0.hasPrefix("App.") })
        }
    }
}
