/// What an e-mail is for. Reminders and digests can be turned off per account; links that someone asked for
/// (an invitation, a password reset, a consent link) always go.
public enum MailKind: String, CaseIterable, Codable, Sendable {
    case invitation
    case passwordReset = "password_reset"
    case consentLink = "consent_link"
    case surveyLink = "survey_link"
    case feedbackLink = "feedback_link"
    case reminder
    case digest

    public var title: String {
        switch self {
        case .invitation: "Приглашение"
        case .passwordReset: "Сброс пароля"
        case .consentLink: "Ссылка на согласие"
        case .surveyLink: "Ссылка на анкету"
        case .feedbackLink: "Ссылка на обратную связь"
        case .reminder: "Напоминание"
        case .digest: "Сводка за день"
        }
    }

    /// Kinds an account may turn off; the others answer something the person or their curator asked for.
    public var isOptional: Bool { self == .reminder || self == .digest }
}

/// Where a message of the outbox is.
public enum OutboxStatus: String, CaseIterable, Codable, Sendable {
    case queued
    case sending
    case sent
    case failed

    public var title: String {
        switch self {
        case .queued: "в очереди"
        case .sending: "отправляется"
        case .sent: "отправлено"
        case .failed: "не доставлено"
        }
    }
}

/// When to try a message again: a growing pause after each failed attempt, then give up.
public struct DeliveryPolicy: Sendable, Equatable {
    /// Pauses after the 1st, 2nd, … failed attempt, in seconds: 1 min, 5 min, 30 min, 2 h, 6 h.
    public var pauses: [Double] = [60, 300, 1800, 7200, 21_600]

    public init() {}

    /// The attempts a message gets before it is marked failed.
    public var maximumAttempts: Int { pauses.count + 1 }

    /// The pause after `attempts` failed attempts, or `nil` when the message should be given up.
    public func pause(afterAttempts attempts: Int) -> Double? {
        guard attempts >= 1, attempts <= pauses.count else { return nil }
        return pauses[attempts - 1]
    }
}
