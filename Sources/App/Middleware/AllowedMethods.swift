import Foundation
import Vapor

/// A known address asked with the wrong method answers 405 with `Allow`, not 404: the address exists, the method
/// does not.
enum AllowedMethods {
    /// The methods of the routes whose path matches `path`; empty when no route has this path. When a route did
    /// take the request (its id was not found), only routes naming more of the path count: `PUT /roadmaps/import`
    /// is the import's address asked with a wrong method, not a roadmap called «import».
    static func of(_ path: String, in routes: Routes, taken: Route?) -> [HTTPMethod] {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let floor = taken.map { constants($0.path) } ?? -1
        // Of the routes that fit, those naming most of the path are the resource: `/roadmaps/import`, not
        // `/roadmaps/{roadmapID}`.
        let fitting = routes.all.filter { constants($0.path) > floor && matches($0.path, parts) }
        let best = fitting.map { constants($0.path) }.max()
        var methods: [HTTPMethod] = []
        for route in fitting where constants(route.path) == best && !methods.contains(route.method) {
            methods.append(route.method)
        }
        return methods.contains(where: { $0 == taken?.method }) ? [] : methods
    }

    private static func constants(_ pattern: [PathComponent]) -> Int {
        pattern.filter { if case .constant = $0 { true } else { false } }.count
    }

    private static func matches(_ pattern: [PathComponent], _ parts: [String]) -> Bool {
        for (index, component) in pattern.enumerated() {
            if case .catchall = component { return parts.count > index }
            guard index < parts.count else { return false }
            if case .constant(let text) = component, text != parts[index] { return false }
        }
        return pattern.count == parts.count
    }
}
