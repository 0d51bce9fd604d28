import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// Registers and edits organizations in a municipality chosen from the list: the administrator anywhere, a
/// coordinator inside their territory.
struct OrganizationService {
    let scope: RequestScope

    func create(_ input: Organization.Input) async throws -> OrganizationModel {
        let (details, municipality) = try await checked(input, current: nil)
        let org = OrganizationModel(municipalityID: municipality.rawValue, details: details)
        try await scope.db.atomically { db in
            try await org.create(on: db)
            try await AuditLog(scope: scope.on(db)).record(
                .create, .organization, objectID: org.id, organizationID: org.id,
                fields: ["shortName", "municipality"])
        }
        return org
    }

    func update(_ id: UUID, _ input: Organization.Input) async throws -> OrganizationModel {
        guard let org = try await OrganizationModel.find(id, on: scope.db) else { throw DomainError.notFound }
        let territory = try await TerritoryLoader(db: scope.db).load()
        guard TerritoryPolicy.mayManage(scope.user.grants, at: .organization(org.typedID), in: territory.map) else {
            throw DomainError.notFound
        }
        let (details, municipality) = try await checked(input, current: org)
        org.$municipality.id = municipality.rawValue
        org.apply(details)
        try await scope.db.atomically { db in
            try await org.save(on: db)
            try await AuditLog(scope: scope.on(db)).record(
                .update, .organization, objectID: org.id, organizationID: org.id,
                fields: ["details", "municipality"])
        }
        return org
    }

    /// Whether the user may register organizations somewhere: the «Добавить» button.
    func mayCreate() async throws -> Bool {
        scope.user.isAdministrator || scope.user.grants.contains { $0.role == .authorityCoordinator }
    }

    /// The municipalities the user may register organizations in, named, for the form's list.
    func municipalities() async throws -> [(id: UUID, title: String)] {
        let territory = try await TerritoryLoader(db: scope.db).load()
        let all = try await MunicipalityModel.query(on: scope.db).with(\.$region).sort(\.$name).all()
        return try all.filter {
            TerritoryPolicy.mayManage(
                scope.user.grants, at: .municipality(.init(try $0.requireID())), in: territory.map)
        }.map { (id: try $0.requireID(), title: "\($0.name) (\($0.region.name))") }
    }

    private func checked(
        _ input: Organization.Input, current: OrganizationModel?
    )
        async throws -> (Organization.Details, Municipality.ID)
    {
        let (details, municipality) = try input.validated()
        let territory = try await TerritoryLoader(db: scope.db).load()
        guard territory.map.regionOf[municipality] != nil,
            TerritoryPolicy.mayManage(scope.user.grants, at: .municipality(municipality), in: territory.map)
        else {
            throw ValidationFailure(fields: ["municipalityID": "Выберите муниципалитет из списка."])
        }
        var twins = OrganizationModel.query(on: scope.db).filter(\.$municipality.$id == municipality.rawValue)
            .filter(\.$shortName == details.shortName)
        if let current { twins = twins.filter(\.$id != (try current.requireID())) }
        if try await twins.first() != nil {
            throw ValidationFailure(fields: [
                "shortName": "В этом муниципалитете уже есть организация с таким кратким наименованием."
            ])
        }
        return (details, municipality)
    }

    /// The municipality of that name in that region, made when missing: for the demo and the tests' fixtures.
    static func municipality(
        named name: String, inRegion regionName: String, on db: any Database
    ) async throws -> MunicipalityModel {
        let region: RegionModel
        if let existing = try await RegionModel.query(on: db).filter(\.$name == regionName).first() {
            region = existing
        } else {
            region = RegionModel(name: regionName)
            try await region.create(on: db)
        }
        if let existing = try await MunicipalityModel.query(on: db)
            .filter(\.$region.$id == (try region.requireID())).filter(\.$name == name).first()
        {
            return existing
        }
        let municipality = MunicipalityModel(regionID: try region.requireID(), name: name)
        try await municipality.create(on: db)
        return municipality
    }
}
