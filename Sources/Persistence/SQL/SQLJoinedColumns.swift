/// The columns one table brings into a join, each named with a prefix so that a `ColumnReader` with that prefix
/// reads them apart from the other tables' columns of the same names.
enum SQLJoinedColumns {
    /// `t.c AS prefix_c` for each column `c` of the table aliased `table`.
    static func aliased(_ columns: [String], of table: String, as prefix: String) -> [String] {
        columns.map { "\(table).\($0) AS \(prefix)\($0)" }
    }
}
