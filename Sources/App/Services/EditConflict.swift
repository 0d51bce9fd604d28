import Foundation

/// An edit made from an older version of a record than the stored one: someone saved in between. The caller shows
/// the current data (a form, or the API's 409 with `current`) instead of overwriting what the other person saved.
struct EditConflict: Error, Sendable {
    static let message = "Пока вы редактировали, эти данные изменил другой пользователь."
}
