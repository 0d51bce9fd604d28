import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// Regions, municipalities and authorities are records chosen from lists; organizations are placed by choosing.
@Suite struct TerritoryTests {
    @Test func theAdministratorBuildsTheTreeAndPlacesASchoolFromLists() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let admin = try await Browser.signedIn(app, as: fixture.admin)
            #expect(
                try await app.post("/territories/regions", as: admin, form: [("name", "Томская область")]).status == .ok
            )
            #expect(
                try await app.post("/territories/regions", as: admin, form: [("name", "Томская область")]).status
                    == .unprocessableEntity)
            let region = try #require(
                try await RegionModel.query(on: app.db).filter(\.$name == "Томская область").first())
            let added = try await app.post(
                "/territories/municipalities", as: admin,
                form: [
                    ("regionID", region.id!.uuidString), ("name", "Асиновский район"),
                ])
            #expect(added.status == .ok && added.body.string.contains("Асиновский район"))
            let town = try #require(
                try await MunicipalityModel.query(on: app.db).filter(\.$name == "Асиновский район").first())
            let authority = try await app.post(
                "/territories/authorities", as: admin,
                form: [
                    ("level", GrantScope.municipality(.init(town.id!)).token),
                    ("name", "Управление образования Асиновского района"),
                ])
            #expect(authority.status == .ok)
            #expect(
                try await app.post(
                    "/territories/authorities", as: admin,
                    form: [
                        ("level", "municipality:" + UUID().uuidString),
                        ("name", "Нигде"),
                    ]
                ).status == .unprocessableEntity)
            let form = try await app.get("/organizations/new", as: admin)
            #expect(form.body.string.contains("Асиновский район (Томская область)"))
            let typed = try await app.post(
                "/organizations/new", as: admin,
                form: [
                    ("kind", "school"), ("fullName", "МБОУ СОШ № 1 г. Асино"), ("shortName", "СОШ № 1"),
                    ("municipalityID", "Асино"),
                ])
            #expect(
                typed.status == .unprocessableEntity && typed.body.string.contains("Выберите муниципалитет из списка"))
            let created = try await app.post(
                "/organizations/new", as: admin,
                form: [
                    ("kind", "school"), ("fullName", "МБОУ СОШ № 1 г. Асино"), ("shortName", "СОШ № 1"),
                    ("municipalityID", town.id!.uuidString),
                ])
            #expect(created.status == .seeOther)
            let school = try #require(
                try await OrganizationModel.query(on: app.db).filter(\.$shortName == "СОШ № 1").first())
            #expect(school.$municipality.id == town.id)
            let moved = try await app.post(
                "/organizations/\(school.id!)/edit", as: admin,
                form: [
                    ("kind", "school"), ("fullName", "МБОУ СОШ № 1 г. Асино"), ("shortName", "СОШ № 1 Асино"),
                    ("municipalityID", fixture.a.municipality.id!.uuidString),
                ])
            #expect(moved.status == .seeOther)
            let saved = try #require(try await OrganizationModel.find(school.id, on: app.db))
            #expect(saved.shortName == "СОШ № 1 Асино" && saved.$municipality.id == fixture.a.municipality.id)
        }
    }

    @Test func coordinatorsWorkInsideTheirTerritoryOnly() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let coordinator = try await Browser.signedIn(app, as: fixture.a.accounts[.authorityCoordinator]!)
            let page = try await app.get("/territories", as: coordinator)
            #expect(page.status == .ok && page.body.string.contains("Район a") && !page.body.string.contains("Район b"))
            // A municipality's coordinator adds no municipalities and no regions.
            let region = fixture.a.municipality.$region.id
            #expect(
                try await app.post(
                    "/territories/municipalities", as: coordinator,
                    form: [
                        ("regionID", region.uuidString), ("name", "Новый район"),
                    ]
                ).status == .forbidden)
            #expect(
                try await app.post("/territories/regions", as: coordinator, form: [("name", "Регион")]).status
                    == .forbidden)
            // Organizations go into their own municipality only.
            let own = try await app.post(
                "/organizations/new", as: coordinator,
                form: [
                    ("kind", "school"), ("fullName", "Школа c полное"), ("shortName", "Школа c"),
                    ("municipalityID", fixture.a.municipality.id!.uuidString),
                ])
            #expect(own.status == .seeOther)
            let foreign = try await app.post(
                "/organizations/new", as: coordinator,
                form: [
                    ("kind", "school"), ("fullName", "Школа d полное"), ("shortName", "Школа d"),
                    ("municipalityID", fixture.b.municipality.id!.uuidString),
                ])
            #expect(foreign.status == .unprocessableEntity)
            #expect(
                try await app.get("/organizations/\(fixture.a.organization.id!)/edit", as: coordinator).status == .ok)

            // A region's coordinator adds municipalities of their region.
            let regional = try await AccountService(scope: app.consoleScope(), passwords: PasswordHashing(app: app))
                .create(
                    .init(
                        login: "region-coordinator", password: Fixture.password,
                        displayName: "Региональный координатор",
                        grants: [Grant(role: .authorityCoordinator, scope: .region(.init(region)))]))
            let browser = try await Browser.signedIn(app, as: regional)
            #expect(
                try await app.post(
                    "/territories/municipalities", as: browser,
                    form: [
                        ("regionID", region.uuidString), ("name", "Новый район"),
                    ]
                ).status == .ok)
            for role in Fixture.organizationRoles {
                let staff = try await Browser.signedIn(app, as: fixture.a.accounts[role]!)
                #expect(try await app.get("/territories", as: staff).status == .notFound, "\(role)")
                #expect(try await app.get("/organizations/new", as: staff).status == .notFound, "\(role)")
                #expect(
                    try await app.get("/organizations/\(fixture.a.organization.id!)/edit", as: staff).status
                        == .notFound)
            }
        }
    }
}
