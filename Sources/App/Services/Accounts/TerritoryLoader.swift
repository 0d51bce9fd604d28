import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The territory tree and the names of its places, read once for a grant decision or a page of accounts.
struct TerritoryLoader {
    let db: any Database

    struct Loaded {
        var map: TerritoryMap
        var names: [UUID: String]

        /// «Куратор — Школа № 5», «Координатор органа управления — Район А».
        func title(of grant: Grant) -> String {
            switch grant.scope {
            case .system: grant.role.title
            case .region(let id): "\(grant.role.title) — \(names[id.rawValue] ?? "регион")"
            case .municipality(let id): "\(grant.role.title) — \(names[id.rawValue] ?? "муниципалитет")"
            case .organization(let id): "\(grant.role.title) — \(names[id.rawValue] ?? "организация")"
            }
        }
    }

    func load() async throws -> Loaded {
        var map = TerritoryMap()
        var names: [UUID: String] = [:]
        for region in try await RegionModel.query(on: db).all() { names[(try region.requireID())] = region.name }
        for municipality in try await MunicipalityModel.query(on: db).all() {
            map.regionOf[.init(try municipality.requireID())] = .init(municipality.$region.id)
            names[(try municipality.requireID())] = municipality.name
        }
        let organizations = try await OrganizationModel.query(on: db)
            .field(\.$id).field(\.$municipality.$id).field(\.$shortName).all()
        for organization in organizations {
            map.municipalityOf[organization.typedID] = .init(organization.$municipality.id)
            names[(try organization.requireID())] = organization.shortName
        }
        return Loaded(map: map, names: names)
    }
}
