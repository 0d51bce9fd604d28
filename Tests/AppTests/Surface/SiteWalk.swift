import Foundation
import Vapor
import VaporTesting

@testable import App

/// A user's walk through the site: from the first pages, every link inside the app is followed, and the first address
/// of each route is opened; then the routes no link led to, with the ids the walk met.
struct SiteWalk {
    struct Visit {
        /// The route: `GET /organizations/:organizationID/people`.
        var route: String
        var url: String
        var status: HTTPStatus
        var contentType: String
        var body: String
    }

    let app: Application
    let browser: Browser?
    /// False: only the first pages are opened.
    var follows = true
    private(set) var visits: [Visit] = []
    /// The ids the walk met, by the constant before them: `people/:personID` → an id.
    private(set) var known: [String: String] = [:]
    private var seen = Set<String>()

    init(app: Application, browser: Browser?, follows: Bool = true) {
        self.app = app
        self.browser = browser
        self.follows = follows
    }

    /// Links that leave the pages or act: the stylesheet, the script, signing out, switching the large version.
    static let notPages = ["/css/", "/js/", "/favicon", "/logout", "/vision"]

    mutating func walk(from start: [String]) async throws {
        var queue = start
        while !queue.isEmpty {
            let url = queue.removeFirst()
            guard let route = SiteRoutes(app).route(of: url), seen.insert(route).inserted else { continue }
            let response = try await app.get(url, as: browser)
            let type = response.headers.contentType.map { "\($0.type)/\($0.subType)" } ?? ""
            let body = ["text/html", "application/json", "text/csv"].contains(type) ? response.body.string : ""
            var visit = Visit(route: route, url: url, status: response.status, contentType: type, body: body)
            if let location = response.headers.first(name: .location), location.hasPrefix("/") {
                visit.contentType = "→ " + (SiteRoutes(app).route(of: location) ?? location)
                queue.append(location)
            }
            visits.append(visit)
            known.merge(SiteRoutes.parameters(of: url, route: route)) { first, _ in first }
            if follows, type == "text/html" { queue += Self.links(in: body) }
        }
    }

    /// Opens the GET routes no link led to whose ids the walk met: downloads offered by a form's button, say.
    mutating func openTheRest() async throws {
        let rest = SiteRoutes(app).routes.map(SiteRoutes.name)
            .filter { $0.hasPrefix("GET ") && !$0.hasPrefix("GET /api/") && !seen.contains($0) }
            .compactMap { SiteRoutes.address(of: $0, from: known) }
        try await walk(from: rest)
    }

    /// The app's own addresses a page links to, in the order they appear.
    static func links(in html: String) -> [String] {
        html.matches(of: /href="(\/[^"#]*)"/).map { String($0.1).replacingOccurrences(of: "&amp;", with: "&") }
            .filter { link in !link.hasPrefix("//") && !notPages.contains { link.hasPrefix($0) } }
    }
}

/// The routes of the app, named as they are declared: `GET /people/:personID/edit`.
struct SiteRoutes {
    let routes: [Route]

    init(_ app: Application) { routes = app.routes.all }

    static func name(_ route: Route) -> String {
        "\(route.method) /" + route.path.map(\.description).joined(separator: "/")
    }

    /// The GET route that answers `url`: constants win over parameters (`/organizations/new` is not an organization).
    func route(of url: String, method: HTTPMethod = .GET) -> String? {
        let parts = (url.split(separator: "?").first ?? "").split(separator: "/").map(String.init)
        let candidates = routes.filter { route in
            route.method == method && route.path.count == parts.count
                && zip(route.path, parts).allSatisfy { component, part in
                    if case .constant(let constant) = component { return constant == part }
                    return true
                }
        }
        let best = candidates.max { constants($0) < constants($1) }
        return best.map(Self.name)
    }

    private func constants(_ route: Route) -> Int {
        route.path.filter { if case .constant = $0 { true } else { false } }.count
    }

    /// The parameters an address gives its route, by the constant before each: `people/:personID` → its id.
    static func parameters(of url: String, route: String) -> [String: String] {
        let parts = (url.split(separator: "?").first ?? "").split(separator: "/").map(String.init)
        let pattern = (route.split(separator: " ").last ?? "").split(separator: "/").map(String.init)
        var found: [String: String] = [:]
        for index in pattern.indices where pattern[index].hasPrefix(":") && index < parts.count {
            found[(index > 0 ? pattern[index - 1] : "") + "/" + pattern[index]] = parts[index]
        }
        return found
    }

    /// `route` with its parameters filled from `known`, or nil when one of them is not known.
    static func address(of route: String, from known: [String: String]) -> String? {
        let pattern = (route.split(separator: " ").last ?? "").split(separator: "/").map(String.init)
        var parts: [String] = []
        for (index, part) in pattern.enumerated() {
            guard part.hasPrefix(":") else {
                parts.append(part)
                continue
            }
            guard let value = known[(index > 0 ? pattern[index - 1] : "") + "/" + part] else { return nil }
            parts.append(value)
        }
        return "/" + parts.joined(separator: "/")
    }
}
