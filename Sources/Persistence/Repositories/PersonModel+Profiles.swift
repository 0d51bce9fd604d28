import FluentKit
import Foundation
import SQLKit

extension PersonModel {
    /// The people behind profiles of one kind, read in one join.
    package static func behind(
        profiles: [UUID], in table: String, on db: any Database
    ) async throws -> [(profile: UUID, person: PersonModel)] {
        return try await db.sql.select().column(SQLColumn("id", table: "pr"), as: "profile_id").column(
            SQLColumn(SQLLiteral.all, table: SQLIdentifier("p"))
        )
        .from(SQLAlias(SQLIdentifier(table), as: SQLIdentifier("pr")))
        .join(
            SQLAlias(SQLIdentifier(PersonModel.schema), as: SQLIdentifier("p")), on: SQLColumn("id", table: "p"),
            .equal, SQLColumn("person_id", table: "pr")
        )
        .where(SQLColumn("id", table: "pr"), .in, SQLBind.group(profiles)).all()
        .map { (try $0.decode(column: "profile_id", as: UUID.self), try PersonModel(row: $0)) }
    }
}

extension PersonModel {
    /// How many people each organization keeps, counted in one query; an organization without people is absent.
    package static func counts(in organizations: [UUID], on db: any Database) async throws -> [UUID: Int] {
        guard !organizations.isEmpty else { return [:] }
        var counts: [UUID: Int] = [:]
        for chunk in organizations.chunks(of: 500) {
            let rows = try await db.sql.select().column("organization_id")
                .columnCountingRows()
                .from(PersonModel.schema).where("organization_id", .in, SQLBind.group(chunk))
                .groupBy("organization_id").all()
            for row in rows {
                counts[try row.decode(column: "organization_id", as: UUID.self)] = try row.decode(
                    column: "n", as: Int.self)
            }
        }
        return counts
    }
}
