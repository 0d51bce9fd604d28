import FluentKit

/// Partners become records of their own: kind, requisites, contact person, the cooperation agreement and its scan.
package struct UpdatePartnerAddDetails: AsyncMigration {
    static let columns: [(String, DatabaseSchema.DataType)] = [
        ("kind", .string), ("inn", .string), ("address", .string), ("contact_name", .string),
        ("contact_phone", .string), ("contact_email", .string), ("agreement_number", .string),
        ("agreement_signed_on", .string), ("agreement_valid_until", .string), ("scan_name", .string),
        ("scan_type", .string), ("scan_data", .data),
    ]

    package func prepare(on database: any Database) async throws {
        // SQLite adds one column per statement.
        for (name, type) in Self.columns {
            try await database.schema(PartnerModel.schema).field(.string(name), type).update()
        }
    }

    package func revert(on database: any Database) async throws {
        for (name, _) in Self.columns.reversed() {
            try await database.schema(PartnerModel.schema).deleteField(.string(name)).update()
        }
    }
}
