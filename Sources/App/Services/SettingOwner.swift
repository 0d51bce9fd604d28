import Foundation

/// Whose list of terms or template: an organization's own, or its municipality's, which its organizations inherit.
enum SettingOwner: Equatable, Sendable {
    case organization(UUID)
    case municipality(UUID)

    var id: UUID {
        switch self {
        case .organization(let id), .municipality(let id): id
        }
    }
}
