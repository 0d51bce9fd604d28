import FluentKit
import Foundation

/// The indexes every signed-in request and the paged lists walk: an account's grants, a person's consents and
/// representatives, the people of an organization in the list's order (a page is read from the index, not sorted
/// from the whole organization), the audit log by person and by organization, a program's matching runs.
package struct CreateReadIndexes: AsyncMigration {
    package static let indexes = IndexList(indexes: [
        ("grants_by_account", "grants", ["account_id"]),
        ("consents_by_person", "consents", ["person_id"]),
        ("representations_by_person", "representations", ["person_id"]),
        ("people_in_order", "people", ["organization_id", "surname", "given_name", "created_at", "id"]),
        ("audit_by_person", "audit_entries", ["person_id", "at"]),
        ("audit_by_organization", "audit_entries", ["organization_id", "at"]),
        ("matching_runs_by_program", "matching_runs", ["program_id"]),
    ])

    package func prepare(on database: any Database) async throws { try await Self.indexes.create(on: database) }

    package func revert(on database: any Database) async throws { try await Self.indexes.drop(on: database) }
}
