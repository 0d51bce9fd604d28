import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// A signed-in browser: the session cookie and its CSRF token.
struct Browser {
    var cookie: String
    var csrf: String

    static func signedIn(_ app: Application, as account: AccountModel) async throws -> Browser {
        let store = SessionStore(db: app.db, clock: app.clock)
        let (token, session) = try await store.start(accountID: account.id, replacing: nil)
        return Browser(cookie: token, csrf: session.csrfToken)
    }

    var headers: HTTPHeaders { ["Cookie": "\(SessionStore.cookieName)=\(cookie)"] }
}

/// URL-encodes a form the way browsers send it.
func formBody(_ fields: [(String, String)]) -> ByteBuffer {
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._*")
    let text = fields.map {
        "\($0.0.addingPercentEncoding(withAllowedCharacters: allowed)!)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)"
    }
    .joined(separator: "&")
    return ByteBuffer(string: text)
}

extension String {
    /// Percent-encoded for a query or a form value.
    var urlQuery: String { addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "" }
}

extension Application {
    func get(_ path: String, as browser: Browser? = nil) async throws -> TestingHTTPResponse {
        try await testing().sendRequest(.GET, path, headers: browser?.headers ?? [:])
    }

    /// Posts a form with the browser's CSRF token (unless `csrf` says otherwise).
    func post(
        _ path: String, as browser: Browser, form: [(String, String)] = [], csrf: String? = nil
    ) async throws -> TestingHTTPResponse {
        var headers = browser.headers
        headers.contentType = .urlEncodedForm
        return try await testing().sendRequest(
            .POST, path, headers: headers,
            body: formBody([("_csrf", csrf ?? browser.csrf)] + form))
    }

    /// Posts a multipart form as the browser, with at most one file; the fields carry their own CSRF token.
    func post(
        _ path: String, as browser: Browser, multipart fields: [(String, String)],
        file: (field: String, name: String, type: String, data: Data)? = nil
    ) async throws
        -> TestingHTTPResponse
    {
        var (headers, body) = multipartForm(fields, file: file)
        headers.add(contentsOf: browser.headers)
        return try await testing().sendRequest(.POST, path, headers: headers, body: body)
    }

    /// An API call with a bearer token sending one file as multipart (field `file` unless said otherwise).
    func apiUpload(
        _ method: HTTPMethod, _ path: String, token: String, file: (name: String, type: String, data: Data)?
    ) async throws -> TestingHTTPResponse {
        var headers: HTTPHeaders = [:]
        headers.bearerAuthorization = BearerAuthorization(token: token)
        let (multipart, body) = multipartForm([], file: file.map { ("file", $0.name, $0.type, $0.data) })
        headers.add(contentsOf: multipart)
        return try await testing().sendRequest(method, "/api/v1" + path, headers: headers, body: body)
    }

    /// An API call with a bearer token and an optional JSON body.
    func api(
        _ method: HTTPMethod, _ path: String, token: String?, json: String? = nil
    ) async throws -> TestingHTTPResponse {
        var headers: HTTPHeaders = [:]
        if let token { headers.bearerAuthorization = BearerAuthorization(token: token) }
        if json != nil { headers.contentType = .json }
        return try await testing().sendRequest(
            method, "/api/v1" + path, headers: headers, body: json.map { ByteBuffer(string: $0) })
    }

    /// Teachers added to an organization from the console, named by their number.
    func addTeachers(
        _ count: Int, to organizationID: UUID, named name: (Int) -> (surname: String, givenName: String)
    ) async throws {
        for index in 0..<count {
            var input = PersonInput()
            (input.surname, input.givenName) = name(index)
            input.birthDate = "01.01.1990"
            input.categories = ["teacher"]
            try await PeopleService(scope: consoleScope()).create(in: organizationID, input: input)
        }
    }

    func apiToken(for account: AccountModel) async throws -> String {
        let user = try await AccountService.currentUser(account, on: db)
        let scope = RequestScope(db: db, user: user, requestID: "test", clock: clock)
        return try await APITokenService(scope: scope).create(name: "test")
    }
}

extension TestingHTTPResponse {
    /// The `error` object of an API error body.
    var apiError: APIErrorBody.Detail? { try? content.decode(APIErrorBody.self).error }
}

/// A multipart form as a browser sends it, with at most one file.
func multipartForm(
    _ fields: [(String, String)], file: (field: String, name: String, type: String, data: Data)?
) -> (HTTPHeaders, ByteBuffer) {
    let boundary = "----nastavnik-test"
    var body = Data()
    for (name, value) in fields {
        body += Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n".utf8)
    }
    if let file {
        body += Data(
            "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(file.field)\"; filename=\"\(file.name)\"\r\nContent-Type: \(file.type)\r\n\r\n"
                .utf8)
        body += file.data + Data("\r\n".utf8)
    }
    body += Data("--\(boundary)--\r\n".utf8)
    var headers = HTTPHeaders()
    headers.contentType = HTTPMediaType(type: "multipart", subType: "form-data", parameters: ["boundary": boundary])
    return (headers, ByteBuffer(bytes: body))
}

extension Browser {
    /// A visitor who opened a public page: the anonymous session's cookie and the form's CSRF token.
    static func visitor(_ app: Application, opening path: String) async throws -> (Browser, TestingHTTPResponse) {
        let response = try await app.get(path)
        let cookie = response.headers.setCookie?[SessionStore.cookieName]?.string ?? ""
        let body = response.body.string
        let csrf =
            body.range(of: "name=\"_csrf\" value=\"").map { start in
                String(body[start.upperBound...].prefix { $0 != "\"" })
            } ?? ""
        return (Browser(cookie: cookie, csrf: csrf), response)
    }

    /// The browser after a response that set a new session cookie (a sign-in).
    func following(_ response: TestingHTTPResponse) -> Browser {
        Browser(cookie: response.headers.setCookie?[SessionStore.cookieName]?.string ?? cookie, csrf: csrf)
    }
}
