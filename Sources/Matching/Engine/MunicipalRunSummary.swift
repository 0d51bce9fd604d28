import Foundation

/// An authority's matching run over the municipal base, as the list of runs shows it.
public struct MunicipalRunSummary: Equatable, Sendable {
    public var id: UUID
    public var createdAt: Date
    public var createdBy: String
    public var mode: MatchMode
    public var status: MatchingRunStatus
    public var pairs: Int
    /// Pairs whose mentor and mentee are of different organizations.
    public var crossPairs: Int
    public var matchedPercent: Double

    public init(
        id: UUID, createdAt: Date, createdBy: String, mode: MatchMode, status: MatchingRunStatus, pairs: Int,
        crossPairs: Int, matchedPercent: Double
    ) {
        self.id = id
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.mode = mode
        self.status = status
        self.pairs = pairs
        self.crossPairs = crossPairs
        self.matchedPercent = matchedPercent
    }
}
