import Foundation

/// Encodes one value into a `JSONOutput`. The value asks for one container; a second one (a subclass encoding its
/// superclass into the same object) is left to Foundation's encoder.
struct JSONValueEncoder: Encoder {
    let output: JSONOutput
    /// Where the value starts in the output.
    let start: Int
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { output.userInfo }

    init(output: JSONOutput) {
        self.output = output
        start = output.bytes.count
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        firstContainer()
        return KeyedEncodingContainer(
            JSONKeyedContainer<Key>(output: output, container: output.open(UInt8(ascii: "{"))))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        firstContainer()
        return JSONUnkeyedContainer(output: output, container: output.open(UInt8(ascii: "[")))
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        firstContainer()
        return JSONSingleValueContainer(output: output, start: start)
    }

    private func firstContainer() {
        if output.bytes.count != start { output.failed = true }
    }
}

/// An object's members.
struct JSONKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let output: JSONOutput
    let container: JSONOutput.Container
    var codingPath: [any CodingKey] { [] }

    private func member(_ key: Key) throws {
        try output.next(in: container)
        output.write(key.stringValue)
        output.bytes.append(UInt8(ascii: ":"))
    }

    mutating func encodeNil(forKey key: Key) throws {
        try member(key)
        output.writeNull()
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        try member(key)
        try output.write(value)
    }

    // The kinds every answer holds, written without the protocol's default implementations, which go through the
    // generic `encode` and look its type up again.
    mutating func encode(_ value: String, forKey key: Key) throws {
        try member(key)
        output.write(value)
    }

    mutating func encode(_ value: Bool, forKey key: Key) throws {
        try member(key)
        output.write(value)
    }

    mutating func encode(_ value: Int, forKey key: Key) throws {
        try member(key)
        output.write(integer: value)
    }

    mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }

    mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }

    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }

    mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        do { try member(key) } catch { output.failed = true }
        return JSONValueEncoder(output: output).container(keyedBy: NestedKey.self)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        do { try member(key) } catch { output.failed = true }
        return JSONValueEncoder(output: output).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { output.unsupportedEncoder() }
    mutating func superEncoder(forKey key: Key) -> any Encoder { output.unsupportedEncoder() }
}

/// An array's elements.
struct JSONUnkeyedContainer: UnkeyedEncodingContainer {
    let output: JSONOutput
    let container: JSONOutput.Container
    var codingPath: [any CodingKey] { [] }
    var count: Int { container.count }

    mutating func encodeNil() throws {
        try output.next(in: container)
        output.writeNull()
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try output.next(in: container)
        try output.write(value)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<
        NestedKey
    > {
        do { try output.next(in: container) } catch { output.failed = true }
        return JSONValueEncoder(output: output).container(keyedBy: NestedKey.self)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
        do { try output.next(in: container) } catch { output.failed = true }
        return JSONValueEncoder(output: output).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { output.unsupportedEncoder() }
}

/// A value of one of JSON's kinds, or one that encodes itself; one value only.
struct JSONSingleValueContainer: SingleValueEncodingContainer {
    let output: JSONOutput
    let start: Int
    var codingPath: [any CodingKey] { [] }

    /// Writes the value, if nothing was written for it yet.
    private func once(_ write: () throws -> Void) throws {
        guard output.bytes.count == start else { throw JSONOutput.NotInOnePass() }
        try write()
    }

    mutating func encodeNil() throws { try once(output.writeNull) }
    mutating func encode(_ value: Bool) throws { try once { output.write(value) } }
    mutating func encode(_ value: String) throws { try once { output.write(value) } }
    mutating func encode(_ value: Double) throws { try once { try output.write(float: value) } }
    mutating func encode(_ value: Float) throws { try once { try output.write(float: value) } }
    mutating func encode(_ value: Int) throws { try once { output.write(integer: value) } }
    mutating func encode(_ value: Int8) throws { try once { output.write(integer: value) } }
    mutating func encode(_ value: Int16) throws { try once { output.write(integer: value) } }
    mutating func encode(_ value: Int32) throws { try once { output.write(integer: value) } }
    mutating func encode(_ value: Int64) throws { try once { output.write(integer: value) } }
    mutating func encode(_ value: UInt) throws { try once { output.write(integer: value) } }
    mutating func encode(_ value: UInt8) throws { try once { output.write(integer: value) } }
    mutating func encode(_ value: UInt16) throws { try once { output.write(integer: value) } }
    mutating func encode(_ value: UInt32) throws { try once { output.write(integer: value) } }
    mutating func encode(_ value: UInt64) throws { try once { output.write(integer: value) } }
    mutating func encode<T: Encodable>(_ value: T) throws { try once { try output.write(value) } }
}

extension JSONOutput {
    /// An encoder for what one pass cannot place (a super-encoder's value): it marks the encoding as failed, so
    /// Foundation's encoder writes the value instead.
    func unsupportedEncoder() -> any Encoder {
        failed = true
        return JSONValueEncoder(output: JSONOutput(userInfo: userInfo))
    }
}
