import FluentKit
import Foundation
import MentoringCore
import Persistence

/// A page of a link sent by e-mail, with its template.
protocol AccountLinkPage: Encodable {
    static var template: String { get }
}

/// «Приглашение»: who invites to what, and the password to set (or to confirm, for an existing account).
struct InvitationAcceptPage: AccountLinkPage {
    static let template = "accounts/accept"
    var meta: PageMeta
    var displayName: String
    var email: String?
    var roleTitle: String
    var expiresAt: String
    var existingLogin: String?
    var fields: [FormField]
    var failed: Bool

    init(
        _ layout: PageLayout, invitation: InvitationModel, existing: AccountModel?, failure: ValidationFailure?,
        answer: InvitationAcceptance.Answer? = nil
    ) {
        meta = layout.meta("Приглашение в «Наставник»")
        displayName = invitation.displayName
        email = invitation.email
        roleTitle = invitation.role.title
        expiresAt = invitation.expiresAt.russianDateTime
        existingLogin = existing?.login
        failed = failure != nil
        let hint =
            "Не короче \(Credentials.minPasswordLength) символов и не длиннее \(Credentials.maxPasswordBytes) байт."
        let login =
            invitation.email == nil
            ? [
                FormField(
                    "login", "Придумайте логин", value: answer?.login, required: true,
                    help: "Латинские буквы, цифры, «.», «_», «-»; с ним вы будете входить.", failure: failure,
                    autocomplete: "username")
            ]
            : []
        let password =
            existing == nil
            ? [
                FormField(
                    "password", "Пароль", kind: "password", required: true, help: hint, failure: failure,
                    autocomplete: "new-password"),
                FormField(
                    "repeatPassword", "Пароль ещё раз", kind: "password", required: true, failure: failure,
                    autocomplete: "new-password"),
            ]
            : [
                FormField(
                    "password", "Пароль вашей учётной записи", kind: "password", required: true, failure: failure,
                    autocomplete: "current-password")
            ]
        fields =
            login + password + [
                FormField(
                    "acceptsTerms",
                    "Я принимаю условия использования и политику обработки "
                        + "персональных данных", kind: "checkbox", failure: failure)
            ]
    }
}

/// «Код входа»: where a code from a printed sheet is typed.
struct CodeEntryPage: AccountLinkPage {
    static let template = "accounts/code"
    var meta: PageMeta
    var failed: Bool

    init(_ layout: PageLayout, failed: Bool) {
        meta = layout.meta("Вход по коду")
        self.failed = failed
    }
}

/// «Забыли пароль?»: the same answer whether the account exists or not.
struct PasswordForgotPage: AccountLinkPage {
    static let template = "accounts/forgot"
    var meta: PageMeta
    var sent: Bool

    init(_ layout: PageLayout, sent: Bool) {
        meta = layout.meta("Восстановление пароля")
        self.sent = sent
    }
}

/// The new password of a reset link, or the confirmation that it is set.
struct PasswordResetPage: AccountLinkPage {
    static let template = "accounts/reset"
    var meta: PageMeta
    var login: String
    var fields: [FormField]
    var failed: Bool
    var done: Bool
    var loginURL = SiteURL.login.path

    init(_ layout: PageLayout, login: String, failure: ValidationFailure?, done: Bool) {
        meta = layout.meta(done ? "Пароль изменён" : "Новый пароль")
        self.login = login
        self.done = done
        failed = failure != nil
        fields = [
            FormField(
                "password", "Новый пароль", kind: "password", required: true,
                help: "Не короче \(Credentials.minPasswordLength) символов.", failure: failure,
                autocomplete: "new-password"),
            FormField(
                "repeatPassword", "Новый пароль ещё раз", kind: "password", required: true, failure: failure,
                autocomplete: "new-password"),
        ]
    }
}
