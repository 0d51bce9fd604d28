import Fluent
import FluentKit
import Foundation
import Mail
import MentoringCore
import Persistence

/// Invitations to take a role: issued by someone who may give that role, sent by e-mail when mail is configured,
/// accepted once through their link.
struct InvitationService {
    let scope: RequestScope
    let outbox: Outbox?
    /// The full address of an invitation's page for its token.
    let link: @Sendable (String) -> String

    struct Request: Sendable {
        var email: String?
        var displayName: String?
        var role: Role?
        var grantScope: GrantScope?
        var personID: UUID?
        var representativeID: UUID?
    }

    /// An invitation with its link (shown once to whoever issued it: the only way to pass it on without e-mail).
    struct Issued: Sendable {
        var invitation: InvitationModel
        var link: String
        /// The sign-in code, for a printed sheet.
        var code: String?
        var mailed: Bool
    }

    func invite(_ request: Request) async throws -> Issued {
        var failure = ValidationFailure()
        let territory = try await TerritoryLoader(db: scope.db).load()
        var person: PersonModel?
        var representative: LegalRepresentativeModel?
        if let id = request.personID { person = try await PersonModel.find(id, on: scope.db) }
        if let id = request.representativeID {
            representative = try await LegalRepresentativeModel.find(id, on: scope.db)
        }
        let typed = (request.email ?? "").trimmingCharacters(in: .whitespaces)
        let email = (typed.isEmpty ? (person?.email ?? representative?.email ?? "") : typed).lowercased()
        if MailAddress(email) == nil {
            failure.add("email", "Укажите адрес электронной почты, например ivanova@school.ru.")
        }
        let name = (request.displayName ?? "").trimmingCharacters(in: .whitespaces)
        let displayName = name.isEmpty ? (person?.details.fullName ?? representative?.fullName ?? "") : name
        if displayName.isEmpty { failure.add("displayName", "Укажите имя приглашаемого.") }
        if displayName.count > 200 { failure.add("displayName", "Не длиннее 200 символов.") }
        guard let role = request.role else { throw failure.adding("role", "Выберите роль.") }
        guard let grantScope = request.grantScope else {
            throw failure.adding("scope", "Выберите, где действует роль.")
        }
        let grant = Grant(role: role, scope: grantScope)
        if !grant.isConsistent {
            failure.add("scope", "Роль «\(role.title)» так не выдаётся: \(Self.scopeHint(role)).")
        } else if !GrantPolicy.allows(scope.user.grants, toGive: grant, in: territory.map) {
            failure.add("role", "Вы не можете выдать эту роль здесь.")
        }
        if let person, grant.organizationID != person.$organization.id {
            failure.add("personID", "Участник не из этой организации.")
        }
        if let representative, grant.organizationID != representative.$organization.id {
            failure.add("representativeID", "Представитель не из этой организации.")
        }
        try failure.throwIfAny()
        let invitation = InvitationModel()
        invitation.email = email
        invitation.displayName = displayName
        invitation.role = role
        invitation.setScope(grantScope)
        invitation.personID = person?.id
        invitation.representativeID = representative?.id
        return try await issueAll([invitation], territory: territory, codes: false)[0]
    }

    /// Saves new invitations — each replacing the unanswered ones for the same person (or address), role and place —
    /// with their links, letters and audit rows, in one transaction. `codes` makes short sign-in codes for a printed
    /// sheet instead of e-mailed links.
    func issueAll(
        _ invitations: [InvitationModel], territory: TerritoryLoader.Loaded,
        codes: Bool
    ) async throws -> [Issued] {
        try await scope.db.atomically { db in
            var issued: [Issued] = []
            for invitation in invitations {
                invitation.invitedBy = scope.user.accountID
                invitation.createdAt = scope.now
                var older = InvitationModel.query(on: db).filter(\.$role == invitation.role)
                    .filter(\.$organizationID == invitation.organizationID)
                    .filter(\.$municipalityID == invitation.municipalityID).filter(\.$regionID == invitation.regionID)
                    .filter(\.$acceptedAt == nil).filter(\.$revokedAt == nil)
                if let person = invitation.personID {
                    older = older.filter(\.$personID == person)
                } else if let representative = invitation.representativeID {
                    older = older.filter(\.$representativeID == representative)
                } else {
                    older = older.filter(\.$email == invitation.email)
                }
                try await older.set(\.$revokedAt, to: scope.now).update()
                issued.append(try await issue(invitation, territory: territory, code: codes, on: db))
            }
            let audit = AuditLog(scope: scope.on(db))
            for chunk in invitations.chunks(of: 200) {
                let entries = chunk.map {
                    audit.entry(
                        .create, .invitation, objectID: $0.id, personID: $0.personID,
                        organizationID: $0.organizationID, fields: codes ? ["code", "role"] : ["email", "role"])
                }
                try await AuditEntryModel.insert(entries, on: db)
            }
            return issued
        }
    }

