import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import SnapshotTesting
import Testing
import Vapor
import VaporTesting

@testable import App

/// The surface users and integrations see, pinned on the demo: every page each role reaches by following links, as
/// HTML, and every API read's JSON shape. A change to a page shows as a diff of its snapshot; a new page or API read
/// records a new snapshot and fails once, so it is looked at. `SNAPSHOT_TESTING_RECORD=all swift test --filter
/// SurfaceSnapshotTests` records them anew after an intended change.
@Suite struct SurfaceSnapshotTests {
    /// Who walks the whole site, and who only opens their home page.
    static let walkers: [String?] = ["school.curator", "coordinator", "school.mentor", nil]
    static let homeOnly = ["school.head", "kindergarten.curator", "college.curator"]

    /// Routes reached by a secret in a letter or a QR code, not by a link on a page; their own suites cover them.
    static let reachedBySecret = [":token", ":feedToken", ":tokenID"]
    /// Pages a guest opens from a letter or types; pages a participant opens from the menu of their own.
    static let guestPages = ["/login", "/invite", "/password/forgot"]
    static let ownPages = ["/my/mentoring", "/my/consents", "/my/surveys"]

    @Test func pagesAndAPIReadsMatchTheirSnapshots() async throws {
        var reached = Set<String>()
        var unreached: [String] = []
        try await withApp { app, clock in
            app.clock = clock.ticking
            _ = try await DemoLoader(scope: app.consoleScope(), passwords: PasswordHashing(app: app)).load()
            var known: [String: String] = [:]
            for login in Self.walkers + Self.homeOnly {
                let follows = login.map { !Self.homeOnly.contains($0) } ?? true
                var walk = SiteWalk(app: app, browser: try await signIn(app, login), follows: follows)
                try await walk.walk(from: login == nil ? ["/"] + Self.guestPages : ["/"] + Self.ownPages)
                if follows { try await walk.openTheRest() }
                reached.formUnion(walk.visits.map(\.route))
                known.merge(walk.known) { first, _ in first }
                snapshot(walk.visits, of: login ?? "guest")
            }
            unreached = SiteRoutes(app).routes.map(SiteRoutes.name).filter { route in
                route.hasPrefix("GET ") && !route.hasPrefix("GET /api/") && !reached.contains(route)
                    && !Self.reachedBySecret.contains { route.contains($0) }
            }
            try await apiShapes(app, known: known)
        }
        // What the demo does not have (a matching run and a second to compare, evidence, a consent's scan, an uploaded
        // list, an own questionnaire) is opened on the test fixture, by its curator and its coordinator.
        try await withApp { app, clock in
            app.clock = clock.ticking
            let fixture = try await Fixture.seed(app)
            let addresses = try await Self.fixtureAddresses(app, fixture, of: unreached)
            for role in [Role.curator, .authorityCoordinator] {
                let browser = try await Browser.signedIn(app, as: fixture.a.accounts[role]!)
                var walk = SiteWalk(app: app, browser: browser, follows: false)
                try await walk.walk(from: addresses)
                reached.formUnion(walk.visits.filter { $0.status == .ok }.map(\.route))
                snapshot(walk.visits, of: "fixture-" + role.rawValue)
            }
        }
        let left = unreached.filter { !reached.contains($0) }
        #expect(left.isEmpty, "no page opens these routes, so no snapshot pins them: \(left)")
    }

    /// The addresses of `routes` on the fixture's side A, with a scan for its consent and for a certificate, and a
    /// second matching run (the curator's «Повторить подбор») for the comparison, or the run itself where the
    /// fixture's run cannot be repeated.
    static func fixtureAddresses(_ app: Application, _ fixture: Fixture, of routes: [String]) async throws -> [String] {
        try await ConsentScanModel(
            consentID: fixture.a.consent.id!, fileName: "согласие.pdf", contentType: "application/pdf",
            data: Data("%PDF-1.4".utf8)
        ).create(on: app.db)
        let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
        let run = fixture.a.bases.matchingRun
        let rerun = try await app.post(SiteURL.matchingRerun(.id(run)).path, as: curator)
        let second = rerun.headers.first(name: .location)?.split(separator: "/").last.map(String.init) ?? "\(run)"
        var known = AccessMatrixTests.knownIDs(app, fixture.a)
        let certificate = CriminalRecordCertificateModel(
            organizationID: fixture.a.organization.id!, personID: fixture.a.minor.id!,
            certificate: .init(number: "1", issuedOn: CalendarDate(year: 2026, month: 10, day: 1)!, issuedBy: "ИЦ МВД"),
            recordedAt: app.clock.now())
        (certificate.scanName, certificate.scanType) = ("справка.pdf", "application/pdf")
        certificate.scanData = Data("%PDF-1.4".utf8)
        try await certificate.create(on: app.db)
        known["criminal-record-certificates/:certificateID"] = certificate.id!.uuidString
        return routes.compactMap { route in
            SiteRoutes.address(of: route, from: known).map { route.hasSuffix("/compare") ? $0 + "?with=" + second : $0 }
        }
    }

    /// The pages of each visit, and the routes with the status each answered.
    func snapshot(_ visits: [SiteWalk.Visit], of who: String) {
        for visit in visits where !visit.body.isEmpty {
            let text =
                visit.contentType == "text/html" && visit.route != "GET /"
                ? SurfaceText.page(visit.body) : SurfaceText.normalized(visit.body)
            assertSnapshot(of: text, as: .lines, named: Self.fileName(who, visit.route), testName: "surface")
        }
        let index = visits.map { "\($0.route) → \($0.status.code) \($0.contentType)" }.joined(separator: "\n")
        assertSnapshot(of: index, as: .lines, named: Self.fileName(who, "routes"), testName: "surface")
    }

    /// Every API read, filled with the ids the pages linked to, as the school's curator or, where the curator may not
    /// read it, as the coordinator.
    func apiShapes(_ app: Application, known: [String: String]) async throws {
        var readers: [(String, String)] = []
        for login in ["school.curator", "coordinator"] {
            let account = try #require(try await AccountModel.query(on: app.db).filter(\.$login == login).first())
            readers.append((login, try await app.apiToken(for: account)))
        }
        var lines: [String] = []
        for route in SiteRoutes(app).routes.map(SiteRoutes.name).sorted() where route.hasPrefix("GET /api/v1/") {
            guard let address = SiteRoutes.address(of: route, from: known) else {
                lines.append("\(route) → no id known from the pages")
                continue
            }
            var answer = ""
            for (login, token) in readers {
                let response = try await app.api(.GET, String(address.dropFirst("/api/v1".count)), token: token)
                let type = response.mediaType
                let shape = type == "application/json" ? SurfaceText.shape(response.body.string) : type
                answer = "\(route) as \(login) → \(response.status.code) \(shape)"
                if response.status.code < 400 { break }
            }
            lines.append(answer)
        }
        assertSnapshot(of: lines.joined(separator: "\n"), as: .lines, named: "api", testName: "surface")
    }

    func signIn(_ app: Application, _ login: String?) async throws -> Browser? {
        guard let login else { return nil }
        let account = try #require(try await AccountModel.query(on: app.db).filter(\.$login == login).first())
        return try await Browser.signedIn(app, as: account)
    }

    /// `school.curator`, `GET /people/:personID/edit` → `school.curator-people-personID-edit`.
    static func fileName(_ who: String, _ route: String) -> String {
        let path = route.split(separator: " ").last.map(String.init) ?? route
        let words = path.split { !$0.isLetter && !$0.isNumber }.joined(separator: "-")
        return who + "-" + (words.isEmpty ? "home" : words)
    }
}
