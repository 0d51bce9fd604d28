import Fluent
import FluentKit
import Foundation
import Vapor

/// The version for the visually impaired (larger type and high contrast) and its mode without images, each kept in
/// a cookie for a year.
struct VisionController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.vision) { req in toggle(req, cookie: PageMeta.visionCookie, values: ("on", "off")) }
        routes.get(.images) { req in toggle(req, cookie: PageMeta.imagesCookie, values: ("off", "on")) }
    }

    /// Flips the cookie from its usual value (the second) to the other and back.
    func toggle(_ req: Request, cookie: String, values: (flipped: String, usual: String)) -> Response {
        let flip = req.cookies[cookie]?.string != values.flipped
        // Only a local path: the link must not become an open redirect.
        let response = req.redirect(to: LocalPath.validated(try? req.query.get(String.self, at: "back")))
        response.cookies[cookie] = HTTPCookies.Value(
            string: flip ? values.flipped : values.usual, maxAge: 365 * 24 * 3600, path: "/",
            isSecure: req.application.config.secureCookies,
            isHTTPOnly: true, sameSite: .lax)
        return response
    }
}
