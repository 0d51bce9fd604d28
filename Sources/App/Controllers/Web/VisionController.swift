import Fluent
import FluentKit
import Foundation
import Vapor

/// The version for the visually impaired: larger type and high contrast, kept in a cookie for a year.
struct VisionController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.vision, use: toggle)
    }

    func toggle(req: Request) async throws -> Response {
        let on = req.cookies[PageMeta.visionCookie]?.string != "on"
        // Only a local path: the link must not become an open redirect.
        let response = req.redirect(to: LocalPath.validated(try? req.query.get(String.self, at: "back")))
        response.cookies[PageMeta.visionCookie] = HTTPCookies.Value(
            string: on ? "on" : "off", maxAge: 365 * 24 * 3600, path: "/",
            isSecure: req.application.config.secureCookies,
            isHTTPOnly: true, sameSite: .lax)
        return response
    }
}
