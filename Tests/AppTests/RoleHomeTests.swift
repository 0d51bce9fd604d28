import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// Every role lands on a page made for it, and no link it sees answers 404 or 403.
@Suite struct RoleHomeTests {
    /// The local links of a page: `href="/…"` values, without the sign-out form and downloads.
    static func links(in html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().compactMap { part in
            let link = String(part.prefix { $0 != "\"" }).replacingOccurrences(of: "&amp;", with: "&")
            guard link.hasPrefix("/"), !link.hasPrefix("/css/"), !link.hasPrefix("/vision") else { return nil }
            return link
        }
    }

    static let everyRole: [Role] = [.administrator, .authorityCoordinator] + Fixture.organizationRoles

    @Test(arguments: everyRole)
    func noDeadLinksFromHome(role: Role) async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let account = role == .administrator ? fixture.admin : try #require(fixture.a.accounts[role])
            let browser = try await Browser.signedIn(app, as: account)
            var home = try await app.get(SiteURL.home.path, as: browser)
            var landing = "/"
            if home.status == .seeOther, let location = home.headers.first(name: .location) {
                landing = location
                home = try await app.get(location, as: browser)
            }
            #expect(home.status == .ok, "\(role) home \(landing) → \(home.status)")
            // Two clicks deep from the landing page.
            var seen: Set<String> = [landing]
            var frontier = [(landing, home.body.string)]
            for _ in 0..<2 {
                var next: [(String, String)] = []
                for (page, html) in frontier {
                    for link in Self.links(in: html) where seen.insert(link).inserted {
                        let response = try await app.get(link, as: browser)
                        #expect(
                            ![.notFound, .forbidden].contains(response.status),
                            "\(role): \(page) links to \(link) → \(response.status)")
                        if response.status == .ok, response.headers.contentType == .html {
                            let blocked = ContentSecurityTests.blocked(in: response.body.string)
                            #expect(blocked.isEmpty, "\(role): \(link) relies on what the CSP blocks: \(blocked)")
                            next.append((link, response.body.string))
                        }
                    }
                }
                frontier = next
            }
        }
    }

    @Test(arguments: [Role.mentor, .mentee, .legalRepresentative])
    func participantsLandOnTheirOwnPage(role: Role) async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let browser = try await Browser.signedIn(app, as: try #require(fixture.a.accounts[role]))
            let home = try await app.get("/", as: browser)
            #expect(home.status == .seeOther && home.headers.first(name: .location) == SiteURL.myMentoring.path)
        }
    }
}

@Suite struct RepresentativeSurveysTests {
    @Test func aParentSeesTheChildsSurveyLinks() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let parent = try await Browser.signedIn(app, as: fixture.a.accounts[.legalRepresentative]!)
            let page = try await app.get(SiteURL.mySurveys.path, as: parent)
            #expect(page.status == .ok && page.body.string.contains(fixture.a.minor.details.fullName))
            #expect(page.body.string.contains(SiteURL.answer(fixture.a.bases.token).path))
            let other = try await Browser.signedIn(app, as: fixture.b.accounts[.legalRepresentative]!)
            #expect(!(try await app.get(SiteURL.mySurveys.path, as: other).body.string.contains(fixture.a.bases.token)))
        }
    }
}
