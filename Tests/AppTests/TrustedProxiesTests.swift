import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// `X-Forwarded-For` names the client only when the request came from a trusted proxy, and only as far back as
/// the chain is made of trusted proxies: a client cannot choose the address it is throttled and audited under.
@Suite struct TrustedProxiesTests {
    struct Case: CustomStringConvertible, Sendable {
        var trusted: String
        var peer: String
        var forwarded: [String]
        var client: String
        var description: String { "\(trusted) · \(peer) · \(forwarded) → \(client)" }
    }

    @Test(arguments: [
        Case(trusted: "", peer: "203.0.113.5", forwarded: ["198.51.100.7"], client: "203.0.113.5"),
        Case(trusted: "10.0.0.1", peer: "203.0.113.5", forwarded: ["198.51.100.7"], client: "203.0.113.5"),
        Case(trusted: "10.0.0.1", peer: "10.0.0.1", forwarded: ["198.51.100.7"], client: "198.51.100.7"),
        Case(trusted: "10.0.0.0/8", peer: "10.2.3.4", forwarded: ["1.1.1.1, 198.51.100.7"], client: "198.51.100.7"),
        Case(
            trusted: "10.0.0.0/8", peer: "10.2.3.4", forwarded: ["1.1.1.1", "198.51.100.7, 10.9.9.9"],
            client: "198.51.100.7"),
        Case(trusted: "10.0.0.0/8", peer: "10.2.3.4", forwarded: [], client: "10.2.3.4"),
        Case(trusted: "10.0.0.0/8", peer: "10.2.3.4", forwarded: ["не адрес"], client: "10.2.3.4"),
        Case(trusted: "10.0.0.0/8", peer: "10.2.3.4", forwarded: ["198.51.100.7, junk"], client: "10.2.3.4"),
        Case(trusted: "10.0.0.0/8", peer: "11.0.0.1", forwarded: ["198.51.100.7"], client: "11.0.0.1"),
        Case(trusted: "172.16.0.0/12", peer: "172.31.255.255", forwarded: ["2001:db8::1"], client: "2001:db8::1"),
        Case(trusted: "172.16.0.0/12", peer: "172.32.0.1", forwarded: ["2001:db8::1"], client: "172.32.0.1"),
        Case(trusted: "::1, 127.0.0.1", peer: "::1", forwarded: ["198.51.100.7"], client: "198.51.100.7"),
        Case(trusted: "fd00::/8", peer: "fd12::5", forwarded: ["198.51.100.7"], client: "198.51.100.7"),
        Case(trusted: "fd00::/8", peer: "fe80::1", forwarded: ["198.51.100.7"], client: "fe80::1"),
        Case(trusted: "0.0.0.0/0", peer: "8.8.8.8", forwarded: ["198.51.100.7"], client: "198.51.100.7"),
    ])
    func theClientIsTheFirstUntrustedHop(_ example: Case) throws {
        let proxies = try TrustedProxies(list: example.trusted)
        #expect(proxies.client(peer: example.peer, forwardedFor: example.forwarded) == example.client)
    }

    @Test(arguments: ["10.0.0.0/33", "10.0.0", "example.org", "::1/129", "10.0.0.1/-1", "1.2.3.4/x"])
    func aBadEntryIsAConfigurationError(_ entry: String) {
        #expect(throws: ConfigError.self) {
            try AppConfig.from(environment: ["TRUSTED_PROXIES": "127.0.0.1, \(entry)"])
        }
    }

    @Test func theAuditRowCarriesTheForwardedAddressOnlyFromATrustedProxy() async throws {
        for trusted in [false, true] {
            try await withApp(configured: { if trusted { $0.trustedProxies = try! TrustedProxies(list: "127.0.0.1") } })
            {
                app, _ in
                let fixture = try await Fixture.seed(app)
                let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
                let person = try #require(fixture.a.adult.id)
                let response = try await app.testing(method: .running(port: 0)).sendRequest(
                    .GET, "/api/v1/people/\(person)",
                    headers: ["Authorization": "Bearer \(token)", "X-Forwarded-For": "198.51.100.7"])
                #expect(response.status == .ok)
                let row = try #require(
                    try await AuditEntryModel.query(on: app.db).filter(\.$personID == person)
                        .filter(\.$action == AuditAction.read.rawValue).sort(\.$at, .descending).first())
                #expect(row.clientAddress == (trusted ? "198.51.100.7" : "127.0.0.1"))
            }
        }
    }
}
