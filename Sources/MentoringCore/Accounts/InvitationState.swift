/// Where an invitation is.
public enum InvitationState: String, CaseIterable, Codable, Sendable {
    case pending
    case accepted
    case revoked
    case expired

    public var title: String {
        switch self {
        case .pending: "ждёт ответа"
        case .accepted: "принято"
        case .revoked: "отозвано"
        case .expired: "истекло"
        }
    }

    /// An invitation lives 7 days; a password reset link one hour.
    public static let invitationLifetime: Double = 7 * 24 * 3600
    public static let passwordResetLifetime: Double = 3600
}

/// Where an account is, as the accounts page shows it.
public enum AccountState: String, CaseIterable, Codable, Sendable {
    case invited
    case active
    case blocked

    public var title: String {
        switch self {
        case .invited: "приглашён"
        case .active: "активна"
        case .blocked: "заблокирована"
        }
    }
}
