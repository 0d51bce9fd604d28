import Foundation

/// The module grid while a QR code is drawn: function patterns first, then data, then the best mask.
struct QRGrid {
    let version: Int
    let size: Int
    var dark: [[Bool]]
    var function: [[Bool]]

    init(version: Int) {
        self.version = version
        size = version * 4 + 17
        dark = Array(repeating: Array(repeating: false, count: size), count: size)
        function = dark
    }

    mutating func set(_ x: Int, _ y: Int, _ value: Bool) {
        dark[y][x] = value
        function[y][x] = true
    }

    mutating func drawFunctionPatterns(alignment: [Int]) {
        for i in 0..<size {
            set(6, i, i % 2 == 0)
            set(i, 6, i % 2 == 0)
        }
        for (cx, cy) in [(3, 3), (size - 4, 3), (3, size - 4)] {
            for dy in -4...4 {
                for dx in -4...4 where (0..<size).contains(cx + dx) && (0..<size).contains(cy + dy) {
                    let distance = max(abs(dx), abs(dy))
                    set(cx + dx, cy + dy, distance != 2 && distance != 4)
                }
            }
        }
        let last = alignment.count - 1
        for (i, x) in alignment.enumerated() {
            for (j, y) in alignment.enumerated()
            where !((i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0)) {
                for dy in -2...2 { for dx in -2...2 { set(x + dx, y + dy, max(abs(dx), abs(dy)) != 1) } }
            }
        }
        drawFormat(mask: 0)
        if version >= 7 { drawVersion() }
    }

    /// Level M with the mask number, BCH-protected, in both copies, plus the always-dark module.
    mutating func drawFormat(mask: Int) {
        let data = mask  // level M has format bits 00
        var rem = data
        for _ in 0..<10 { rem = (rem << 1) ^ ((rem >> 9) * 0x537) }
        let bits = (data << 10 | rem) ^ 0x5412
        func bit(_ i: Int) -> Bool { (bits >> i) & 1 == 1 }
        for i in 0...5 { set(8, i, bit(i)) }
        set(8, 7, bit(6))
        set(8, 8, bit(7))
        set(7, 8, bit(8))
        for i in 9..<15 { set(14 - i, 8, bit(i)) }
        for i in 0..<8 { set(size - 1 - i, 8, bit(i)) }
        for i in 8..<15 { set(8, size - 15 + i, bit(i)) }
        set(8, size - 8, true)
    }

    mutating func drawVersion() {
        var rem = version
        for _ in 0..<12 { rem = (rem << 1) ^ ((rem >> 11) * 0x1F25) }
        let bits = version << 12 | rem
        for i in 0..<18 {
            let value = (bits >> i) & 1 == 1
            let a = size - 11 + i % 3
            let b = i / 3
            set(a, b, value)
            set(b, a, value)
        }
    }

    /// Fills the free modules in the zigzag order, two columns at a time, skipping the vertical timing line.
    mutating func drawCodewords(_ codewords: [UInt8]) {
        var index = 0
        var right = size - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            for vertical in 0..<size {
                for j in 0..<2 {
                    let x = right - j
                    let upward = (right + 1) & 2 == 0
                    let y = upward ? size - 1 - vertical : vertical
                    if !function[y][x] && index < codewords.count * 8 {
                        dark[y][x] = (codewords[index >> 3] >> (7 - (index & 7))) & 1 == 1
                        index += 1
                    }
                }
            }
            right -= 2
        }
    }

    static func maskBit(_ mask: Int, _ x: Int, _ y: Int) -> Bool {
        switch mask {
        case 0: (x + y) % 2 == 0
        case 1: y % 2 == 0
        case 2: x % 3 == 0
        case 3: (x + y) % 3 == 0
        case 4: (x / 3 + y / 2) % 2 == 0
        case 5: x * y % 2 + x * y % 3 == 0
        case 6: (x * y % 2 + x * y % 3) % 2 == 0
        default: ((x + y) % 2 + x * y % 3) % 2 == 0
        }
    }

    func applying(mask: Int) -> QRGrid {
        var copy = self
        copy.drawFormat(mask: mask)
        for y in 0..<size {
            for x in 0..<size where !function[y][x] && Self.maskBit(mask, x, y) { copy.dark[y][x].toggle() }
        }
        return copy
    }

    /// The grid under the mask with the lowest penalty.
    func masked() -> [[Bool]] {
        (0..<8).map { applying(mask: $0) }.min { $0.penalty < $1.penalty }!.dark
    }

    /// The four penalty rules of the standard: runs, 2×2 blocks, finder look-alikes, dark balance.
    var penalty: Int {
        var score = 0
        let columns = (0..<size).map { x in dark.map { $0[x] } }
        for line in dark + columns {
            var run = 1
            for i in 1..<size {
                if line[i] == line[i - 1] { run += 1 } else { run = 1 }
                if run == 5 { score += 3 } else if run > 5 { score += 1 }
            }
            let pattern = line.map { $0 ? "1" : "0" }.joined()
            score += 40 * (pattern.components(separatedBy: "10111010000").count - 1)
            score += 40 * (pattern.components(separatedBy: "00001011101").count - 1)
        }
        for y in 0..<size - 1 {
            for x in 0..<size - 1
            where dark[y][x] == dark[y][x + 1] && dark[y][x] == dark[y + 1][x] && dark[y][x] == dark[y + 1][x + 1] {
                score += 3
            }
        }
        let darkCount = dark.reduce(0) { $0 + $1.filter { $0 }.count }
        let total = size * size
        score += 10 * (abs(darkCount * 20 - total * 10) / total)
        return score
    }
}
