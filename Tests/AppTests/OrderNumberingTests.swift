import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// An organization that numbers its orders «{N}-о» signs an order without typing a number and gets the next one.
@Suite struct OrderNumberingTests {
    struct Order: Decodable {
        var id: UUID
        var number: String?
    }

    @Test func anOrderSignedWithoutANumberGetsTheNextOneOfThePattern() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let org = fixture.a.organization.id!
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            var response = try await app.api(
                .PUT, "/organizations/\(org)/orders/numbering", token: token, json: #"{"numbering": "12-{N}"}"#)
            #expect(response.apiError?.fields["numbering"] != nil)
            response = try await app.api(
                .PUT, "/organizations/\(org)/orders/numbering", token: token, json: #"{"numbering": "{N}-о"}"#)
            #expect(response.body.string.contains(#""next":"1-о""#), "the fixture's order is not signed")
            func order() async throws -> UUID {
                let response = try await app.api(
                    .POST, "/organizations/\(org)/orders", token: token, json: #"{"kind": "introduce_model"}"#)
                return try response.content.decode(Order.self).id
            }
            func sign(_ id: UUID, _ number: String?) async throws -> String? {
                let json = number.map { #"{"number": "\#($0)", "date": "20.11.2026"}"# } ?? #"{"date": "20.11.2026"}"#
                return try await app.api(.POST, "/orders/\(id)/sign", token: token, json: json).content
                    .decode(Order.self).number
            }
            #expect(try await sign(try await order(), nil) == "1-о")
            #expect(try await sign(try await order(), "5-о") == "5-о")
            let third = try await order()
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let page = try await app.get(SiteURL.order(.id(third)).path, as: curator).body.string
            #expect(page.contains(#"name="number" type="text" value="6-о""#))
            #expect(try await sign(third, nil) == "6-о")

            let other = try await app.apiToken(for: fixture.b.accounts[.curator]!)
            response = try await app.api(
                .PUT, "/organizations/\(org)/orders/numbering", token: other, json: #"{"numbering": "{N}"}"#)
            #expect(response.status == .notFound)
            _ = try await app.api(.PUT, "/organizations/\(org)/orders/numbering", token: token, json: #"{}"#)
            response = try await app.api(
                .POST, "/orders/\(try await order())/sign", token: token, json: #"{"date": "20.11.2026"}"#)
            #expect(response.apiError?.fields["number"] != nil, "typed by hand again")
        }
    }
}
