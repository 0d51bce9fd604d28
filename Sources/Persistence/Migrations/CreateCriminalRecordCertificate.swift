import FluentKit
import FluentSQL
import SQLKit

/// Certificates of no criminal record recorded for people (Labour Code art. 351.1), with the scan, and how long the
/// organization accepts one.
package struct CreateCriminalRecordCertificate: AsyncMigration {
    static let indexes = IndexList(indexes: [
        ("criminal_record_certificates_by_person", CriminalRecordCertificateModel.schema, ["person_id", "issued_on"])
    ])

    package func prepare(on database: any Database) async throws {
        try await database.schema(CriminalRecordCertificateModel.schema)
            .id()
            .field("organization_id", .uuid, .required, .references("organizations", "id"))
            .field("person_id", .uuid, .required, .references("people", "id"))
            .field("number", .string, .required)
            .field("issued_on", .string, .required)
            .field("issued_by", .string, .required)
            .field("scan_name", .string)
            .field("scan_type", .string)
            .field("scan_data", .data)
            .field("recorded_at", .datetime, .required)
            .create()
        try await Self.indexes.create(on: database)
        try await database.schema("organizations")
            .field("certificate_validity_months", .int, .required, .sql(.default(12)))
            .update()
    }

    package func revert(on database: any Database) async throws {
        try await database.schema("organizations").deleteField("certificate_validity_months").update()
        try await Self.indexes.drop(on: database)
        try await database.schema(CriminalRecordCertificateModel.schema).delete()
    }
}
