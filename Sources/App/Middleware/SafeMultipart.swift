import MultipartKit
import Vapor

/// MultipartKit 4.7.1 (the only version the mirror has) stops the whole process on two bodies anyone can send: a
/// part header whose name has a byte above 127 (its table of allowed characters is indexed out of range) and an
/// empty `boundary=` (a precondition). Multipart forms are read through this decoder, which refuses both as the
/// unreadable bodies they are and hands every other one to MultipartKit unchanged.
enum SafeMultipart {
    static func install() {
        ContentConfiguration.global.use(decoder: Decoder(), for: .formData)
    }

    struct Decoder: UserInfoContentDecoder {
        func decode<D: Decodable>(
            _ decodable: D.Type, from body: ByteBuffer, headers: HTTPHeaders,
            userInfo: [CodingUserInfoKey: any Sendable]
        ) throws -> D {
            if let boundary = headers.contentType?.parameters["boundary"],
                boundary.isEmpty || MultipartScan(boundary: boundary).meetsNonASCIIHeaderName(in: body)
            {
                throw DecodingError.dataCorrupted(
                    .init(codingPath: [], debugDescription: "The multipart body cannot be read."))
            }
            return try FormDataDecoder().decode(D.self, from: body, headers: headers, userInfo: userInfo)
        }
    }
}

/// Follows a multipart body the way MultipartKit's parser reads it (the same states, the same lenient preamble,
/// the same end at a syntax error) without keeping anything, to tell whether the parser would reach a byte above
/// 127 while reading a part header's name.
struct MultipartScan {
    private let delimiter: [UInt8]

    init(boundary: String) {
        delimiter = Array("\r\n--\(boundary)".utf8)
    }

    func meetsNonASCIIHeaderName(in body: ByteBuffer) -> Bool {
        let bytes = Array(body.readableBytesView)
        guard var index = endOfPreamble(bytes) else { return false }
        // The preamble's delimiter is followed by CR LF; a later one by CR LF or by "--" (the end).
        var expectsCR = true
        while true {
            if expectsCR {
                guard index < bytes.count, bytes[index] == .cr else { return false }
                index += 1
            }
            guard index < bytes.count, bytes[index] == .lf else { return false }
            switch headerNames(bytes, from: index + 1) {
            case .nonASCII: return true
            case .unreadable: return false
            case .body(let start):
                guard let end = nextDelimiter(bytes, from: start), end < bytes.count,
                    bytes[end] == .cr
                else { return false }
                index = end + 1
                expectsCR = false
            }
        }
    }

    /// The index after the first delimiter, matched as the parser does (the leading CR LF may be missing).
    private func endOfPreamble(_ bytes: [UInt8]) -> Int? {
        var matched = 0
        for (index, byte) in bytes.enumerated() {
            if matched == 0, byte == delimiter[2] {
                matched = 3
            } else if byte == delimiter[matched] {
                matched += 1
            } else {
                matched = matched > 0 && byte == delimiter[0] ? 1 : 0
            }
            if matched == delimiter.count { return index + 1 }
        }
        return nil
    }

    private enum Headers {
        case nonASCII, unreadable
        case body(start: Int)
    }

    /// Reads header lines from `start` to the empty line that ends them.
    private func headerNames(_ bytes: [UInt8], from start: Int) -> Headers {
        var index = start
        var nameLength = 0
        var inValue = false
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if inValue {
                guard byte == .cr else { continue }
                guard index < bytes.count, bytes[index] == .lf else { return .unreadable }
                index += 1
                (inValue, nameLength) = (false, 0)
            } else if byte >= 0x80 {
                return .nonASCII
            } else if byte == .colon, nameLength > 0 {
                inValue = true
            } else if byte == .cr, nameLength == 0 {
                guard index < bytes.count, bytes[index] == .lf else { return .unreadable }
                return .body(start: index + 1)
            } else {
                // The parser refuses some of these (separators, controls); counting them as a name's goes on
                // reading where it stopped, which can only refuse a body it would have refused too.
                nameLength += 1
            }
        }
        return .unreadable
    }

    /// The index after the next delimiter at or after `start`.
    private func nextDelimiter(_ bytes: [UInt8], from start: Int) -> Int? {
        guard bytes.count - start >= delimiter.count else { return nil }
        var index = start
        while index + delimiter.count <= bytes.count {
            if bytes[index] == delimiter[0], bytes[index..<index + delimiter.count].elementsEqual(delimiter) {
                return index + delimiter.count
            }
            index += 1
        }
        return nil
    }
}

extension UInt8 {
    fileprivate static let cr = UInt8(ascii: "\r")
    fileprivate static let lf = UInt8(ascii: "\n")
    fileprivate static let colon = UInt8(ascii: ":")
}
