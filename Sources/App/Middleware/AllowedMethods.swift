import Foundation
import Vapor

/// A known address asked with the wrong method answers 405 with `Allow`, not 404: the address exists, the method
/// does not.
enum AllowedMethods {
    /// The methods of the routes whose path matches `path`; empty when no route has this path.
    static func of(_ path: String, in routes: Routes) -> [HTTPMethod] {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        var methods: [HTTPMethod] = []
        for route in routes.all where matches(route.path, parts) && !methods.contains(route.method) {
            methods.append(route.method)
        }
        return methods
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
