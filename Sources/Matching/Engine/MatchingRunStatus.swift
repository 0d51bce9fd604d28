/// Where a saved run stands: a proposal the curator may still change, or accepted as draft pairs.
public enum MatchingRunStatus: String, CaseIterable, Codable, Sendable {
    case proposed
    case accepted

    public var title: String { self == .proposed ? "Предложение" : "Принят" }
}
