import Fluent
import FluentKit
import Foundation
import MentoringCore
import SnapshotTesting
import Testing
import Vapor
import VaporTesting

@testable import App

/// Every route of the pages and the API × every role: the status each role gets in its own organization, kept as a
/// table in `__Snapshots__/AccessMatrixTests/`. A new route adds a row, so the test fails until its row is recorded
/// and read; a rule that changes shows as a changed cell. Reads go first, then forms and API writes with empty bodies,
/// deletions last, so that what a role may do is seen before it changes anything.
@Suite struct AccessMatrixTests {
    static let roles: [Role?] = [
        nil, .administrator, .authorityCoordinator, .head, .curator, .mentor, .mentee,
        .legalRepresentative,
    ]

    @Test func everyRouteAnswersEachRoleAsTheTableSays() async throws {
        var columns: [[String: String]] = []
        var routes: [String] = []
        for role in Self.roles {
            try await withApp { app, _ in
                let fixture = try await Fixture.seed(app)
                routes = SiteRoutes(app).routes.map(SiteRoutes.name).sorted(by: Self.readsFirst)
                columns.append(try await Self.statuses(app, fixture, role: role, routes: routes))
            }
        }
        let names = Self.roles.map { $0?.rawValue ?? "guest" }
        let header = "route".padding(toLength: 64, withPad: " ", startingAt: 0) + " " + names.joined(separator: " ")
        let rows = routes.map { route in
            route.padding(toLength: 64, withPad: " ", startingAt: 0) + " "
                + zip(names, columns).map { name, column in
                    (column[route] ?? "?").padding(toLength: name.count, withPad: " ", startingAt: 0)
                }.joined(separator: " ")
        }
        assertSnapshot(of: ([header] + rows).joined(separator: "\n"), as: .lines, named: "matrix", testName: "access")
    }

    /// The status of every route for one role; `—` where the fixture has no object for the route's id.
    static func statuses(
        _ app: Application, _ fixture: Fixture, role: Role?, routes: [String]
    ) async throws
        -> [String: String]
    {
        let known = knownIDs(app, fixture.a)
        let account = role.map { $0 == .administrator ? fixture.admin : fixture.a.accounts[$0]! }
        var browser = Browser(cookie: "", csrf: "")
        var token: String?
        if let account {
            browser = try await Browser.signedIn(app, as: account)
            token = try await app.apiToken(for: account)
        }
        var statuses: [String: String] = [:]
        for route in routes {
            guard let address = SiteRoutes.address(of: route, from: known) else {
                statuses[route] = "—"
                continue
            }
            let method = HTTPMethod(rawValue: String(route.prefix { $0 != " " }))
            let response: TestingHTTPResponse
            if address.hasPrefix("/api/v1/") {
                let body = method == .GET || method == .DELETE ? nil : "{}"
                response = try await app.api(
                    method, String(address.dropFirst("/api/v1".count)), token: token, json: body)
            } else {
                response =
                    method == .GET
                    ? try await app.get(address, as: browser)
                    : try await app.post(address, as: browser)
            }
            statuses[route] = String(response.status.code)
        }
        return statuses
    }

    /// The ids of side A's objects, read off the routes the isolation tests fill, with its secret links.
    static func knownIDs(_ app: Application, _ side: Fixture.Side) -> [String: String] {
        let routes = SiteRoutes(app)
        let filled =
            AccessIsolationTests.webRoutes(side)
            + AccessIsolationTests.apiRoutes(side).map { ($0.0, "/api/v1" + $0.1) }
        var known: [String: String] = [:]
        for (method, path) in filled {
            guard let route = routes.route(of: path, method: method) else { continue }
            known.merge(SiteRoutes.parameters(of: path, route: route)) { first, _ in first }
        }
        return known
    }

    /// Signing out and revoking one's own tokens end the role's access: they go last.
    static let endsAccess = ["/logout", "/revoke-all", "/tokens/:tokenID"]

    /// GET, then POST and PUT, then DELETE (a form's `…/delete` too), then what ends the access; by path within each.
    static func readsFirst(_ one: String, _ other: String) -> Bool {
        let methods = ["GET", "POST", "PUT", "PATCH", "DELETE"]
        let rank = { (route: String) in
            if endsAccess.contains(where: { route.contains($0) }) { return methods.count + 1 }
            if route.hasSuffix("/delete") { return methods.count - 1 }
            return methods.firstIndex { route.hasPrefix($0 + " ") } ?? methods.count
        }
        let (a, b) = (rank(one), rank(other))
        return a != b ? a < b : one.split(separator: " ").last! < other.split(separator: " ").last!
    }
}
