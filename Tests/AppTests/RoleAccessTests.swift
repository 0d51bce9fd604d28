import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// What each role of an organization reaches inside its own organization. Participants (a mentor, a mentee, a
/// representative) see their own records; the staff side — the roadmap with its exports, evidence and feed, and the
/// staff's forms — does not exist for them: 404, never 403, so a page does not even confirm that it is there.
@Suite struct RoleAccessTests {
    static let participants: [Role] = [.mentor, .mentee, .legalRepresentative]

    func send(
        _ app: Application, _ method: HTTPMethod, _ path: String, as browser: Browser
    ) async throws
        -> TestingHTTPResponse
    {
        method == .GET ? try await app.get(path, as: browser) : try await app.post(path, as: browser)
    }

    @Test(arguments: participants)
    func participantsDoNotFindTheRoadmap(role: Role) async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let browser = try await Browser.signedIn(app, as: fixture.a.accounts[role]!)
            let routes =
                AccessIsolationTests.roadmapRoutes(fixture.a.roadmap)
                + [(.GET, SiteURL.roadmaps.path), (.GET, SiteURL.newRoadmap.path), (.GET, SiteURL.importRoadmap.path)]
            for (method, path) in routes {
                #expect(try await send(app, method, path, as: browser).status == .notFound, "\(role) \(method) \(path)")
            }
            let token = try await app.apiToken(for: fixture.a.accounts[role]!)
            let list = try await app.api(.GET, "/roadmaps", token: token)
            #expect(list.status == .ok && list.body.string == "[]")
            #expect(try await app.api(.GET, "/roadmaps/\(fixture.a.roadmap.roadmap)", token: token).status == .notFound)
        }
    }

    @Test(arguments: participants)
    func participantsAreNeverToldAStaffFormExists(role: Role) async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let browser = try await Browser.signedIn(app, as: fixture.a.accounts[role]!)
            for (method, path) in AccessIsolationTests.webRoutes(fixture.a) {
                let status = try await send(app, method, path, as: browser).status
                #expect(status != .forbidden, "\(role) \(method) \(path)")
            }
        }
    }

    @Test func staffReadTheRoadmapAndACoordinatorIsToldWhatItCannotChange() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let roadmap = SiteURL.roadmap(.id(fixture.a.roadmap.roadmap)).path
            for role in [Role.curator, .head, .authorityCoordinator] {
                let browser = try await Browser.signedIn(app, as: fixture.a.accounts[role]!)
                #expect(try await app.get(roadmap, as: browser).status == .ok, "\(role)")
            }
            let coordinator = try await Browser.signedIn(app, as: fixture.a.accounts[.authorityCoordinator]!)
            let newPerson = SiteURL.newPerson(.id(fixture.a.organization.id!)).path
            #expect(try await app.get(newPerson, as: coordinator).status == .forbidden)
        }
    }
}
