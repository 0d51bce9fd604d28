import Foundation
import Testing
import Vapor

@testable import App

/// The API's JSON encoder gives the JSON Foundation's encoder gives (as Vapor configures it), value for value, for
/// every kind of value an answer holds, and Foundation's very answer or error where it does not write in one pass.
@Suite struct ResponseJSONEncoderTests {
    enum Kind: String, Encodable { case mentor, mentee }

    struct Inner: Encodable {
        var text: String
        var number: Double
        var kinds: [Kind]
        var empty: [Int] = []
    }

    struct Everything: Encodable {
        var text: String
        var integer: Int
        var small: Int8
        var unsigned: UInt64
        var number: Double
        var float: Float
        var flag: Bool
        var id: UUID
        var at: Date
        var data: Data
        var url: URL
        var decimal: Decimal
        var maybe: String?
        var nothing: Int?
        var inner: Inner
        var inners: [Inner]
        var matrix: [[Int]]
        var byName: [String: Int]
        var byNumber: [Int: String]
        var byID: [UUID: Int]
        var none: Empty
        var optionals: [Int?]
    }

    struct Empty: Encodable {}

    /// Characters the texts of real documents carry, and those JSON must escape.
    static let characters: [String] =
        [
            "\"", "\\", "/", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{7F}", "\u{08}", "\u{0C}", "a", "Я", "ё", "№",
            "«", "»", "—", "😀", "👩🏽‍🏫", "\u{2028}", "e\u{301}", " ", "<", "&", "'",
        ]

    static func text(_ random: inout DemoRandom) -> String {
        (0..<Int.random(in: 0...12, using: &random)).map { _ in characters.randomElement(using: &random)! }.joined()
    }

    static func number(_ random: inout DemoRandom) -> Double {
        [
            0, -0.0, 0.1, 1, -1.5, 1.0 / 3, 1e300, -1e-300, 5e-324, Double.greatestFiniteMagnitude, 123_456_789.125,
            Double.random(in: -1e6...1e6, using: &random),
        ].randomElement(using: &random)!
    }

    static func inner(_ random: inout DemoRandom) -> Inner {
        Inner(
            text: text(&random), number: number(&random),
            kinds: (0..<Int.random(in: 0...3, using: &random)).map { _ in
                Bool.random(using: &random) ? .mentor : .mentee
            })
    }

    static func everything(_ random: inout DemoRandom) -> Everything {
        Everything(
            text: text(&random),
            integer: [Int.min, Int.max, 0, -7, Int.random(in: -1000...1000, using: &random)]
                .randomElement(using: &random)!,
            small: Int8.random(in: .min ... .max, using: &random),
            unsigned: UInt64.max
                - UInt64.random(
                    in: 0...9, using: &random), number: number(&random),
            float: Float.random(in: -1...1, using: &random),
            flag: Bool.random(using: &random), id: UUID(),
            at: Date(
                timeIntervalSince1970: Double.random(in: -2e9...4e9, using: &random)),
            data: Data(
                (0..<Int.random(in: 0...20, using: &random)).map { _ in UInt8.random(in: 0...255, using: &random) }),
            url: URL(string: "https://nastavnik.test/a?b=\(Int.random(in: 0...9, using: &random))&c=%D0%AF")!,
            decimal: Decimal(Int.random(in: -99_999...99_999, using: &random)) / 100,
            maybe: Bool.random(using: &random) ? text(&random) : nil, nothing: nil, inner: inner(&random),
            inners: (0..<Int.random(in: 0...3, using: &random)).map { _ in inner(&random) },
            matrix: [[], [1], [2, 3]], byName: [text(&random): 1, "b": 2],
            byNumber: [Int.random(in: -5...5, using: &random): text(&random)], byID: [UUID(): 3], none: Empty(),
            optionals: [1, nil, 3])
    }

    static func parsed(_ bytes: [UInt8]) throws -> JSONTree {
        try JSONTree.parse(String(decoding: bytes, as: UTF8.self))
    }

    static func foundation<E: Encodable>(_ value: E) throws -> [UInt8] {
        Array(try JSONEncoder.custom(dates: .iso8601).encode(value))
    }

