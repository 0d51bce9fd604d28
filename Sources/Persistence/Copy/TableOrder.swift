/// Tables in an order where every table comes after the tables its foreign keys point to.
enum TableOrder {
    /// `needs[t]` are the tables `t` points to; a table pointing to itself is allowed, a longer cycle is not.
    static func parentsFirst(_ tables: [String], needs: [String: Set<String>]) throws(CopyFailure) -> [String] {
        var ordered: [String] = []
        var placed = Set<String>()
        var left = tables.sorted()
        while !left.isEmpty {
            let ready = left.filter { table in
                (needs[table] ?? []).allSatisfy { $0 == table || placed.contains($0) || !tables.contains($0) }
            }
            guard !ready.isEmpty else { throw .cycle(left) }
            ordered += ready
            placed.formUnion(ready)
            left.removeAll { placed.contains($0) }
        }
        return ordered
    }
}
