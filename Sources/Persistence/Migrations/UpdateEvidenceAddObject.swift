import FluentKit

/// Evidence that is an object of the system keeps the object (its kind, id and the list's filter) instead of the
/// page's address; rows kept as addresses are read into objects once.
package struct UpdateEvidenceAddObject: AsyncMigration {
    package func prepare(on database: any Database) async throws {
        // One column per statement: SQLite adds one column at a time.
        for (name, type) in [
            ("object_kind", DatabaseSchema.DataType.string), ("object_id", .uuid), ("object_filter", .string),
        ] {
            try await database.schema("roadmap_evidence").field(.string(name), type).update()
        }
        try await Self.readAddresses(on: database)
    }

    /// Evidence kept as an address of the system becomes the object the address shows; outside links stay.
    package static func readAddresses(on database: any Database) async throws {
        for evidence in try await RoadmapEvidenceModel.query(on: database).filter(\.$link != nil).all() {
            guard let link = evidence.link, let object = EvidenceObject(path: link) else { continue }
            evidence.object = object
            evidence.link = nil
            try await evidence.save(on: database)
        }
    }

    package func revert(on database: any Database) async throws {
        for evidence in try await RoadmapEvidenceModel.query(on: database).filter(\.$objectKind != nil).all() {
            evidence.link = evidence.object?.storedAddress
            evidence.object = nil
            try await evidence.save(on: database)
        }
        for name in ["object_kind", "object_id", "object_filter"] {
            try await database.schema("roadmap_evidence").deleteField(.string(name)).update()
        }
    }
}
