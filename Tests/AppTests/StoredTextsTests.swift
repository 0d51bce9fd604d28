import Foundation
import Persistence
import Testing

@testable import App

/// A stored list of texts read in one pass gives what `JSONDecoder` gives: every list the app writes is read so, and
/// what the reader is not sure of is left to `JSONDecoder`, never read otherwise.
@Suite struct StoredTextsTests {
    static let characters: [String] = [
        "\"", "\\", "/", "\n", "\r", "\t", "\u{0}", "\u{1F}", "\u{7F}", "\u{08}", "\u{0C}", "a", "Я", "ё", "№", "«",
        "—", "😀", "👩🏽‍🏫", "\u{2028}", "e\u{301}", " ", ",", "[", "]", "u", "\u{FFFF}",
    ]

    static func texts(_ random: inout DemoRandom) -> [String] {
        (0..<random.below(5)).map { _ in (0..<random.below(8)).map { _ in random.pick(characters) }.joined() }
    }

    static func foundation(_ text: String) -> [String]? {
        try? JSONDecoder().decode([String].self, from: Data(text.utf8))
    }

    /// The list written with every character as a `\u` escape (surrogate pairs beyond the first plane), the hex
    /// digits in either case, and white space between the tokens.
    static func escapedEverywhere(_ texts: [String], upper: Bool) -> String {
        let items = texts.map { text in
            "\"" + text.utf16.map { String(format: upper ? "\\u%04X" : "\\u%04x", $0) }.joined() + "\""
        }
        return " [ " + items.joined(separator: " ,\n\t") + " ]\r\n"
    }

    @Test func everyListTheAppWritesIsReadInOnePassAsJSONDecoderReadsIt() throws {
        var random = DemoRandom(seed: 7)
        for round in 0..<600 {
            let texts = Self.texts(&random)
            for written in [StoredJSON.encode(texts), Self.escapedEverywhere(texts, upper: round.isMultiple(of: 2))] {
                let decoded = try #require(Self.foundation(written), "\(written)")
                #expect(decoded == texts)
                #expect(StoredTexts.parse(written) == decoded, "\(written)")
                #expect(StoredJSON.decode([String].self, written, fallback: ["?"]) == decoded)
            }
        }
    }

    /// Damaged columns: each cut, each byte replaced, pieces doubled. Whatever the reader reads is what
    /// `JSONDecoder` reads; the rest falls back to it.
    @Test func aDamagedListIsReadAsJSONDecoderReadsItOrLeftToIt() {
        var random = DemoRandom(seed: 8)
        let noise: [UInt8] = Array("\"\\,[]u0dDfF/ \n\u{1}{}1".utf8) + [0xD0, 0xAF]
        var damaged = 0
        for _ in 0..<300 {
            let written = Array(StoredJSON.encode(Self.texts(&random)).utf8)
            var variants = (0...written.count).map { Array(written[..<$0]) }
            for _ in 0..<10 where !written.isEmpty {
                var changed = written
                changed[random.below(changed.count)] = random.pick(noise)
                variants.append(changed)
                let at = random.below(written.count)
                variants.append(Array(written[..<at] + written[at...] + written[at...]))
            }
            for bytes in variants {
                let text = String(decoding: bytes, as: UTF8.self)
                guard let ours = StoredTexts.parse(text) else { continue }
                damaged += 1
                #expect(ours == Self.foundation(text), "\(text)")
            }
        }
        #expect(damaged > 1000, "the damaged lists still read include many")
    }

    @Test func whatItIsNotSureOfIsLeftToJSONDecoder() {
        let unsure = [
            #"["\ud800"]"#, #"["\udc00"]"#, #"["\ud800\u0041"]"#, "[\"a\u{1}\"]", #"["a",]"#, "[1]", #"{"a":"b"}"#,
            #"["a"] x"#, #"["\x"]"#, #"["\u12"]"#, "\u{FEFF}[\"a\"]", "", "[", #"["a""b"]"#, "null",
        ]
        for text in unsure { #expect(StoredTexts.parse(text) == nil, "\(text)") }
        let lone = #"["\ud800"]"#
        #expect(StoredJSON.decode([String].self, lone, fallback: ["?"]) == Self.foundation(lone) ?? ["?"])
        #expect(StoredJSON.decode([String].self, "[]", fallback: ["?"]) == [])
    }
}
