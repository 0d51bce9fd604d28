/// The weights of the score's criteria, set per program. The score of a pair is
/// Σ weightᵢ·valueᵢ / Σ weightᵢ over the criteria that apply to it (preferences apply only when someone
/// ranked), so it stays in [0, 1] whatever the weights.
public struct MatchWeights: Codable, Sendable, Equatable {
    public var requests: Double
    public var interests: Double
    public var hours: Double
    public var distance: Double
    public var format: Double
    public var preferences: Double
    /// Not part of the score: a mentee who waited 180 days or more gets this much added to every pair's
    /// value in the optimiser (less for a shorter wait), so longer-waiting mentees are matched first.
    public var waitlist: Double

    public init(
        requests: Double = 0.40, interests: Double = 0.15, hours: Double = 0.10, distance: Double = 0.10,
        format: Double = 0.10, preferences: Double = 0.15, waitlist: Double = 0.05
    ) {
        self.requests = requests
        self.interests = interests
        self.hours = hours
        self.distance = distance
        self.format = format
        self.preferences = preferences
        self.waitlist = waitlist
    }

    public static let standard = MatchWeights()

    public func weight(of criterion: Criterion) -> Double {
        switch criterion {
        case .requests: requests
        case .interests: interests
        case .hours: hours
        case .distance: distance
        case .format: format
        case .preferences: preferences
        }
    }

    /// Problems in Russian, by field: negative weights, all zero.
    public var problems: [String: String] {
        var problems: [String: String] = [:]
        for criterion in Criterion.allCases where !(weight(of: criterion) >= 0 && weight(of: criterion) <= 100) {
            problems[criterion.rawValue] = "Вес — число от 0 до 100."
        }
        if !(waitlist >= 0 && waitlist <= 1) { problems["waitlist"] = "Приоритет ожидания — число от 0 до 1." }
        if problems.isEmpty && Criterion.allCases.allSatisfy({ weight(of: $0) == 0 }) {
            problems["requests"] = "Хотя бы один критерий должен иметь вес больше нуля."
        }
        return problems
    }

    /// The bonus for a mentee who has waited `days`.
    public func waitlistBonus(days: Int) -> Double {
        waitlist * min(1, Double(max(0, days)) / 180)
    }
}

/// A criterion of the score.
public enum Criterion: String, Codable, Sendable, CaseIterable {
    case requests
    case interests
    case hours
    case distance
    case format
    case preferences

    public var title: String {
        switch self {
        case .requests: "Запросы покрыты компетенциями"
        case .interests: "Общие интересы"
        case .hours: "Время в неделю"
        case .distance: "Разница в возрасте, классе или стаже"
        case .format: "Формат встреч"
        case .preferences: "Предпочтения сторон"
        }
    }
}
