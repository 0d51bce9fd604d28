import Foundation
import SQLiteNIO

// The column types read most, converted from SQLite's stored values as SQLiteNIO's decoder converts them, without
// its dynamic casts and its unwrapping decoder for an id or an optional (a third of the time a matching run spent
// reading rows). Both the inline rows' generic `decode` and `ColumnReader` convert through here.
extension SQLiteData {
    /// The value as `D`, or nil when `D` is another type or the value does not convert: the decoder then decides, or
    /// explains.
    package func converted<D>(as type: D.Type) -> D? {
        if let plain = plain(as: D.self) { return plain }
        return optional(as: D.self)
    }

    private func plain<D>(as type: D.Type) -> D? {
        switch ObjectIdentifier(D.self) {
        case ObjectIdentifier(String.self): String(sqliteData: self) as? D
        case ObjectIdentifier(UUID.self): canonicalUUID as? D
        case ObjectIdentifier(Int.self): Int(sqliteData: self) as? D
        case ObjectIdentifier(Bool.self): Bool(sqliteData: self) as? D
        case ObjectIdentifier(Date.self): Date(sqliteData: self) as? D
        case ObjectIdentifier(Double.self): Double(sqliteData: self) as? D
        default: nil
        }
    }

    /// `Optional` of one of the plain types: NULL is `nil`, anything else converts as the plain type or not at all.
    private func optional<D>(as type: D.Type) -> D? {
        let converted: Any?? =
            switch ObjectIdentifier(D.self) {
            case ObjectIdentifier(String?.self): isNull ? .some(String?.none) : String(sqliteData: self)
            case ObjectIdentifier(UUID?.self): isNull ? .some(UUID?.none) : canonicalUUID
            case ObjectIdentifier(Int?.self): isNull ? .some(Int?.none) : Int(sqliteData: self)
            case ObjectIdentifier(Bool?.self): isNull ? .some(Bool?.none) : Bool(sqliteData: self)
            case ObjectIdentifier(Date?.self): isNull ? .some(Date?.none) : Date(sqliteData: self)
            case ObjectIdentifier(Double?.self): isNull ? .some(Double?.none) : Double(sqliteData: self)
            default: nil
            }
        guard case .some(let result) = converted else { return nil }
        return result as? D
    }

    /// An id as SQLite keeps it: its text in the canonical 8-4-4-4-12 form, read without Foundation's parser (which
    /// calls `sscanf`: 5 % of a page of people). Any other text is left to the decoder.
    package var canonicalUUID: UUID? {
        guard case .text(var text) = self else { return nil }
        return text.withUTF8 { bytes -> UUID? in
            guard bytes.count == 36 else { return nil }
            var id: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
            let parsed = withUnsafeMutableBytes(of: &id) { out -> Bool in
                var position = 0
                for index in 0..<16 {
                    if position == 8 || position == 13 || position == 18 || position == 23 {
                        guard bytes[position] == UInt8(ascii: "-") else { return false }
                        position += 1
                    }
                    guard let high = Self.hexDigit(bytes[position]), let low = Self.hexDigit(bytes[position + 1])
                    else { return false }
                    out[index] = high << 4 | low
                    position += 2
                }
                return true
            }
            return parsed ? UUID(uuid: id) : nil
        }
    }

    private static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
