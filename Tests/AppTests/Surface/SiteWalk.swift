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
            let type = response.mediaType
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
        let parts = Self.components(of: url)
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
        let parts = components(of: url)
        let pattern = components(of: route)
        var found: [String: String] = [:]
        for index in pattern.indices where pattern[index].hasPrefix(":") && index < parts.count {
            found[key(pattern, index)] = parts[index]
        }
        return found
    }

    /// `route` with its parameters filled from `known`, or nil when one of them is not known.
    static func address(of route: String, from known: [String: String]) -> String? {
        let pattern = components(of: route)
        var parts: [String] = []
        for (index, part) in pattern.enumerated() {
            guard part.hasPrefix(":") else {
                parts.append(part)
                continue
            }
            guard let value = known[key(pattern, index)] else { return nil }
            parts.append(value)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// The path's components of an address (`/people/<id>?tab=1`) or of a route's name (`GET /people/:personID`).
    private static func components(of text: String) -> [String] {
        let path = text.split(separator: " ").last.map(String.init) ?? text
        return (path.split(separator: "?").first ?? "").split(separator: "/").map(String.init)
    }

    /// A parameter's key: the constant before it and its name, `people/:personID`.
    private static func key(_ pattern: [String], _ index: Int) -> String {
        (index > 0 ? pattern[index - 1] : "") + "/" + pattern[index]
    }
}

extension TestingHTTPResponse {
    /// `text/html`, without parameters; empty when the response names no type.
    var mediaType: String { headers.contentType.map { "\($0.type)/\($0.subType)" } ?? "" }
}
