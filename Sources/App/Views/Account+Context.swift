import Foundation
import MentoringCore

/// The account page (`account.leaf`): roles, the password, API tokens and which letters to receive.
struct AccountContext: Encodable, Sendable {
    struct Token: Encodable, Sendable {
        var name, createdAt, lastUsedAt, state: String
        var revokeURL: String?
    }

    /// What the last action on the page did, worded by the template.
    enum Notice: Encodable, Sendable, Equatable {
        case passwordChanged, mailSaved
        case tokensRevoked(Int)

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .passwordChanged: try container.encode("Пароль изменён.")
            case .mailSaved: try container.encode("Настройки писем сохранены.")
            case .tokensRevoked(0): try container.encode("Действующих токенов нет.")
            case .tokensRevoked(let count): try container.encode("Отозвано токенов: \(count).")
            }
        }
    }

    /// The forms' state after a submission: what was typed and what was wrong.
    struct Forms {
        var newToken: String?
        var passwordFailure: ValidationFailure?
        var tokenFailure: ValidationFailure?
        var tokenName: String?
    }

    var meta: PageMeta
    var login: String
    var grants: [String]
    var mustChangePassword: Bool
    var notice: Notice?
    var newToken: String?
    var passwordFields: [FormField]
    var tokenFields: [FormField]
    var tokens: [Token]
    var revokeAllURL = SiteURL.revokeAllTokens.path
    var mailURL = SiteURL.accountMail.path
    var mailFields: [FormField]

    /// - Parameters:
    ///   - organizations: the names of the organizations the user's grants name;
    ///   - muted: the optional letters the account turned off.
    init(
        meta: PageMeta, user: CurrentUser, organizations: [UUID: String], tokens: [APITokenService.Summary],
        muted: Set<MailKind>, notice: Notice?, forms: Forms
    ) {
        self.meta = meta
        login = user.login
        grants = user.grants.map { grant in
            switch grant.scope {
            case .system: grant.role.title
            case .organization(let id): "\(grant.role.title) — \(organizations[id.rawValue] ?? "организация")"
            case .municipality, .region: "\(grant.role.title) — территория"
            }
        }
        mustChangePassword = user.mustChangePassword
        self.notice = notice
        newToken = forms.newToken
        self.tokens = tokens.map {
            Token(
                name: $0.name, createdAt: $0.createdAt.russianDateTime,
                lastUsedAt: $0.lastUsedAt.map(\.russianDateTime) ?? "—",
                state: $0.revokedAt == nil ? "действует" : "отозван",
                revokeURL: $0.revokedAt == nil ? SiteURL.revokeToken(.id($0.id)).path : nil)
        }
        passwordFields = [
            FormField(
                "currentPassword", "Текущий пароль", kind: "password", required: true, failure: forms.passwordFailure,
                autocomplete: "current-password"),
            FormField(
                "newPassword", "Новый пароль", kind: "password", required: true,
                help: "Не короче \(Credentials.minPasswordLength) символов и не длиннее "
                    + "\(Credentials.maxPasswordBytes) байт.",
                failure: forms.passwordFailure, autocomplete: "new-password"),
            FormField(
                "repeatPassword", "Новый пароль ещё раз", kind: "password", required: true,
                failure: forms.passwordFailure, autocomplete: "new-password"),
        ]
        tokenFields = [
            FormField(
                "name", "Название нового токена", value: forms.tokenName, required: true, failure: forms.tokenFailure)
        ]
        mailFields = [
            FormField(
                "receive", "Присылать на почту", kind: "checkboxes",
                options: MailKind.allCases.filter(\.isOptional).map {
                    FormField.Option(value: $0.rawValue, title: $0.title, selected: !muted.contains($0))
                })
        ]
    }
}
