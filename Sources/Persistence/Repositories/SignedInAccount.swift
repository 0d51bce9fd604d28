import FluentKit
import Foundation
import MentoringCore
import SQLKit

/// The account a request is made by, with its grants, read in one statement. Every signed-in request starts with
/// it, so it is plain SQL: through the ORM it took three statements and most of a cheap request's time.
/// A blocked account is never found.
package struct SignedInAccount: Sendable {
    package var id: UUID
    package var login: String
    package var displayName: String
    package var personID: UUID?
    package var representativeID: UUID?
    package var mustChangePassword: Bool
    package var grants: [Grant]
    /// The API token it was found by, and when that token's use was last recorded.
    package var token: (id: UUID, lastUsedAt: Date?)?

    /// The account of a live API token, by the token's hash.
    package static func find(apiTokenHash hash: String, on db: any Database) async throws -> SignedInAccount? {
        try await read(
            db.sql.raw(
                """
                SELECT \(columns), t.id AS token_id, t.last_used_at FROM \(ident: APITokenModel.schema) t
                JOIN \(ident: AccountModel.schema) a ON a.id = t.account_id
                LEFT JOIN \(ident: GrantModel.schema) g ON g.account_id = a.id
                WHERE t.token_hash = \(bind: hash) AND t.revoked_at IS NULL AND a.blocked_at IS NULL
                """
            ).all(), withToken: true)
    }

    /// The account by its id.
    package static func find(_ id: UUID, on db: any Database) async throws -> SignedInAccount? {
        try await read(
            db.sql.raw(
                """
                SELECT \(columns) FROM \(ident: AccountModel.schema) a
                LEFT JOIN \(ident: GrantModel.schema) g ON g.account_id = a.id
                WHERE a.id = \(bind: id) AND a.blocked_at IS NULL
                """
            ).all(), withToken: false)
    }

    private static let columns: SQLQueryString = """
        a.id, a.login, a.display_name, a.person_id, a.representative_id, a.must_change_password, \
        g.role, g.region_id, g.municipality_id, g.organization_id
        """

    private static func read(_ rows: [any SQLRow], withToken: Bool) throws -> SignedInAccount? {
        guard let first = rows.first.map(ColumnReader.init) else { return nil }
        var account = SignedInAccount(
            id: try first.decode(column: "id", as: UUID.self),
            login: try first.decode(column: "login", as: String.self),
            displayName: try first.decode(column: "display_name", as: String.self),
            personID: try first.decode(column: "person_id", as: UUID?.self),
            representativeID: try first.decode(column: "representative_id", as: UUID?.self),
            mustChangePassword: try first.decode(column: "must_change_password", as: Bool.self),
            grants: [])
        if withToken {
            account.token = (
                try first.decode(column: "token_id", as: UUID.self),
                try first.decode(column: "last_used_at", as: Date?.self)
            )
        }
        for row in rows.map(ColumnReader.init) {
            guard let role = try row.decode(column: "role", as: String?.self),
                let grant = GrantModel.grant(
                    role: role, regionID: try row.decode(column: "region_id", as: UUID?.self),
                    municipalityID: try row.decode(column: "municipality_id", as: UUID?.self),
                    organizationID: try row.decode(column: "organization_id", as: UUID?.self))
            else { continue }
            account.grants.append(grant)
        }
        return account
    }
}
