/// The sign-in page (`login.leaf`), which words the reason a sign-in failed.
struct LoginContext: Encodable, Sendable {
    /// Why the last attempt did not sign in.
    enum Problem: String, Encodable, Sendable {
        case blocked, rejected, throttled
    }

    var meta: PageMeta
    var login: String
    var problem: Problem?
    /// For a throttled sign-in: in how many minutes to try again.
    var minutes: Int?
    /// The link to a password reset by e-mail, when mail is configured.
    var forgotURL: String?
    /// Only until the first administrator has signed in: where the one-time password is.
    var firstRun = false
}
