import Foundation
import Testing

@testable import MentoringCore

/// The next number follows the year's largest number written in the pattern; other numbers do not count.
struct DocumentNumberingTests {
    @Test func theNextNumberFollowsTheLargestInThePattern() throws {
        let numbering = try DocumentNumbering(validating: " {N}-о ")
        #expect(numbering.next(after: []) == "1-о")
        #expect(numbering.next(after: ["2-о", "10-о", "9-о", "11/од", "о", "-о", "x-о", "99999999999-о"]) == "11-о")
        let prefixed = try DocumentNumbering(validating: "ОД-{N}")
        #expect(prefixed.running(of: "ОД-07") == 7 && prefixed.running(of: "ОД-") == nil)
        #expect(prefixed.next(after: ["ОД-3", "3-о"]) == "ОД-4")
    }

    @Test(arguments: ["", "{N}{N}", "12-{N}", "без номера", String(repeating: "о", count: 28) + "{N}"])
    func aPatternWithoutOneNOrWithDigitsIsRefused(text: String) {
        #expect(throws: ValidationFailure.self) { try DocumentNumbering(validating: text) }
    }
}
