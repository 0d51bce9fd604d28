import Fluent
import FluentKit
import Foundation
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// Every form a curator, a coordinator and a mentor reach on the demo, sent back empty and with each class of
/// hostile value in every field: the server answers 4xx or a redirect, never 5xx; a form that comes back keeps
/// what was typed and shows markup typed into it as text.
@Suite struct FormRobustnessTests {
    /// Values people type or paste by mistake or on purpose, one class each.
    static let hostile = [
        "", "   ", String(repeating: "Я", count: 5000), "<script>alert(1)</script>", "a\u{0}b",
        "99999999999999999999999", "-1", "31.02.2025", "Ёлка 😀 \u{202E}", "' OR 1=1 --", "../../etc/passwd",
    ]
    /// What a person types into every text field of a form, to be found again when the form comes back.
    static let typed = "Проверка 😀 №\u{202E}7"
    /// Forms that end the walker's session or only switch the layout.
    static let leftOut = ["/logout", "/vision"]

    @Test func everyFormAnswersHostileInputWithoutAServerError() async throws {
        try await withApp { app, clock in
            app.clock = clock.ticking
            _ = try await DemoLoader(scope: app.consoleScope(), passwords: PasswordHashing(app: app)).load()
            var problems: [String] = []
            var sent = 0
            for login in ["school.curator", "coordinator", "school.mentor"] {
                let account = try #require(try await AccountModel.query(on: app.db).filter(\.$login == login).first())
                let browser = try await Browser.signedIn(app, as: account)
                var walk = SiteWalk(app: app, browser: browser)
                try await walk.walk(from: ["/"])
                var forms: [String: PageForm] = [:]
                for visit in walk.visits where visit.contentType == "text/html" {
                    for form in PageForm.all(in: visit.body) where forms[form.route(app)] == nil {
                        forms[form.route(app)] = form
                    }
                }
                for form in forms.values.sorted(by: { $0.action < $1.action }) {
                    for value in Self.hostile {
                        let response = try await form.send(value, app: app, as: browser)
                        sent += 1
                        problems += Self.problems(of: response, form: form, value: value, login: login)
                    }
                    // As a person types: only into the fields that take text, the choices left as drawn.
                    let typed = try await form.send(Self.typed, app: app, as: browser, typing: true)
                    problems += Self.lost(typed, form: form, login: login)
                }
                #expect(try await app.get("/", as: browser).status.code < 500, "the server keeps serving \(login)")
            }
            #expect(sent > 300, "forms sent: \(sent)")
            #expect(problems.isEmpty, "\(problems.count) problems:\n\(problems.prefix(40).joined(separator: "\n"))")
        }
    }

    static func problems(of response: TestingHTTPResponse, form: PageForm, value: String, login: String) -> [String] {
        let shown = value.count > 40 ? "\(value.prefix(10))… (\(value.count))" : value.debugDescription
        let at = "\(login): POST \(form.action) with \(shown)"
        var problems: [String] = []
        if response.status.code >= 500 { problems.append("\(at) → \(response.status.code)") }
        guard response.mediaType == "text/html" else { return problems }
        let body = response.body.string
        if value.contains("<script>"), body.contains(value) { problems.append("\(at): the markup runs on the page") }
        return problems
    }

    /// A form that comes back (422) keeps what was typed into its text fields.
    static func lost(_ response: TestingHTTPResponse, form: PageForm, login: String) -> [String] {
        let at = "\(login): POST \(form.action), typed into its text fields"
        if response.status.code >= 500 { return ["\(at) → \(response.status.code)"] }
        guard response.status == .unprocessableEntity, response.mediaType == "text/html", form.echoes,
            !response.body.string.contains(typed)
        else { return [] }
        return ["\(at): the form came back without what was typed"]
    }
}

/// A `<form method="post">` as a page draws it: where it goes and the fields it sends.
struct PageForm {
    struct Field {
        var name: String
        var type: String
        var value: String
    }

    var action: String
    var multipart: Bool
    var fields: [Field]

    /// The fields a person types into.
    static let typeable = ["text", "textarea", "email", "tel", "url", "number", "search"]

    /// Typed text comes back in a form re-drawn after an error (a plain text field or a text area).
    var echoes: Bool { fields.contains { ["text", "textarea"].contains($0.type) } }

    static func all(in html: String) -> [PageForm] {
        html.matches(of: /<form method="post" action="([^"]*)"([^>]*)>((?s:.*?))<\/form>/).compactMap { match in
            let action = String(match.1).replacingOccurrences(of: "&amp;", with: "&")
            guard action.hasPrefix("/"), !FormRobustnessTests.leftOut.contains(where: action.hasPrefix) else {
                return nil
            }
            let fields = String(match.3).matches(of: /<(input|select|textarea|button)\b([^>]*)>/).compactMap {
                tag -> Field? in
                let attributes = String(tag.2)
                guard let name = attribute("name", in: attributes), name != "_csrf" else { return nil }
                let type = tag.1 == "input" ? attribute("type", in: attributes) ?? "text" : String(tag.1)
                return Field(name: name, type: type, value: attribute("value", in: attributes) ?? "")
            }
            return PageForm(action: action, multipart: match.2.contains("multipart"), fields: fields)
        }
    }

    private static func attribute(_ name: String, in attributes: String) -> String? {
        guard let range = attributes.range(of: " \(name)=\"") else { return nil }
        return String(attributes[range.upperBound...].prefix { $0 != "\"" })
    }

    /// The route the form posts to, so that a form on many pages (a pair's status) is sent once.
    func route(_ app: Application) -> String {
        SiteRoutes(app).route(of: action, method: .POST) ?? action
    }

    /// Sends the form with `value` in every field (only in the text fields when `typing`, as a person would); hidden
    /// values and buttons stay as drawn.
    func send(
        _ value: String, app: Application, as browser: Browser, typing: Bool = false
    ) async throws -> TestingHTTPResponse {
        let values = fields.compactMap { field -> (String, String)? in
            if ["hidden", "button", "submit"].contains(field.type) { return (field.name, field.value) }
            if typing, !Self.typeable.contains(field.type) { return nil }
            return (field.name, value)
        }
        if multipart {
            return try await app.post(action, as: browser, multipart: [("_csrf", browser.csrf)] + values)
        }
        return try await app.post(action, as: browser, form: values)
    }
}
