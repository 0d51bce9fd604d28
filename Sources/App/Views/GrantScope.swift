import FluentKit
import Foundation
import MentoringCore

/// A place a role may be given in, as a form's select writes it: `organization:<id>`, `municipality:<id>`,
/// `region:<id>` or `system`.
extension GrantScope {
    init?(token: String?) {
        guard let token, !token.isEmpty else { return nil }
        if token == "system" {
            self = .system
            return
        }
        let parts = token.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2, let id = UUID(uuidString: parts[1]) else { return nil }
        switch parts[0] {
        case "organization": self = .organization(.init(id))
        case "municipality": self = .municipality(.init(id))
        case "region": self = .region(.init(id))
        default: return nil
        }
    }

    var token: String {
        switch self {
        case .system: "system"
        case .region(let id): "region:\(id.rawValue.uuidString.lowercased())"
        case .municipality(let id): "municipality:\(id.rawValue.uuidString.lowercased())"
        case .organization(let id): "organization:\(id.rawValue.uuidString.lowercased())"
        }
    }

    /// The places where someone with `grants` may give at least one role, named, territories first.
    static func reachable(
        by grants: [Grant], in territory: TerritoryLoader.Loaded
    ) -> [(scope: GrantScope, title: String)] {
        var scopes: [GrantScope] = [.system]
        scopes += territory.map.regionOf.values.map { GrantScope.region($0) }
        scopes += territory.map.regionOf.keys.map { GrantScope.municipality($0) }
        scopes += territory.map.municipalityOf.keys.map { GrantScope.organization($0) }
        let reachable = Array(Set(scopes)).filter { scope in
            Role.allCases.contains {
                GrantPolicy.allows(grants, toGive: Grant(role: $0, scope: scope), in: territory.map)
            }
        }
        return reachable.map { (scope: $0, title: territory.placeTitle($0)) }
            .sorted { ($0.scope.rank, $0.title) < ($1.scope.rank, $1.title) }
    }

    var rank: Int {
        switch self {
        case .system: 0
        case .region: 1
        case .municipality: 2
        case .organization: 3
        }
    }
}

extension TerritoryLoader.Loaded {
    func placeTitle(_ scope: GrantScope) -> String {
        switch scope {
        case .system: "Вся система"
        case .region(let id): "Регион: " + (names[id.rawValue] ?? "—")
        case .municipality(let id): "Муниципалитет: " + (names[id.rawValue] ?? "—")
        case .organization(let id): names[id.rawValue] ?? "Организация"
        }
    }
}
