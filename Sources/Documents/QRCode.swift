import Foundation

/// A QR code (ISO/IEC 18004) for a link: byte mode, error correction level M, versions 1–10 (up to 213 bytes),
/// the mask with the lowest penalty. Printed answer sheets carry one per person.
public struct QRCode: Sendable {
    /// Rows of modules, `true` for dark.
    public let modules: [[Bool]]
    public var size: Int { modules.count }

    public enum Failure: Error, Equatable { case tooLong }

    /// Level M: error-correction codewords per block and the blocks' data lengths, by version.
    static let blocks: [(ec: Int, data: [Int])] = [
        (10, [16]), (16, [28]), (26, [44]), (18, [32, 32]), (24, [43, 43]), (16, [27, 27, 27, 27]),
        (18, [31, 31, 31, 31]), (22, [38, 38, 39, 39]), (22, [36, 36, 36, 37, 37]), (26, [43, 43, 43, 43, 44]),
    ]
    static let alignment: [[Int]] = [
        [], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50],
    ]

    public init(_ text: String) throws(Failure) {
        let bytes = Array(text.utf8)
        guard
            let version = (1...10).first(where: { v in
                let countBits = v < 10 ? 8 : 16
                return 4 + countBits + bytes.count * 8 <= Self.blocks[v - 1].data.reduce(0, +) * 8
            })
        else { throw .tooLong }
        var grid = QRGrid(version: version)
        grid.drawFunctionPatterns(alignment: Self.alignment[version - 1])
        grid.drawCodewords(Self.codewords(bytes, version: version))
        modules = grid.masked()
    }

    /// The data bits, padded, split into blocks, each with its Reed–Solomon codewords, interleaved.
    static func codewords(_ bytes: [UInt8], version: Int) -> [UInt8] {
        let layout = blocks[version - 1]
        let capacity = layout.data.reduce(0, +)
        var bits: [Bool] = []
        func append(_ value: Int, _ count: Int) {
            for i in (0..<count).reversed() { bits.append((value >> i) & 1 == 1) }
        }
        append(0b0100, 4)
        append(bytes.count, version < 10 ? 8 : 16)
        for byte in bytes { append(Int(byte), 8) }
        append(0, min(4, capacity * 8 - bits.count))
        while bits.count % 8 != 0 { bits.append(false) }
        var data = stride(from: 0, to: bits.count, by: 8).map { start in
            bits[start..<start + 8].reduce(UInt8(0)) { $0 << 1 | ($1 ? 1 : 0) }
        }
        var pad: UInt8 = 0xEC
        while data.count < capacity {
            data.append(pad)
            pad = pad == 0xEC ? 0x11 : 0xEC
        }
        var offset = 0
        let divisor = ReedSolomon.divisor(degree: layout.ec)
        let split: [(data: [UInt8], ec: [UInt8])] = layout.data.map { length in
            let block = Array(data[offset..<offset + length])
            offset += length
            return (block, ReedSolomon.remainder(block, divisor))
        }
        var result: [UInt8] = []
        for i in 0..<(layout.data.max() ?? 0) {
            for block in split where i < block.data.count { result.append(block.data[i]) }
        }
        for i in 0..<layout.ec { for block in split { result.append(block.ec[i]) } }
        return result
    }

    /// The code as an SVG image with a quiet zone of four modules.
    public func svg(pixels: Int = 160) -> String {
        let full = size + 8
        var path = ""
        for (y, row) in modules.enumerated() {
            for (x, dark) in row.enumerated() where dark { path += "M\(x + 4) \(y + 4)h1v1h-1z" }
        }
        return
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(full) \(full)\" width=\"\(pixels)\" height=\"\(pixels)\" "
            + "shape-rendering=\"crispEdges\" role=\"img\"><rect width=\"\(full)\" height=\"\(full)\" fill=\"#fff\"/>"
            + "<path d=\"\(path)\" fill=\"#000\"/></svg>"
    }
}

/// Arithmetic in GF(256) with the QR polynomial x⁸+x⁴+x³+x²+1.
enum ReedSolomon {
    static func multiply(_ x: UInt8, _ y: UInt8) -> UInt8 {
        var z = 0
        for i in (0...7).reversed() {
            z = (z << 1) ^ ((z >> 7) * 0x11D)
            z ^= ((Int(y) >> i) & 1) * Int(x)
        }
        return UInt8(z)
    }

    static func divisor(degree: Int) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: degree)
        result[degree - 1] = 1
        var root: UInt8 = 1
        for _ in 0..<degree {
            for j in 0..<degree {
                result[j] = multiply(result[j], root)
                if j + 1 < degree { result[j] ^= result[j + 1] }
            }
            root = multiply(root, 0x02)
        }
        return result
    }

    static func remainder(_ data: [UInt8], _ divisor: [UInt8]) -> [UInt8] {
        var result = [UInt8](repeating: 0, count: divisor.count)
        for byte in data {
            let factor = byte ^ result.removeFirst()
            result.append(0)
            for i in result.indices { result[i] ^= multiply(divisor[i], factor) }
        }
        return result
    }
}
