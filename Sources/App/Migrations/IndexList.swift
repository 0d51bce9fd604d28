import Fluent
import FluentKit
import Foundation
import SQLKit

/// Named indexes that one migration creates together and its revert drops in reverse.
struct IndexList {
    var indexes: [(name: String, table: String, columns: [String])]

    func create(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for index in indexes {
            var builder = sql.create(index: index.name).on(index.table)
            for column in index.columns { builder = builder.column(column) }
            try await builder.run()
        }
    }

    func drop(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        for index in indexes.reversed() { try await sql.drop(index: index.name).run() }
    }
}
