import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// In-app notifications (the bell) for the accounts of people, and e-mail when mail is configured.
/// A key per account makes a repeated notice a no-op, so the daily check can run on every node.
struct Notifier {
    let db: any Database
    let now: Date
    /// Reminders go by e-mail too when mail is configured.
    let outbox: Outbox?

    struct Notice {
        var kind: String
        var key: String
        var text: String
        var link: String
        /// What the letter is, for the account's choice of letters: a reminder, or the curators' daily digest.
        var mailKind: MailKind = .reminder

        /// The key of the reminder to answer one feedback form: answering it marks the reminder read.
        static func feedbackKey(_ feedbackID: UUID) -> String { "feedback-\(feedbackID)" }
    }

    /// The accounts that act for each of these people: their own, and a minor's legal representatives'. One read
    /// for any number of people.
    func accounts(of personIDs: [UUID]) async throws -> [UUID: [AccountModel]] {
        guard !personIDs.isEmpty else { return [:] }
        var found: [UUID: [AccountModel]] = [:]
        for account in try await AccountModel.query(on: db).filter(\.$person.$id ~~ personIDs).with(\.$person).all() {
            if let person = account.$person.id { found[person, default: []].append(account) }
        }
        let links = try await RepresentationModel.query(on: db).filter(\.$person.$id ~~ personIDs).all()
        if !links.isEmpty {
            let representatives = try await AccountModel.query(on: db).filter(
                \.$representative.$id ~~ links.map { $0.$representative.id }
            )
            .with(\.$person).all()
            for link in links {
                found[link.$person.id, default: []] += representatives.filter {
                    $0.$representative.id == link.$representative.id
                }
            }
        }
        return found
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
        try await send([(notice, accounts)])
    }

    /// Sends many notices at once: one read of what was already sent, one write of what is new.
    func send(_ items: [(notice: Notice, accounts: [AccountModel])]) async throws -> Int {
        let keys = Array(Set(items.filter { !$0.accounts.isEmpty }.map(\.notice.key)))
        var sent = Set<String>()
        for chunk in keys.chunks(of: 500) {
            for note in try await NotificationModel.query(on: db).filter(\.$key ~~ chunk).field(\.$account.$id).field(
                \.$key
            ).all() {
                sent.insert("\(note.$account.id) \(note.key)")
            }
        }
        var notes: [NotificationModel] = []
        var mails: [OutgoingMail] = []
        for (notice, accounts) in items {
            for account in accounts where sent.insert("\(try account.requireID()) \(notice.key)").inserted {
                let note = NotificationModel()
                note.$account.id = (try account.requireID())
                note.kind = notice.kind
                note.key = notice.key
                note.text = notice.text
                note.link = notice.link
                note.createdAt = now
                notes.append(note)
                if let outbox, let address = account.mailAddress, account.receives(notice.mailKind) {
                    let unsubscribe = try await MailPreferences(db: db).unsubscribeLink(for: account, outbox: outbox)
                    mails.append(
                        OutgoingMail(
                            kind: notice.mailKind, address: address, recipientName: account.displayName,
                            subject: "Наставник: " + notice.text.prefix(80),
                            text: notice.text + "\n\nОткрыть: " + outbox.link(notice.link)
                                + "\n\nНе присылать напоминания: " + unsubscribe,
                            unsubscribeURL: unsubscribe, accountID: account.id))
                }
            }
        }
        for chunk in notes.chunks(of: 200) { try await chunk.create(on: db) }
        if let outbox { try await outbox.enqueue(mails, on: db, now: now) }
        return notes.count
    }
}
