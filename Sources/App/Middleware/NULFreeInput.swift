import Foundation
import Vapor

/// Text people send never carries the NUL character: PostgreSQL refuses it in text (the request would fail with a
/// server error there and succeed on SQLite), and Office XML cannot hold it in a document. Forms, queries and JSON
/// are read with it removed; it is invisible and never meant.
enum NULFreeInput {
    static func install() {
        ContentConfiguration.global.use(
            decoder: Decoder(inner: URLEncodedFormDecoder(), clean: stripFormNUL), for: .urlEncodedForm)
        ContentConfiguration.global.use(
            decoder: Decoder(inner: JSONDecoder.custom(dates: .iso8601), clean: stripJSONNUL), for: .json)
        ContentConfiguration.global.use(urlDecoder: QueryDecoder(inner: URLEncodedFormDecoder()))
    }

    /// A form body without `%00` and raw NUL bytes.
    static func stripFormNUL(_ text: String) -> String {
        text.replacing("%00", with: "").replacing("\u{0}", with: "")
    }

    /// A JSON body without `\u0000` escapes (an escaped backslash before `u0000` is text and stays) and raw NULs.
    static func stripJSONNUL(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let slash = rest.firstIndex(of: "\\") {
            result += rest[..<slash]
            let escape = rest[slash...].prefix(6)
            if escape.lowercased() != "\\u0000" { result += escape.prefix(2) }
            rest = rest[slash...].dropFirst(escape.lowercased() == "\\u0000" ? 6 : 2)
        }
        return (result + rest).replacing("\u{0}", with: "")
    }

    struct Decoder: UserInfoContentDecoder {
        let inner: any ContentDecoder
        let clean: @Sendable (String) -> String

        func decode<D: Decodable>(
            _ decodable: D.Type, from body: ByteBuffer, headers: HTTPHeaders,
            userInfo: [CodingUserInfoKey: any Sendable]
        ) throws -> D {
            // Only a body with a NUL, a percent sign or a backslash can carry one; the bytes are looked at once.
            let marks: [UInt8] = [0, UInt8(ascii: "%"), UInt8(ascii: "\\")]
            guard body.readableBytesView.contains(where: marks.contains),
                let text = body.getString(at: body.readerIndex, length: body.readableBytes)
            else { return try inner.decode(D.self, from: body, headers: headers, userInfo: userInfo) }
            return try inner.decode(D.self, from: ByteBuffer(string: clean(text)), headers: headers, userInfo: userInfo)
        }
    }

    struct QueryDecoder: URLQueryDecoder {
        let inner: URLEncodedFormDecoder

        func decode<D: Decodable>(_ decodable: D.Type, from url: URI) throws -> D {
            try decode(D.self, from: url, userInfo: [:])
        }

        func decode<D: Decodable>(
            _ decodable: D.Type, from url: URI, userInfo: [CodingUserInfoKey: any Sendable]
        ) throws -> D {
            var url = url
            url.query = url.query.map(stripFormNUL)
            return try inner.decode(D.self, from: url, userInfo: userInfo)
        }
    }
}