    /// A new link and term for an unanswered invitation; the old link stops working.
    func resend(_ id: UUID) async throws -> Issued {
        let (invitation, territory) = try await managed(id)
        guard invitation.acceptedAt == nil, invitation.revokedAt == nil else {
            throw DomainError.conflict(
                "Приглашение уже \(invitation.state(now: scope.now).title): отправить его снова нельзя.")
        }
        return try await scope.db.atomically { db in
            let issued = try await issue(invitation, territory: territory, code: invitation.email == nil, on: db)
            try await AuditLog(scope: scope.on(db)).record(
                .update, .invitation, objectID: id, personID: invitation.personID,
                organizationID: invitation.organizationID, fields: ["token"])
            return issued
        }
    }

    func revoke(_ id: UUID) async throws {
        let (invitation, _) = try await managed(id)
        try await InvitationModel.query(on: scope.db).filter(\.$id == id).filter(\.$acceptedAt == nil)
            .filter(\.$revokedAt == nil).set(\.$revokedAt, to: scope.now).update()
        try await AuditLog(scope: scope).record(
            .revoke, .invitation, objectID: id, personID: invitation.personID,
            organizationID: invitation.organizationID)
    }

    /// Invitations the user may see: those of places where they may give the role.
    /// `territory` when the caller has read it already.
    func visible(
        limit: Int = 200, territory known: TerritoryLoader.Loaded? = nil
    )
        async throws -> (invitations: [InvitationModel], territory: TerritoryLoader.Loaded)
    {
        let territory: TerritoryLoader.Loaded
        if let known { territory = known } else { territory = try await TerritoryLoader(db: scope.db).load() }
        let all = try await InvitationModel.query(on: scope.db).sort(\.$createdAt, .descending).limit(5000).all()
        let mine = all.filter { GrantPolicy.allows(scope.user.grants, toGive: $0.grant, in: territory.map) }
        return (Array(mine.prefix(limit)), territory)
    }

    private func managed(_ id: UUID) async throws -> (InvitationModel, TerritoryLoader.Loaded) {
        let territory = try await TerritoryLoader(db: scope.db).load()
        guard let invitation = try await InvitationModel.find(id, on: scope.db),
            GrantPolicy.allows(scope.user.grants, toGive: invitation.grant, in: territory.map)
        else {
            throw DomainError.notFound
        }
        return (invitation, territory)
    }

    private func issue(
        _ invitation: InvitationModel, territory: TerritoryLoader.Loaded, code: Bool,
        on db: any Database
    ) async throws -> Issued {
        let token = code ? SignInCode.make() : Secrets.token()
        invitation.tokenHash = Secrets.sha256(token)
        invitation.expiresAt = scope.now.addingTimeInterval(InvitationState.invitationLifetime)
        let url = link(token)
        invitation.mailID = nil
        if let outbox, let address = invitation.email {
            let place = territory.names[
                invitation.organizationID ?? invitation.municipalityID ?? invitation.regionID
                    ?? UUID()]
            let body = InvitationLetter(invitation: invitation, place: place, inviter: scope.user.displayName, url: url)
            let mail = try await outbox.enqueue(
                [
                    OutgoingMail(
                        kind: .invitation, address: address, recipientName: invitation.displayName, senderName: place,
                        subject: body.subject, text: body.body.text, html: body.body.html,
                        organizationID: invitation.organizationID, requestedBy: scope.user.accountID)
                ], on: db, now: scope.now)
            invitation.mailID = mail.first?.id
        }
        try await invitation.save(on: db)
        return Issued(
            invitation: invitation, link: url, code: code ? token : nil,
            mailed: outbox != nil && invitation.email != nil)
    }

    static func scopeHint(_ role: Role) -> String {
        switch role {
        case .administrator: "администратор действует во всей системе"
        case .authorityCoordinator: "координатор работает для муниципалитета или региона"
        default: "эта роль действует в одной организации"
        }
    }
}

/// The words of an invitation letter.
struct InvitationLetter {
    var subject: String
    var body: MailBody

    init(invitation: InvitationModel, place: String?, inviter: String, url: String) {
        let role = invitation.role.title.lowercased()
        subject = "Приглашение в «Наставник»" + (place.map { ": \($0)" } ?? "")
        body = MailBody(
            greeting: "Здравствуйте, \(invitation.displayName)!",
            paragraphs: [
                "\(inviter) приглашает вас в систему «Наставник»" + (place.map { " (\($0))" } ?? "")
                    + " с ролью «\(role)».",
                "Откройте ссылку, задайте пароль и примите условия использования — после этого вы войдёте в систему.",
            ],
            action: ("Принять приглашение", url),
            closing: [
                "Ссылка открывается один раз и действует до \(invitation.expiresAt.russianDateTime) (МСК).",
                "Если вы не ждали этого письма, просто не отвечайте на него.",
            ])
    }
}

extension ValidationFailure {
    /// The failure with one more message, for a `throw` that ends validation early.
    func adding(_ field: String, _ message: String) -> ValidationFailure {
        var copy = self
        copy.add(field, message)
        return copy
    }
}
