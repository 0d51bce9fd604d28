import Testing

@testable import Persistence

/// A copy writes every table after the tables its foreign keys point to, and refuses keys that form a cycle.
@Suite struct TableOrderTests {
    @Test func parentsComeBeforeTheirChildren() throws {
        let needs: [String: Set<String>] = [
            "people": ["organizations"], "organizations": ["municipalities"], "consents": ["people", "consent_texts"],
            "municipalities": ["regions"], "matching_runs": ["matching_runs", "programs"],
            "programs": ["organizations"],
            "audit_entries": ["accounts_of_another_schema"],
        ]
        let tables = [
            "audit_entries", "consents", "people", "consent_texts", "matching_runs", "programs", "organizations",
            "municipalities", "regions",
        ]
        let order = try TableOrder.parentsFirst(tables, needs: needs)
        #expect(Set(order) == Set(tables) && order.count == tables.count)
        for (child, parents) in needs {
            for parent in parents where parent != child && tables.contains(parent) {
                let (p, c) = (order.firstIndex(of: parent)!, order.firstIndex(of: child)!)
                #expect(p < c, "\(parent) before \(child)")
            }
        }
    }

    @Test func aCycleIsRefused() {
        #expect(throws: CopyFailure.cycle(["a", "b", "c"]), "and every table that waits on it") {
            try TableOrder.parentsFirst(["a", "b", "c"], needs: ["a": ["b"], "b": ["a"], "c": ["a"]])
        }
    }

    @Test(arguments: [
        ("uuid", "uuid", ColumnKind.uuid), ("text", "text", .string), ("character varying", "varchar", .string),
        ("boolean", "bool", .bool), ("bigint", "int8", .int), ("double precision", "float8", .double),
        ("timestamp with time zone", "timestamptz", .date), ("bytea", "bytea", .data), ("jsonb", "jsonb", .json),
        ("ARRAY", "_text", .strings),
    ])
    func postgresTypesHaveKinds(_ type: String, _ udt: String, _ kind: ColumnKind) {
        #expect(ColumnKind(postgresType: type, udt: udt) == kind)
    }

    @Test func aTypeTheCopyDoesNotKnowIsRefused() {
        #expect(ColumnKind(postgresType: "point", udt: "point") == nil)
        #expect(ColumnKind(postgresType: "ARRAY", udt: "_int8") == nil)
        #expect(ColumnKind(sqliteType: "NUMERIC") == nil)
    }
}
