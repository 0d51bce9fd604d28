import Foundation
import Testing
import Vapor

@testable import App

/// NUL never reaches the database: PostgreSQL refuses it in text, so a form with it failed there with a 500.
@Suite struct NULFreeInputTests {
    @Test func formBodiesAndQueriesLoseTheirNULs() {
        #expect(NULFreeInput.stripFormNUL("name=a%00b&x=%00") == "name=ab&x=")
        #expect(NULFreeInput.stripFormNUL("name=a\u{0}b") == "name=ab")
        #expect(NULFreeInput.stripFormNUL("percent=%2500") == "percent=%2500", "a typed «%00» is text")
    }

    @Test func jsonLosesItsNULEscapesButNotTypedBackslashes() {
        #expect(NULFreeInput.stripJSONNUL(#"{"a":"x\u0000y"}"#) == #"{"a":"xy"}"#)
        #expect(NULFreeInput.stripJSONNUL(#"{"a":"x\\u0000y"}"#) == #"{"a":"x\\u0000y"}"#, "an escaped backslash")
        #expect(NULFreeInput.stripJSONNUL(#"{"a":"x\\\u0000y"}"#) == #"{"a":"x\\y"}"#)
        #expect(NULFreeInput.stripJSONNUL(#"{"a":"\uD83D\uDE00 \"q\""}"#) == #"{"a":"\uD83D\uDE00 \"q\""}"#)
    }

    @Test func decodedContentHasNoNUL() throws {
        NULFreeInput.install()
        struct Form: Codable { var name: String }
        let form = try ContentConfiguration.global.requireDecoder(for: .urlEncodedForm).decode(
            Form.self, from: ByteBuffer(string: "name=%D0%AF%00"),
            headers: ["Content-Type": "application/x-www-form-urlencoded"])
        #expect(form.name == "Я")
        let json = try ContentConfiguration.global.requireDecoder(for: .json).decode(
            Form.self, from: ByteBuffer(string: #"{"name":"a\u0000"}"#), headers: ["Content-Type": "application/json"])
        #expect(json.name == "a")
        let query = try ContentConfiguration.global.requireURLDecoder().decode(
            Form.self, from: URI(string: "/people?name=b%00c"))
        #expect(query.name == "bc")
    }
}
