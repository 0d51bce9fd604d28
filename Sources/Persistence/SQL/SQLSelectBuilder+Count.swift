import SQLKit

extension SQLSubqueryClauseBuilder {
    /// `COUNT(*) AS n`: the rows counted, per group when the select groups them.
    package func columnCountingRows() -> Self {
        column(SQLFunction("COUNT", args: SQLLiteral.all), as: "n")
    }
}
