import FluentKit
import Foundation
import SQLKit

/// Named indexes that one migration creates together and its revert drops in reverse.
package struct IndexList {
    package var indexes: [(name: String, table: String, columns: [String])]

    package func create(on database: any Database) async throws {
        let sql = database.sql
        for index in indexes {
            var builder = sql.create(index: index.name).on(index.table)
            for column in index.columns { builder = builder.column(column) }
            try await builder.run()
        }
    }

    package func drop(on database: any Database) async throws {
        let sql = database.sql
        for index in indexes.reversed() { try await sql.drop(index: index.name).run() }
    }
}
