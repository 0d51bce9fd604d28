import Fluent
import FluentKit
import Foundation
import MentoringCore

/// In-app notifications (the bell) for the accounts of people, and the e-mail outbox when a relay is configured.
/// A key per account makes a repeated notice a no-op, so the daily check can run on every node.
struct Notifier {
    let db: any Database
    let now: Date
    let mailRelay: String?

    struct Notice {
        var kind: String
        var key: String
        var text: String
        var link: String
    }

    /// The accounts that act for these people: their own, and a minor's legal representatives'.
    func accounts(of personIDs: [UUID]) async throws -> [AccountModel] {
        guard !personIDs.isEmpty else { return [] }
        let own = try await AccountModel.query(on: db).filter(\.$person.$id ~~ personIDs).with(\.$person).all()
        let representatives = try await RepresentationModel.query(on: db).filter(\.$person.$id ~~ personIDs).all().map { $0.$representative.id }
        let forWards = representatives.isEmpty ? [] : try await AccountModel.query(on: db).filter(\.$representative.$id ~~ representatives)
            .with(\.$person).all()
        return own + forWards
    }

    /// The curators and heads of an organization.
    func staff(of organizationID: UUID) async throws -> [AccountModel] {
        let grants = try await GrantModel.query(on: db).filter(\.$organizationID == organizationID)
            .filter(\.$role ~~ [Role.curator.rawValue, Role.head.rawValue]).all()
        return try await AccountModel.query(on: db).filter(\.$id ~~ grants.map { $0.$account.id }).with(\.$person).all()
    }

    /// Sends a notice once per account and key; returns how many were new.
    @discardableResult
    func send(_ notice: Notice, to accounts: [AccountModel]) async throws -> Int {
        let accounts = Array(Dictionary(accounts.map { ($0.id!, $0) }) { a, _ in a }.values)
        guard !accounts.isEmpty else { return 0 }
        let ids = accounts.map { $0.id! }
        let existing = Set(try await NotificationModel.query(on: db).filter(\.$account.$id ~~ ids).filter(\.$key == notice.key).all()
            .map { $0.$account.id })
        var sent = 0
        for account in accounts where !existing.contains(account.id!) {
            let note = NotificationModel()
            note.$account.id = account.id!
            note.kind = notice.kind
            note.key = notice.key
            note.text = notice.text
            note.link = notice.link
            note.createdAt = now
            try await note.create(on: db)
            if mailRelay != nil, let address = account.person?.details.email, !address.isEmpty {
                let mail = EmailOutboxModel()
                mail.address = address
                mail.subject = "Наставник: " + notice.text.prefix(80)
                mail.body = notice.text + "\n\nОткрыть: " + notice.link
                mail.createdAt = now
                try await mail.create(on: db)
            }
            sent += 1
        }
        return sent
    }
}
