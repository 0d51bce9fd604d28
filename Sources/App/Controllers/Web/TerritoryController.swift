import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// «Территории» for the administrator and coordinators: the tree, and new regions, municipalities and authorities.
struct TerritoryController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.territories) { try await render($0, notice: nil).encodeResponse(for: $0) }
        routes.post(.newRegion) { req in
            try await change(req, form: "region") { service, form in
                "Регион «\(try await service.createRegion(name: form.name).name)» добавлен."
            }
        }
        routes.post(.newMunicipality) { req in
            try await change(req, form: "municipality") { service, form in
                let municipality = try await service.createMunicipality(
                    name: form.name, regionID: form.regionID.flatMap(UUID.init(uuidString:)))
                return "Муниципалитет «\(municipality.name)» добавлен."
            }
        }
        routes.post(.newAuthority) { req in
            try await change(req, form: "authority") { service, form in
                let authority = try await service.createAuthority(name: form.name, level: GrantScope(token: form.level))
                return "Орган управления «\(authority.name)» добавлен."
            }
        }
    }

    private func change(
        _ req: Request, form name: String,
        _ action: (TerritoryService, TerritoryInput) async throws -> String
    ) async throws -> Response {
        let form = try req.content.decode(TerritoryInput.self)
        do {
            let notice = try await action(TerritoryService(scope: req.scope()), form)
            return try await render(req, notice: notice).encodeResponse(for: req)
        } catch let failure as ValidationFailure {
            return try await render(req, notice: nil, failure: failure, failedForm: name, typed: form)
                .encodeResponse(status: .unprocessableEntity, for: req)
        }
    }

    private func render(
        _ req: Request, notice: String?, failure: ValidationFailure? = nil,
        failedForm: String? = nil, typed: TerritoryInput? = nil
    ) async throws -> View {
        let scope = try req.scope()
        let tree = try await TerritoryService(scope: scope).tree()
        return try await req.view.render(
            "territories/list",
            TerritoriesPage(
                meta: req.pageMeta("Территории"), tree: tree, user: scope.user, notice: notice, failure: failure,
                failedForm: failedForm, typed: typed))
    }
}
