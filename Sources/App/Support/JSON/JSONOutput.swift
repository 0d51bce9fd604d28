import Foundation

/// The bytes of one JSON value being written, and its containers still open, innermost last. A container is closed
/// when something is written to a container outside it (its value is then complete), or at the end.
final class JSONOutput {
    /// A value this encoder does not write in one pass; Foundation's encoder writes it instead.
    struct NotInOnePass: Error {}

    /// One object or array.
    final class Container {
        let closer: UInt8
        var count = 0
        var closed = false
        init(closer: UInt8) { self.closer = closer }
    }

    var bytes: [UInt8] = []
    private var open: [Container] = []
    /// Set where the `Encoder` protocol cannot throw (a super-encoder, a second container for one value, an entry of a
    /// container already closed).
    var failed = false
    let userInfo: [CodingUserInfoKey: Any]

    init(userInfo: [CodingUserInfoKey: Any]) {
        self.userInfo = userInfo
        bytes.reserveCapacity(1024)
    }

    static func encode<E: Encodable>(_ value: E, userInfo: [CodingUserInfoKey: any Sendable]) throws -> [UInt8] {
        let output = JSONOutput(userInfo: userInfo)
        try output.write(value)
        while let container = output.open.popLast() { output.close(container) }
        if output.failed { throw NotInOnePass() }
        return output.bytes
    }

    /// Opens an object (`{`) or an array (`[`).
    func open(_ opener: UInt8) -> Container {
        bytes.append(opener)
        let container = Container(closer: opener == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: "]"))
        open.append(container)
        return container
    }

    /// Makes `container` the innermost open one, closing those inside it, and separates its next entry.
    func next(in container: Container) throws {
        guard !container.closed else { throw NotInOnePass() }
        while let last = open.last, last !== container { close(open.removeLast()) }
        if container.count > 0 { bytes.append(UInt8(ascii: ",")) }
        container.count += 1
    }

    private func close(_ container: Container) {
        container.closed = true
        bytes.append(container.closer)
    }

    /// Any value: the kinds JSON has are written here; others encode themselves through a value encoder.
    func write<T: Encodable>(_ value: T) throws {
        if try writePlain(value) { return }
        let before = bytes.count
        try value.encode(to: JSONValueEncoder(output: self))
        if bytes.count == before { throw NotInOnePass() }
    }

    func writeNull() { bytes.append(contentsOf: "null".utf8) }

    func write(_ value: Bool) { bytes.append(contentsOf: value ? "true".utf8 : "false".utf8) }

    func write<I: BinaryInteger>(integer value: I) { bytes.append(contentsOf: value.description.utf8) }

    func write<F: BinaryFloatingPoint & LosslessStringConvertible>(float value: F) throws {
        guard value.isFinite else { throw NotInOnePass() }
        bytes.append(contentsOf: value.description.utf8)
    }

    /// A string with `"`, `\` and the control characters escaped.
    func write(_ string: String) {
        bytes.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { utf8 in
            var start = 0
            for (index, byte) in utf8.enumerated() where byte < 0x20 || byte == 0x22 || byte == 0x5C {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start..<index]))
                appendEscape(of: byte)
                start = index + 1
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[start...]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private func appendEscape(of byte: UInt8) {
        bytes.append(UInt8(ascii: "\\"))
        switch byte {
        case 0x22, 0x5C: bytes.append(byte)
        case 0x0A: bytes.append(UInt8(ascii: "n"))
        case 0x0D: bytes.append(UInt8(ascii: "r"))
        case 0x09: bytes.append(UInt8(ascii: "t"))
        case 0x08: bytes.append(UInt8(ascii: "b"))
        case 0x0C: bytes.append(UInt8(ascii: "f"))
        default:
            let hex = Array("0123456789abcdef".utf8)
            bytes.append(contentsOf: "u00".utf8)
            bytes.append(hex[Int(byte >> 4)])
            bytes.append(hex[Int(byte & 0xF)])
        }
    }

    /// The values JSON has a kind for, and those Foundation's encoder writes its own way (a date as ISO 8601, data
    /// as Base64, a URL as its text, a decimal as a number); `false` for any other type.
    private func writePlain<T: Encodable>(_ value: T) throws -> Bool {
        switch ObjectIdentifier(T.self) {
        case ObjectIdentifier(String.self): write(unsafeBitCast(value, to: String.self))
        case ObjectIdentifier(Int.self): write(integer: unsafeBitCast(value, to: Int.self))
        case ObjectIdentifier(Bool.self): write(unsafeBitCast(value, to: Bool.self))
        case ObjectIdentifier(UUID.self): write(unsafeBitCast(value, to: UUID.self).uuidString)
        case ObjectIdentifier(Double.self): try write(float: unsafeBitCast(value, to: Double.self))
        case ObjectIdentifier(Date.self): write(unsafeBitCast(value, to: Date.self).formatted(.iso8601))
        case ObjectIdentifier(Int64.self): write(integer: unsafeBitCast(value, to: Int64.self))
        case ObjectIdentifier(Float.self): try write(float: unsafeBitCast(value, to: Float.self))
        case ObjectIdentifier(Data.self): write(unsafeBitCast(value, to: Data.self).base64EncodedString())
        case ObjectIdentifier(URL.self): write(unsafeBitCast(value, to: URL.self).absoluteString)
        case ObjectIdentifier(Decimal.self):
            let decimal = unsafeBitCast(value, to: Decimal.self)
            guard !decimal.isNaN else { throw NotInOnePass() }
            bytes.append(contentsOf: decimal.description.utf8)
        default: return false
        }
        return true
    }
}
