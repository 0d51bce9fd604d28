/// A stored JSON list of texts (`["Театр","Музыка"]`: a profile's interests, a program's forms) read in one pass over
/// its bytes. Foundation's `JSONDecoder` looks up generic metadata for each value it decodes, and a page that reads a
/// few hundred profiles spends a sixth of its time there. Whatever this reader is not sure of (anything but a list of
/// texts, a lone surrogate, a raw control character, a malformed escape) gives `nil`, and the caller asks
/// `JSONDecoder`; so it reads only what `JSONDecoder` reads, and reads it as `JSONDecoder` does.
package struct StoredTexts {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var index = 0

    package static func parse(_ text: String) -> [String]? {
        var text = text
        return text.withUTF8 { bytes in
            var reader = StoredTexts(bytes: bytes)
            return reader.list()
        }
    }

    private init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    private static let quote = UInt8(ascii: "\""), backslash = UInt8(ascii: "\\")

    private mutating func list() -> [String]? {
        guard take(UInt8(ascii: "[")) else { return nil }
        var texts: [String] = []
        if !take(UInt8(ascii: "]")) {
            repeat {
                guard take(Self.quote), let text = text() else { return nil }
                texts.append(text)
            } while take(UInt8(ascii: ","))
            guard take(UInt8(ascii: "]")) else { return nil }
        }
        skipSpace()
        return index == bytes.count ? texts : nil
    }

    /// Skips white space, then takes `byte` if it comes next.
    private mutating func take(_ byte: UInt8) -> Bool {
        skipSpace()
        guard index < bytes.count, bytes[index] == byte else { return false }
        index += 1
        return true
    }

    private mutating func skipSpace() {
        while index < bytes.count,
            bytes[index] == 0x20 || bytes[index] == 0x09 || bytes[index] == 0x0A
                || bytes[index] == 0x0D
        {
            index += 1
        }
    }

    /// The text after its opening quote, up to and past its closing one.
    private mutating func text() -> String? {
        var utf8: [UInt8] = []
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            switch byte {
            case Self.quote: return String(decoding: utf8, as: UTF8.self)
            case Self.backslash:
                guard let scalar = escaped() else { return nil }
                UTF8.encode(scalar) { utf8.append($0) }
            case 0..<0x20: return nil
            default: utf8.append(byte)
            }
        }
        return nil
    }

    /// The character an escape stands for, after its backslash.
    private mutating func escaped() -> Unicode.Scalar? {
        guard index < bytes.count else { return nil }
        let letter = bytes[index]
        index += 1
        switch letter {
        case Self.quote, Self.backslash, UInt8(ascii: "/"): return Unicode.Scalar(letter)
        case UInt8(ascii: "b"): return "\u{08}"
        case UInt8(ascii: "f"): return "\u{0C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            guard let unit = hex() else { return nil }
            guard (0xD800...0xDBFF).contains(unit) else { return Unicode.Scalar(unit) }
            guard index + 2 <= bytes.count, bytes[index] == Self.backslash, bytes[index + 1] == UInt8(ascii: "u") else {
                return nil
            }
            index += 2
            guard let low = hex(), (0xDC00...0xDFFF).contains(low) else { return nil }
            return Unicode.Scalar(0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00))
        default: return nil
        }
    }

    /// Four hexadecimal digits, as a UTF-16 code unit.
    private mutating func hex() -> UInt32? {
        guard index + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for byte in bytes[index..<index + 4] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = (value << 4) | UInt32(digit)
        }
        index += 4
        return value
    }
}
