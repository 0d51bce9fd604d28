import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// An organization's consent wordings: its own where it wrote them, the built-in ones otherwise.
struct ConsentTemplates {
    let scope: RequestScope

    struct Text: Sendable, Equatable {
        var purpose: String
        var body: String
        var isOwn: Bool
    }

    static let kinds = Consent.Kind.allCases

    func texts(of organization: OrganizationModel) async throws -> [Consent.Kind: Text] {
        let own = try await ConsentTemplateModel.query(on: scope.db).filter(
            \.$organization.$id == (try organization.requireID())
        )
        .all()
        var texts: [Consent.Kind: Text] = [:]
        for kind in Self.kinds {
            if let template = own.first(where: { $0.kind == kind }) {
                texts[kind] = Text(purpose: template.purpose, body: template.body, isOwn: true)
            } else {
                texts[kind] = Text(
                    purpose: DefaultConsentText.purpose(kind),
                    body: DefaultConsentText.body(kind, organization: organization.fullName), isOwn: false)
            }
        }
        return texts
    }

    /// Saves the wordings and the electronic-consent switch; only the organization's staff who manage people.
    func save(
        _ organizationID: UUID, texts: [Consent.Kind: (purpose: String?, body: String?)],
        electronic: Bool
    ) async throws {
        let (organization, _) = try await OrganizationDirectory(scope: scope).managedOrganization(organizationID)
        var failure = ValidationFailure()
        var checked: [(Consent.Kind, String, String)] = []
        for kind in Self.kinds {
            guard let (purpose, body) = texts[kind] else { continue }
            let cleanPurpose = (purpose ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            let cleanBody = (body ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
            if cleanPurpose.isEmpty || cleanPurpose.count > 1000 {
                failure.add("\(kind.rawValue).purpose", "Укажите цель, до 1000 символов.")
            }
            if cleanBody.count < 50 || cleanBody.count > 20000 {
                failure.add("\(kind.rawValue).body", "Текст согласия — от 50 до 20 000 символов.")
            }
            checked.append((kind, cleanPurpose, cleanBody))
        }
        try failure.throwIfAny()
        let saving = checked
        try await scope.db.atomically { db in
            for (kind, purpose, body) in saving {
                let existing = try await ConsentTemplateModel.query(on: db).filter(
                    \.$organization.$id == organizationID
                )
                .filter(\.$kind == kind).first()
                let template = existing ?? ConsentTemplateModel()
                template.$organization.id = organizationID
                template.kind = kind
                template.purpose = purpose
                template.body = body
                template.updatedAt = scope.now
                try await template.save(on: db)
            }
            organization.electronicConsent = electronic
            try await organization.save(on: db)
            try await AuditLog(scope: scope.on(db)).record(
                .update, .organization, objectID: organizationID,
                organizationID: organizationID,
                fields: ["consentTexts", "electronicConsent"])
        }
    }
}
