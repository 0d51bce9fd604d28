import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

extension ConsentBoard {
    struct LinksReport: Sendable {
        var sent = 0
        /// People missing a consent whom no link can reach: no e-mail of theirs (or of a representative).
        var unreachable: [String] = []
    }

    /// Sends electronic-consent links for the missing consents of the filtered people: to every representative
    /// with an e-mail for a minor, to the person for an adult. Needs the organization's permission and mail.
    func sendLinks(_ organizationID: UUID, _ filter: Filter, links: ConsentLinks) async throws -> LinksReport {
        let board = try await board(organizationID, filter)
        guard board.organization.electronicConsent else {
            throw DomainError.conflict("Электронные согласия не включены в настройках согласий организации.")
        }
        guard links.outbox != nil else {
            throw DomainError.conflict("Почта не настроена (SMTP_URL): ссылки отправить нельзя. Распечатайте бланки.")
        }
        let texts = try await ConsentTemplates(scope: scope).texts(of: board.organization)
        let missing = board.rows.filter { !$0.missing.isEmpty }
        return try await scope.db.atomically { db in
            var report = LinksReport()
            for row in missing {
                let addresses = row.linkAddresses
                if addresses.isEmpty { report.unreachable.append(row.person.details.fullName) }
                for (representative, email) in addresses {
                    try await links.make(
                        for: row.person, signer: representative, email: email, kinds: row.missing,
                        organization: board.organization, texts: texts,
                        requestedBy: scope.user.accountID, on: db)
                    report.sent += 1
                }
            }
            try await AuditLog(scope: scope.on(db)).record(
                .create, .consent, organizationID: organizationID,
                role: board.access.role, fields: ["consentLinks"])
            return report
        }
    }
}
