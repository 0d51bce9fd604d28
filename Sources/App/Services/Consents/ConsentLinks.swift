import Fluent
import FluentKit
import Foundation
import Mail
import MentoringCore
import Persistence

/// Electronic consent: a personal link (14 days, one use) for a legal representative or an adult participant,
/// where the organization has allowed it. The page shows the exact text versions fixed when the link was made;
/// the signer confirms with their typed full name, and the consent keeps that name, the moment, the address, the
/// link and the text's hash as a simple electronic signature.
struct ConsentLinks {
    let db: any Database
    let clock: Clock
    let requestID: String
    let outbox: Outbox?
    let link: @Sendable (String) -> String

    static let lifetime: TimeInterval = 14 * 24 * 3600

    /// One person's link for one signer, with its token (shown only to whoever makes it).
    @discardableResult
    func make(
        for person: PersonModel, signer: LegalRepresentativeModel?, email: String?, kinds: [Consent.Kind],
        organization: OrganizationModel, texts: [Consent.Kind: ConsentTemplates.Text], requestedBy: UUID?,
        on db: any Database
    ) async throws -> String {
        let token = Secrets.token()
        let request = ConsentRequestModel()
        request.tokenHash = Secrets.sha256(token)
        request.$person.id = (try person.requireID())
        request.$representative.id = signer?.id
        request.email = email
        var versions: [String: UUID] = [:]
        for kind in kinds {
            versions[kind.rawValue] = try await ConsentService.textVersion(texts[kind]!.body, on: db).requireID()
        }
        request.texts = versions
        request.createdAt = clock.now()
        request.expiresAt = clock.now().addingTimeInterval(Self.lifetime)
        request.requestedBy = requestedBy
        try await request.create(on: db)
        if let outbox, let email {
            let name = signer?.fullName ?? person.details.fullName
            let whom = signer == nil ? "" : " за \(person.details.fullName)"
            let body = MailBody(
                greeting: "Здравствуйте, \(name)!",
                paragraphs: [
                    "\(organization.shortName) просит дать согласия\(whom) для программы наставничества: "
                        + kinds.map { "«\($0.title.lowercased())»" }.joined(separator: " и ") + ".",
                    "По ссылке — полный текст каждого согласия. Чтобы подписать, впишите свои фамилию, имя и "
                        + "отчество: это простая электронная подпись. Там же согласие можно не давать.",
                ],
                action: ("Открыть согласие", link(token)),
                closing: ["Ссылка личная, действует 14 дней и открывается для подписи один раз."])
            try await outbox.enqueue(
                [
                    OutgoingMail(
                        kind: .consentLink, address: email, recipientName: name, senderName: organization.shortName,
                        subject: "Согласие на участие в программе наставничества", text: body.text, html: body.html,
                        organizationID: organization.id, requestedBy: requestedBy)
                ], on: db, now: clock.now())
        }
        return token
    }

    /// What the link's page shows.
    struct Pending: Sendable {
        var request: ConsentRequestModel
        var person: PersonModel
        var organization: OrganizationModel
        var signer: LegalRepresentativeModel?
        var texts: [(kind: Consent.Kind, text: ConsentTextModel)]
        /// Consents of the person that this signer may withdraw here.
        var withdrawable: [ConsentModel]

        var signerName: String { signer?.fullName ?? person.details.fullName }
    }

    func pending(token: String) async throws -> Pending {
        guard
            let request = try await ConsentRequestModel.query(on: db).filter(\.$tokenHash == Secrets.sha256(token))
                .with(\.$person).with(\.$representative).first()
        else {
            throw DomainError.linkInvalid("Ссылка не найдена: проверьте, что она скопирована целиком.")
        }
        guard request.usedAt == nil else {
            throw DomainError.linkInvalid(
                "По этой ссылке уже ответили. Если нужно изменить решение, попросите новую ссылку.")
        }
        guard request.expiresAt > clock.now() else {
            throw DomainError.linkInvalid("Срок ссылки истёк. Попросите организацию прислать новую.")
        }
        let organization = try await OrganizationModel.find(request.person.$organization.id, on: db)!
        guard organization.electronicConsent else {
            throw DomainError.linkInvalid(
                "Организация больше не принимает согласия в электронном виде: оформите его на бумаге.")
        }
        let ids = request.texts.values.map { $0 }
        let bodies = try await ConsentTextModel.query(on: db).filter(\.$id ~~ ids).all()
        let texts = Consent.Kind.allCases.compactMap { kind in
            request.texts[kind.rawValue].flatMap { id in bodies.first { $0.id == id } }.map { (kind: kind, text: $0) }
        }
        var signed = ConsentModel.query(on: db).filter(\.$person.$id == (try request.person.requireID())).filter(
            \.$withdrawnOn == nil)
        signed =
            request.$representative.id.map { signed.filter(\.$representative.$id == $0) }
            ?? signed.filter(\.$representative.$id == nil)
        return Pending(
            request: request, person: request.person, organization: organization,
            signer: request.representative, texts: texts, withdrawable: try await signed.all())
    }

