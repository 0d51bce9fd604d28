import PostgresNIO
import Testing

@testable import App

/// The names of prepared statements: one per text and parameter types, a new one after a failure, and none for what
/// is not a plain statement, for a long list of values or beyond the limit.
@Suite struct PreparedStatementNamesTests {
    @Test func aTextWithItsTypesHasOneNameUntilItFails() {
        let names = PreparedStatementNames()
        let select = "SELECT a FROM t WHERE b = $1"
        let first = names.name(of: select, types: [.text])
        #expect(first != nil && names.name(of: select, types: [.text]) == first)
        #expect(names.name(of: select, types: [.int8]) != first)
        names.forget(select, types: [.text])
        let renamed = names.name(of: select, types: [.text])
        #expect(renamed != nil && renamed != first)
    }

    @Test func onlyPlainStatementsOfFewValuesAreNamedUpToTheLimit() {
        let names = PreparedStatementNames()
        for sql in ["BEGIN", "COMMIT", "CREATE TABLE t (a INT)", "SET search_path = x"] {
            #expect(names.name(of: sql, types: []) == nil, "\(sql)")
        }
        let many = [PostgresDataType](repeating: .text, count: PreparedStatementNames.maximumValues + 1)
        #expect(names.name(of: "INSERT INTO t VALUES ($1)", types: many) == nil)
        for number in 0..<PreparedStatementNames.limit {
            #expect(names.name(of: "SELECT \(number)", types: []) != nil)
        }
        #expect(names.name(of: "SELECT -1", types: []) == nil)
        #expect(names.name(of: "SELECT 0", types: []) != nil, "a name given stays")
    }
}
