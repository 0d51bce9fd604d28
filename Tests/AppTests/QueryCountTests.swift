import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// The main pages and API reads run a bounded number of SQL statements, whatever the size of the organization:
/// the same count before and after 40 more people, and at most the pinned one (the same on both databases).
@Suite struct QueryCountTests {
    /// A page or a call and the statements it may run.
    struct Read: CustomStringConvertible {
        var name: String
        var path: String
        var api: Bool = false
        var limit: Int
        var description: String { name }
    }

    @Test func mainReadsRunABoundedNumberOfStatements() async throws {
        try await withApp { app, _ in
            let counter = QueryCounter(app)
            _ = try await DemoLoader(scope: app.consoleScope(), passwords: PasswordHashing(app: app)).load()
            let curator = try #require(
                try await AccountModel.query(on: app.db).filter(\.$login == "school.curator").first())
            let browser = try await Browser.signedIn(app, as: curator)
            let token = try await app.apiToken(for: curator)
            let reads = try await Self.reads(app)
            // The first call of the token records its use; the counts are of the calls after it.
            _ = try await Self.count(reads, app, counter, browser: browser, token: token)
            let before = try await Self.count(reads, app, counter, browser: browser, token: token)
            try await Self.grow(app)
            let after = try await Self.count(reads, app, counter, browser: browser, token: token)
            for read in reads {
                let (first, second) = (before[read.name] ?? 0, after[read.name] ?? 0)
                #expect(first == second, "\(read.name): \(first) statements, then \(second) with more people")
                #expect(second <= read.limit, "\(read.name): \(second) statements, pinned at \(read.limit)")
            }
        }
    }

    private static func count(
        _ reads: [Read], _ app: Application, _ counter: QueryCounter, browser: Browser, token: String
    ) async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for read in reads {
            var headers = browser.headers
            if read.api { headers = ["Authorization": "Bearer \(token)"] }
            let (response, statements) = try await counter.get(app, read.path, headers: headers)
            #expect(response.status == .ok, "\(read.name) \(read.path) answered \(response.status)")
            counts[read.name] = statements.count
        }
        return counts
    }

    private static func reads(_ app: Application) async throws -> [Read] {
        let school = try #require(try await OrganizationModel.query(on: app.db).filter(\.$kind == .school).first())
        let org = try school.requireID()
        // A minor with a representative's consent: the card reads the most for such a person. The same one on
        // both databases (ids compare alike on both).
        let person = try #require(
            try await ConsentModel.query(on: app.db).filter(\.$representative.$id != nil)
                .join(parent: \.$person).filter(PersonModel.self, \.$organization.$id == org)
                .sort(\.$person.$id).first()?.$person.id)
        let program = try #require(
            try await ProgramModel.query(on: app.db).filter(\.$organization.$id == org).first()?.requireID())
        let run = try await MatchingService(scope: app.consoleScope()).start(program, input: MatchingInput())
            .requireID()
        return [
            Read(name: "home", path: SiteURL.home.path, limit: 22),
            Read(name: "people", path: SiteURL.people(.id(org)).path, limit: 7),
            Read(name: "person card", path: SiteURL.person(.id(person)).path, limit: 12),
            Read(name: "program", path: SiteURL.program(.id(program)).path, limit: 14),
            Read(name: "monitoring", path: SiteURL.programMonitoring(.id(program)).path, limit: 41),
            Read(name: "pairs", path: SiteURL.mentorships(.id(program)).path, limit: 15),
            Read(name: "mentor base", path: SiteURL.mentorBase(.id(program)).path, limit: 12),
            Read(name: "orders", path: SiteURL.orders(.id(org)).path, limit: 5),
            Read(name: "matching run", path: SiteURL.matchingRun(.id(run)).path, limit: 15),
            Read(name: "API person", path: "/api/v1/people/\(person)", api: true, limit: 4),
            Read(name: "API people", path: "/api/v1/organizations/\(org)/people", api: true, limit: 5),
            Read(name: "API matching run", path: "/api/v1/matching-runs/\(run)", api: true, limit: 10),
        ]
    }

    /// Forty more people in the school.
    private static func grow(_ app: Application) async throws {
        let school = try #require(try await OrganizationModel.query(on: app.db).filter(\.$kind == .school).first())
        try await app.addTeachers(40, to: school.requireID()) { ("Добавленный", "Участник\($0)") }
    }
}
