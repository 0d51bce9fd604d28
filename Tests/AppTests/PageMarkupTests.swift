import Fluent
import FluentKit
import Foundation
import MentoringCore
import Testing
import Vapor
import VaporTesting

@testable import App

/// Every page a curator opens has ids that are unique and labels that point to a field, so a screen reader names each
/// field («Статус» of the filter and «Статус» of the bulk action on the bases are two fields, not one).
@Suite struct PageMarkupTests {
    static func problems(in html: String) -> [String] {
        let ids = html.matches(of: /\sid="([^"]+)"/).map { String($0.1) }
        let repeated = Dictionary(grouping: ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
        let targets = Set(ids)
        let dangling = html.matches(of: /<label[^>]*\sfor="([^"]+)"/).map { String($0.1) }
            .filter { !targets.contains($0) }
        return repeated.map { "the id «\($0)» is used twice" }
            + dangling.map { "a label for «\($0)», which is not there" }
    }

    @Test func theCheckFindsBothFaults() {
        #expect(Self.problems(in: #"<label for="f-a">A</label><input id="f-a"><select id="f-a">"#).count == 1)
        #expect(Self.problems(in: #"<label for="f-b">B</label><input id="f-c">"#).count == 1)
        #expect(Self.problems(in: #"<label for="f-a">A</label><input id="f-a">"#).isEmpty)
    }

    /// The bases have a «Статус» filter above the table and a «Статус» field of the bulk action below it.
    @Test func aBulkActionsFieldsDoNotShareTheFiltersIds() {
        let filter = FormField("status", "Статус", kind: "select")
        let bulk = TablePage.Bulk(
            action: "/", fields: [FormField("status", "Новый статус", kind: "select")],
            submitTitle: "Изменить")
        #expect(bulk.fields[0].id != filter.id)
        #expect(bulk.fields[0].name == filter.name, "the form still sends the field by its name")
    }

    @Test func everyPageOfTheCuratorHasUniqueIdsAndLabelledFields() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            var checked = 0
            for (method, path) in AccessIsolationTests.webRoutes(fixture.a) where method == .GET {
                let response = try await app.get(path, as: curator)
                guard response.status == .ok, response.headers.contentType == .html else { continue }
                checked += 1
                let problems = Self.problems(in: response.body.string)
                #expect(problems.isEmpty, "\(path): \(problems)")
            }
            #expect(checked > 20)
        }
    }
}
