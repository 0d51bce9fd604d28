import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

extension ConsentBoard {
    /// One row of the table of signed papers: the kinds ticked, the date and who signed.
    struct Entry: Sendable {
        var kinds: [String]
        var signedOn: String?
        var signedBy: String?
    }

    /// Records the ticked consents of a class in one transaction, in the organization's wording. A row with a
    /// problem stops the whole table, and every such row gets its message (field `row-<person id>`).
    func record(_ organizationID: UUID, _ entries: [UUID: Entry]) async throws -> Int {
        let board = try await board(organizationID, Filter())
        let texts = try await ConsentTemplates(scope: scope).texts(of: board.organization)
        let rows = Dictionary(uniqueKeysWithValues: try board.rows.map { ((try $0.person.requireID()), $0) })
        var failure = ValidationFailure()
        var valid: [(UUID, ConsentInput.Valid)] = []
        for (personID, entry) in entries where !entry.kinds.isEmpty {
            guard let row = rows[personID] else { throw DomainError.notFound }
            let representatives = try row.representatives.map { LegalRepresentative.ID(try $0.requireID()) }
            for kindText in entry.kinds {
                let kind = Consent.Kind(rawValue: kindText)
                let input = ConsentInput(
                    kind: kindText, purpose: kind.flatMap { texts[$0]?.purpose },
                    signedBy: entry.signedBy, signedOn: entry.signedOn,
                    text: kind.flatMap { texts[$0]?.body })
                do {
                    valid.append(
                        (
                            personID,
                            try input.validated(
                                for: row.person.details, representatives: representatives,
                                today: scope.today)
                        ))
                } catch {
                    failure.add(
                        "row-\(personID.uuidString.lowercased())",
                        row.person.details.fullName + ": " + error.fields.values.sorted().joined(separator: " "))
                }
            }
        }
        try failure.throwIfAny()
        let saving = valid
        try await scope.db.atomically { db in
            let audit = AuditLog(scope: scope.on(db))
            var entries: [AuditEntryModel] = []
            for (personID, consent) in saving {
                let text = try await ConsentService.textVersion(consent.text, on: db)
                let model = ConsentModel(
                    personID: personID, kind: consent.kind, purpose: consent.purpose,
                    signer: consent.signer, signedOn: consent.signedOn, validUntil: nil,
                    textID: try text.requireID())
                try await model.create(on: db)
                entries.append(
                    audit.entry(
                        .create, .consent, objectID: model.id, personID: personID,
                        organizationID: organizationID, role: board.access.role,
                        fields: ConsentModel.auditFields))
            }
            for chunk in entries.chunks(of: 200) { try await AuditEntryModel.insert(chunk, on: db) }
        }
        return saving.count
    }
}
