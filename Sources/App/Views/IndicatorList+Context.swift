/// The list behind an indicator (`monitoring/list.leaf`): how it is counted, the way back, and the lists drawn by
/// `IndicatorListTables`.
struct IndicatorListContext: Encodable, Sendable {
    var meta: PageMeta
    /// How the indicator is counted; without it the page says when names are shown.
    var definition: String?
    var back: String
    var tables: [TablePage.Table]
}
