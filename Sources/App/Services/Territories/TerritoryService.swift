import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// Regions, municipalities and authorities as records: created by the administrator, and inside their territory by
/// a coordinator (`TerritoryPolicy`); chosen from lists everywhere else.
struct TerritoryService {
    let scope: RequestScope

    /// The tree the user may see: everything for the administrator, their territory for a coordinator.
    struct Tree: Sendable {
        struct Municipality: Sendable {
            var model: MunicipalityModel
            var authorities: [AuthorityModel]
            var organizations: Int
        }
        struct Region: Sendable {
            var model: RegionModel
            var authorities: [AuthorityModel]
            var municipalities: [Municipality]
        }
        var regions: [Region]
        var territory: TerritoryLoader.Loaded
    }

    func tree() async throws -> Tree {
        let territory = try await TerritoryLoader(db: scope.db).load()
        let user = scope.user
        guard user.isAdministrator || user.grants.contains(where: { $0.role == .authorityCoordinator }) else {
            throw DomainError.notFound
        }
        let authorities = try await AuthorityModel.query(on: scope.db).sort(\.$name).all()
        let counts = Dictionary(grouping: territory.map.municipalityOf.values, by: { $0 }).mapValues(\.count)
        let municipalities = try await MunicipalityModel.query(on: scope.db).sort(\.$name).all()
            .filter { sees(.municipality(.init(try $0.requireID())), territory) }
        let regions = try await RegionModel.query(on: scope.db).sort(\.$name).all().compactMap {
            region -> Tree.Region? in
            let inside = municipalities.filter { $0.$region.id == region.id }
            guard sees(.region(.init(try region.requireID())), territory) || !inside.isEmpty else { return nil }
            return Tree.Region(
                model: region, authorities: authorities.filter { $0.$region.id == region.id },
                municipalities: try inside.map { municipality in
                    Tree.Municipality(
                        model: municipality,
                        authorities: authorities.filter { $0.$municipality.id == municipality.id },
                        organizations: counts[.init(try municipality.requireID())] ?? 0)
                })
        }
        return Tree(regions: regions, territory: territory)
    }

    /// Whether a place is inside the user's territory (for reading).
    private func sees(_ place: GrantScope, _ territory: TerritoryLoader.Loaded) -> Bool {
        scope.user.isAdministrator
            || scope.user.grants.contains {
                $0.role == .authorityCoordinator
                    && (territory.map.contains(place, within: $0.scope)
                        || territory.map.contains($0.scope, within: place))
            }
    }

    func createRegion(name: String?) async throws -> RegionModel {
        guard scope.user.isAdministrator else { throw DomainError.forbidden }
        let name = try Self.name(name)
        guard try await RegionModel.query(on: scope.db).filter(\.$name == name).first() == nil else {
            throw ValidationFailure(fields: ["name": "Такой регион уже есть."])
        }
        let region = RegionModel(name: name)
        try await save(region, kind: "region")
        return region
    }

    func createMunicipality(name: String?, regionID: UUID?) async throws -> MunicipalityModel {
        let territory = try await TerritoryLoader(db: scope.db).load()
        guard let regionID, try await RegionModel.find(regionID, on: scope.db) != nil else {
            throw ValidationFailure(fields: ["regionID": "Выберите регион из списка."])
        }
        guard TerritoryPolicy.mayManage(scope.user.grants, at: .region(.init(regionID)), in: territory.map) else {
            throw DomainError.forbidden
        }
        let name = try Self.name(name)
        guard
            try await MunicipalityModel.query(on: scope.db).filter(\.$region.$id == regionID).filter(\.$name == name)
                .first() == nil
        else { throw ValidationFailure(fields: ["name": "Такой муниципалитет в регионе уже есть."]) }
        let municipality = MunicipalityModel(regionID: regionID, name: name)
        try await save(municipality, kind: "municipality")
        return municipality
    }

    /// An authority of a municipality or of a region (`level` is `municipality:<id>` or `region:<id>`).
    func createAuthority(name: String?, level: GrantScope?) async throws -> AuthorityModel {
        let territory = try await TerritoryLoader(db: scope.db).load()
        let authority: AuthorityModel
        switch level {
        case .municipality(let id) where territory.map.regionOf[id] != nil:
            authority = AuthorityModel(name: "", municipalityID: id.rawValue, regionID: nil)
        case .region(let id) where try await RegionModel.find(id.rawValue, on: scope.db) != nil:
            authority = AuthorityModel(name: "", municipalityID: nil, regionID: id.rawValue)
        default:
            throw ValidationFailure(fields: ["level": "Выберите муниципалитет или регион из списка."])
        }
        guard let level, TerritoryPolicy.mayManage(scope.user.grants, at: level, in: territory.map) else {
            throw DomainError.forbidden
        }
        authority.name = try Self.name(name, maxLength: 300)
        try await save(authority, kind: "authority")
        return authority
    }

    private func save(_ model: some Model, kind: String) async throws {
        try await scope.db.atomically { db in
            try await model.create(on: db)
            try await AuditLog(scope: scope.on(db)).record(.create, .territory, fields: [kind, "name"])
        }
    }

    static func name(_ text: String?, maxLength: Int = 200) throws -> String {
        let name = (text ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty else { throw ValidationFailure(fields: ["name": "Укажите название."]) }
        guard name.count <= maxLength else {
            throw ValidationFailure(fields: ["name": "Не длиннее \(maxLength) символов."])
        }
        return name
    }
}