    /// Gives the chosen consents (or withdraws the chosen ones) once, with the signature's evidence.
    func answer(
        token: String, give kinds: [Consent.Kind], withdraw consentIDs: [UUID], typedName: String?,
        address: String
    ) async throws -> Pending {
        let pending = try await pending(token: token)
        var failure = ValidationFailure()
        if Self.normalized(typedName ?? "") != Self.normalized(pending.signerName) {
            failure.add(
                "typedName", "Впишите фамилию, имя и отчество так, как они указаны выше: \(pending.signerName).")
        }
        let giving = pending.texts.filter { kinds.contains($0.kind) }
        let withdrawing = try pending.withdrawable.filter { consentIDs.contains(try $0.requireID()) }
        if giving.isEmpty && withdrawing.isEmpty {
            failure.add("kinds", "Отметьте, что вы подписываете или отзываете.")
        }
        try failure.throwIfAny()
        let now = clock.now()
        let today = clock.today
        let signer: Consent.Signer = try pending.signer.map { .representative(.init(try $0.requireID())) } ?? .subject
        let user = CurrentUser(
            accountID: nil, login: "consent-link", displayName: pending.signerName, grants: [],
            personID: pending.person.id, representativeID: pending.signer?.id, mustChangePassword: false)
        try await db.atomically { db in
            guard
                try await OneTimeLinks(db: db).consume(
                    table: ConsentRequestModel.schema, id: try pending.request.requireID(),
                    usedColumn: "used_at", revokedColumn: nil, now: now)
            else {
                throw DomainError.linkInvalid("По этой ссылке уже ответили.")
            }
            let audit = AuditLog(scope: RequestScope(db: db, user: user, requestID: requestID, clock: clock))
            for (kind, text) in giving {
                let consent = ConsentModel(
                    personID: try pending.person.requireID(), kind: kind,
                    purpose: try await purpose(kind, pending.organization, on: db), signer: signer,
                    signedOn: today, validUntil: nil, textID: try text.requireID())
                try await consent.create(on: db)
                try await signature(
                    consent, pending, action: "give", typedName: typedName ?? "", address: address,
                    text: text.sha256, now: now, on: db)
                try await audit.record(
                    .create, .consent, objectID: consent.id, personID: pending.person.id,
                    organizationID: pending.organization.id, fields: ConsentModel.auditFields + ["signature"])
            }
            for consent in withdrawing {
                try await ConsentService.markWithdrawn(consent, of: pending.person, on: today, db: db)
                let text = try await ConsentTextModel.find(consent.$text.id, on: db)
                try await signature(
                    consent, pending, action: "withdraw", typedName: typedName ?? "", address: address,
                    text: text?.sha256 ?? "", now: now, on: db)
                try await audit.record(
                    .withdraw, .consent, objectID: consent.id, personID: pending.person.id,
                    organizationID: pending.organization.id, fields: ["withdrawnOn", "signature"])
            }
        }
        return pending
    }

    private func purpose(
        _ kind: Consent.Kind, _ organization: OrganizationModel, on db: any Database
    ) async throws -> String {
        try await ConsentTemplateModel.query(on: db).filter(\.$organization.$id == (try organization.requireID()))
            .filter(
                \.$kind == kind
            )
            .first()?.purpose ?? DefaultConsentText.purpose(kind)
    }

    private func signature(
        _ consent: ConsentModel, _ pending: Pending, action: String, typedName: String,
        address: String, text: String, now: Date, on db: any Database
    ) async throws {
        let signature = ConsentSignatureModel()
        signature.$consent.id = (try consent.requireID())
        signature.$request.id = (try pending.request.requireID())
        signature.action = action
        signature.typedName = String(typedName.prefix(300))
        signature.address = String(address.prefix(100))
        signature.textSHA256 = text
        signature.signedAt = now
        try await signature.create(on: db)
    }

    /// Names compared as people type them: case, spaces and «ё» do not matter.
    static func normalized(_ name: String) -> String {
        name.lowercased().replacingOccurrences(of: "ё", with: "е").split(whereSeparator: \.isWhitespace).joined(
            separator: " ")
    }
}
