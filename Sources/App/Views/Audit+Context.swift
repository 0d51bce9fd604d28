/// The audit log (`audit.leaf`), filtered by person and period.
struct AuditContext: Encodable, Sendable {
    /// The filter as typed, shown back in its fields.
    struct Filter: Encodable, Sendable {
        var person: String?
        var from: String?
        var to: String?
    }

    var meta: PageMeta
    var filter: Filter
    /// What of the filter could not be read and was left out.
    var filterError: String?
    var audit: [AuditRow]
}
