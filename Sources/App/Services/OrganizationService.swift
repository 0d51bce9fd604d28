import Fluent
import FluentKit
import Foundation
import MentoringCore
import Vapor

/// Creates organizations with their region and municipality (found by name or created).
struct OrganizationService {
    let scope: RequestScope

    func create(_ input: Organization.Input) async throws -> OrganizationModel {
        guard scope.user.isAdministrator else { throw Abort(.notFound) }
        let (details, regionName, municipalityName) = try input.validated()
        return try await scope.db.transaction { db in
            let municipality = try await Self.municipality(named: municipalityName, inRegion: regionName, on: db)
            if try await OrganizationModel.query(on: db).filter(\.$municipality.$id == municipality.id!)
                .filter(\.$shortName == details.shortName).first() != nil {
                throw ValidationFailure(fields: ["shortName": "В этом муниципалитете уже есть организация с таким кратким наименованием."])
            }
            let org = OrganizationModel(municipalityID: municipality.id!, details: details)
            try await org.create(on: db)
            return org
        }
    }

    static func municipality(named name: String, inRegion regionName: String, on db: any Database) async throws -> MunicipalityModel {
        let region: RegionModel
        if let existing = try await RegionModel.query(on: db).filter(\.$name == regionName).first() {
            region = existing
        } else {
            region = RegionModel(name: regionName)
            try await region.create(on: db)
        }
        if let existing = try await MunicipalityModel.query(on: db)
            .filter(\.$region.$id == region.id!).filter(\.$name == name).first() {
            return existing
        }
        let municipality = MunicipalityModel(regionID: region.id!, name: name)
        try await municipality.create(on: db)
        return municipality
    }
}
