import Foundation

/// Rules for logins and passwords.
public enum Credentials {
    /// bcrypt reads only the first 72 bytes: a longer password would be silently cut, so it is refused.
    public static let maxPasswordBytes = 72
    public static let minPasswordLength = 8

    public static func validatePassword(_ password: String?, field: String = "password") throws(ValidationFailure) {
        var failure = ValidationFailure()
        let password = password ?? ""
        if password.count < minPasswordLength {
            failure.add(field, "Пароль — не короче \(minPasswordLength) символов.")
        } else if password.utf8.count > maxPasswordBytes {
            failure.add(field, "Пароль длиннее \(maxPasswordBytes) байт (кириллица — 2 байта на букву): сократите его.")
        }
        try failure.throwIfAny()
    }

    /// A login is an e-mail or a username of Latin letters, digits, `.`, `_`, `-`; compared in lower case.
    public static func normalizedLogin(_ login: String?) throws(ValidationFailure) -> String {
        let text = (login ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        let allowed = text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-@".contains($0)) }
        guard (3...100).contains(text.count), allowed,
            !text.contains("@") || ContactRules.isEmail(text)
        else {
            throw ValidationFailure(fields: [
                "login":
                    "Логин — адрес электронной почты или имя из латинских букв, цифр, «.», «_», «-» (от 3 символов)."
            ])
        }
        return text
    }
}
