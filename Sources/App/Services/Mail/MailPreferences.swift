import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// Which letters an account receives: reminders and the digest can be turned off on the account page or by the
/// `List-Unsubscribe` link of any reminder (one click, no sign-in: the link's secret is the key).
struct MailPreferences {
    let db: any Database

    /// The account's unsubscribe address, made with its first reminder.
    func unsubscribeLink(for account: AccountModel, outbox: Outbox) async throws -> String {
        if account.unsubscribeToken == nil {
            account.unsubscribeToken = Secrets.token()
            try await AccountModel.query(on: db).filter(\.$id == (try account.requireID())).filter(
                \.$unsubscribeToken == nil
            )
            .set(\.$unsubscribeToken, to: account.unsubscribeToken).update()
            // Another node may have made one first: use whatever is stored.
            account.unsubscribeToken =
                try await AccountModel.find(account.id, on: db)?.unsubscribeToken ?? account.unsubscribeToken
        }
        return outbox.link(SiteURL.unsubscribe(account.unsubscribeToken!).path)
    }

    /// Turns the optional letters on or off.
    /// The optional letters the account turned off.
    func muted(_ accountID: UUID?) async throws -> Set<MailKind> {
        guard let accountID, let account = try await AccountModel.find(accountID, on: db) else { return [] }
        return Set(MailKind.allCases.filter { !account.receives($0) })
    }

    func set(_ accountID: UUID, muted: [MailKind], scope: RequestScope) async throws {
        let kinds = muted.filter(\.isOptional)
        try await AccountModel.query(on: db).filter(\.$id == accountID).set(\.$mutedMail, to: kinds).update()
        try await AuditLog(scope: scope).record(.update, .account, objectID: accountID, fields: ["mutedMail"])
    }

    /// The account of an unsubscribe link, or `nil` for a link that is not one.
    func account(unsubscribeToken token: String) async throws -> AccountModel? {
        guard token.count >= 20 else { return nil }
        return try await AccountModel.query(on: db).filter(\.$unsubscribeToken == token).first()
    }

    /// One click from a letter: reminders stop.
    func unsubscribe(_ account: AccountModel) async throws {
        let muted = Array(Set((account.mutedMail ?? []) + [.reminder, .digest])).sorted { $0.rawValue < $1.rawValue }
        try await AccountModel.query(on: db).filter(\.$id == (try account.requireID())).set(\.$mutedMail, to: muted)
            .update()
    }
}
