import Foundation

/// What in the system proves a roadmap activity done, kept by its id (and, for a list, its filter). Its address is
/// drawn from `SiteURL` when a page shows it, so evidence outlives a change of the site's addresses.
package enum EvidenceObject: Equatable, Sendable {
    /// A signed order.
    case order(UUID)
    /// The organization's participants, filtered as offered (`consent=valid`, `category=student`) or all.
    case people(organization: UUID, filter: String?)
    /// An event of the organization's mentoring.
    case event(UUID)
    /// A course of the municipality's training plan that the organization's people attended, seen from the
    /// organization (kept in the filter's place).
    case training(UUID, organization: UUID)

    /// How the object's kind is stored.
    package enum Kind: String, Codable, Sendable {
        case order
        case people
        case event
        case training
    }

    package var kind: Kind {
        switch self {
        case .order: .order
        case .people: .people
        case .event: .event
        case .training: .training
        }
    }

    package var id: UUID {
        switch self {
        case .order(let id), .people(let id, _), .event(let id), .training(let id, _): id
        }
    }

    package var filter: String? {
        switch self {
        case .people(_, let filter): filter
        case .training(_, let organization): organization.uuidString
        default: nil
        }
    }

    package init(kind: Kind, id: UUID, filter: String?) {
        switch kind {
        case .order: self = .order(id)
        case .people: self = .people(organization: id, filter: filter)
        case .event: self = .event(id)
        case .training: self = .training(id, organization: filter.flatMap(UUID.init(uuidString:)) ?? id)
        }
    }

    /// The address the evidence was kept as before it was kept as an object (the migration's form, fixed in time
    /// like the migration itself; pages draw their links from `SiteURL`).
    package var storedAddress: String {
        switch self {
        case .order(let id): "/orders/\(id.uuidString.lowercased())"
        case .event(let id): "/events/\(id.uuidString.lowercased())"
        case .training(let id, let organization):
            "/organizations/\(organization.uuidString.lowercased())/trainings/\(id.uuidString.lowercased())"
        case .people(let organization, let filter):
            "/organizations/\(organization.uuidString.lowercased())/people" + (filter.map { "?" + $0 } ?? "")
        }
    }

    /// The object an address of the system names: evidence was kept as addresses before it was kept as objects.
    package init?(path: String) {
        let parts = path.split(separator: "?", maxSplits: 1).map(String.init)
        let segments = (parts.first ?? "").split(separator: "/").map(String.init)
        let filter = parts.count > 1 ? parts[1] : nil
        if segments.count == 2, segments[0] == "orders", let id = UUID(uuidString: segments[1]), filter == nil {
            self = .order(id)
        } else if segments.count == 3, segments[0] == "organizations", segments[2] == "people",
            let id = UUID(uuidString: segments[1])
        {
            self = .people(organization: id, filter: filter)
        } else {
            return nil
        }
    }
}
