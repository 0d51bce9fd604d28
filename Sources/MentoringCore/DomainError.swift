/// What a service refuses, in the app's own terms; only the app's error middleware turns it into an HTTP status.
public enum DomainError: Error, Equatable, Sendable {
    /// Unknown, or outside the user's reach: both look the same from outside.
    case notFound
    /// Visible to the user, but the action is not theirs to take.
    case forbidden
    /// Visible to the user, but not theirs to change; the message says who may.
    case refused(String)
    /// The action clashes with the current state (a second acceptance, a duplicate).
    case conflict(String)
    /// A one-time link that is used, revoked or past its term.
    case linkInvalid(String)
}
