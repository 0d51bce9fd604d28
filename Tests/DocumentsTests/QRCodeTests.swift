import Foundation
import Testing

@testable import Documents

struct QRCodeTests {
    /// «HELLO» as this encoder draws it; the image was read back by zbarimg (zbar-tools) when the test was written.
    static let hello =
        "111111101101001111111,100000100110101000001,101110100111101011101,101110101001001011101,101110101000101011101,100000101011001000001,111111101010101111111,000000001111100000000,100010111111011111001,000111001011100101111,101100101011001110010,111001000100011010000,001011100100111000110,000000001110111001011,111111101100110001010,100000100001100100010,101110101001001110101,101110100001100001011,101110100111001111000,100000100100011000000,111111101000111110101"

    @Test func drawsAKnownCodeModuleForModule() throws {
        let code = try QRCode("HELLO")
        #expect(code.modules.map { $0.map { $0 ? "1" : "0" }.joined() }.joined(separator: ",") == Self.hello)
    }

    @Test(arguments: [(10, 21), (60, 33), (84, 37), (150, 49), (213, 57)])
    func growsWithTheLinkAndKeepsTheFinderPatterns(length: Int, size: Int) throws {
        let code = try QRCode(String(repeating: "a", count: length))
        #expect(code.size == size)
        for (x, y) in [(0, 0), (size - 7, 0), (0, size - 7)] {
            #expect(
                code.modules[y][x] && code.modules[y + 6][x + 6] && !code.modules[y + 1][x + 1]
                    && code.modules[y + 3][x + 3])
        }
    }

    @Test func refusesTextBeyondVersionTen() {
        #expect(throws: QRCode.Failure.tooLong) { try QRCode(String(repeating: "a", count: 214)) }
    }

    @Test func drawsAnSVGWithAQuietZone() throws {
        let svg = try QRCode("HELLO").svg(pixels: 120)
        #expect(svg.hasPrefix("<svg") && svg.contains("viewBox=\"0 0 29 29\"") && svg.contains("width=\"120\""))
    }
}
