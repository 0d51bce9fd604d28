import FluentKit

/// A municipality's own templates of the documents its organizations draw, versioned like an organization's.
package struct CreateMunicipalTemplate: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        try await CreateDocumentTemplate.createVersions(
            MunicipalTemplateModel.schema, holder: "municipality_id", in: "municipalities", on: database)
    }

    package func revert(on database: any Database) async throws {
        try await database.schema(MunicipalTemplateModel.schema).delete()
    }
}