    @Test func everyKindOfValueComesOutAsFoundationWritesIt() throws {
        var random = DemoRandom(seed: 20)
        for _ in 0..<500 {
            let value = Self.everything(&random)
            let ours = try JSONOutput.encode(value, userInfo: [:])
            #expect(
                try Self.parsed(ours) == Self.parsed(Self.foundation(value)), "\(String(decoding: ours, as: UTF8.self))"
            )
        }
    }

    @Test func theBodyIsJSONWithItsType() throws {
        var body = ByteBuffer()
        var headers = HTTPHeaders()
        try ResponseJSONEncoder().encode(["a": "b"], to: &body, headers: &headers)
        #expect(headers.contentType == .json)
        #expect(String(buffer: body) == #"{"a":"b"}"#)
    }

    /// A subclass that encodes its superclass through a super-encoder.
    class Base: Encodable {
        var name = "base"
    }
    final class Derived: Base {
        var extra = 1
        enum Keys: String, CodingKey { case extra }
        override func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(extra, forKey: .extra)
            try super.encode(to: container.superEncoder())
        }
    }

    /// A container that asks for its container twice, as a subclass encoding into its superclass's object does.
    struct Twice: Encodable {
        enum Keys: String, CodingKey { case a, b }
        func encode(to encoder: any Encoder) throws {
            var first = encoder.container(keyedBy: Keys.self)
            try first.encode(1, forKey: .a)
            var second = encoder.container(keyedBy: Keys.self)
            try second.encode(2, forKey: .b)
        }
    }

    /// A nested container filled, then its parent continued: one pass.
    struct Nested: Encodable {
        enum Keys: String, CodingKey { case inner, after, list }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            var inner = container.nestedContainer(keyedBy: Keys.self, forKey: .inner)
            try inner.encode("x", forKey: .after)
            var list = container.nestedUnkeyedContainer(forKey: .list)
            try list.encode(1)
            var deeper = list.nestedContainer(keyedBy: Keys.self)
            try deeper.encodeNil(forKey: .inner)
            try list.encode(2)
            try container.encode(true, forKey: .after)
        }
    }

    /// A nested container written again after its parent moved on: not one pass.
    struct Interleaved: Encodable {
        enum Keys: String, CodingKey { case inner, after, late }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            var inner = container.nestedContainer(keyedBy: Keys.self, forKey: .inner)
            try inner.encode(1, forKey: .after)
            try container.encode(2, forKey: .after)
            try inner.encode(3, forKey: .late)
        }
    }

    /// A value that encodes nothing.
    struct Silent: Encodable {
        func encode(to encoder: any Encoder) throws {}
    }

    struct Holder<T: Encodable>: Encodable {
        var value: T
    }

    @Test func whatOnePassCannotWriteFoundationWrites() throws {
        #expect(try Self.parsed(ResponseJSONEncoder.bytes(of: Derived())) == Self.parsed(Self.foundation(Derived())))
        #expect(try Self.parsed(ResponseJSONEncoder.bytes(of: Twice())) == Self.parsed(Self.foundation(Twice())))
        #expect(throws: JSONOutput.NotInOnePass.self) { try JSONOutput.encode(Twice(), userInfo: [:]) }
        #expect(
            try String(decoding: JSONOutput.encode(Nested(), userInfo: [:]), as: UTF8.self)
                == #"{"inner":{"after":"x"},"list":[1,{"inner":null},2],"after":true}"#)
        #expect(throws: JSONOutput.NotInOnePass.self) { try JSONOutput.encode(Interleaved(), userInfo: [:]) }
        #expect(
            try Self.parsed(ResponseJSONEncoder.bytes(of: Interleaved()))
                == Self.parsed(Self.foundation(Interleaved())))
        let silent = Holder(value: Silent())
        #expect(try Self.parsed(ResponseJSONEncoder.bytes(of: silent)) == Self.parsed(Self.foundation(silent)))
        #expect(throws: EncodingError.self) { try ResponseJSONEncoder.bytes(of: Holder(value: Double.infinity)) }
        #expect(throws: EncodingError.self) { try ResponseJSONEncoder.bytes(of: [Float.nan]) }
    }
}
