import Foundation
import MentoringCore

/// A criterion's part in a score.
public struct CriterionScore: Codable, Sendable, Equatable {
    public var criterion: Criterion
    /// How well the pair does on the criterion, 0…1.
    public var value: Double
    /// The criterion's share of the weights that apply to the pair (the shares sum to 1).
    public var share: Double
    /// value × share: the scores of all criteria add up to the pair's score.
    public var contribution: Double
    /// What the value was computed from, in Russian.
    public var detail: String
}

/// A request and the competency of the mentor that covers it.
public struct CoveredRequest: Codable, Sendable, Equatable {
    public var request: String
    public var priority: Int
    public var competency: String
}

/// The score of an allowed pair with everything it was made of.
public struct PairScore: Codable, Sendable, Equatable {
    public var score: Double
    public var criteria: [CriterionScore]
    public var covered: [CoveredRequest]
    public var uncovered: [String]
    public var sharedInterests: [String]
    /// The mentee's place in the mentor's ranking and the mentor's in the mentee's (1 — first), when stated.
    public var menteeRankOfMentor: Int?
    public var mentorRankOfMentee: Int?
}

/// Scores pairs: a weighted sum of the criteria, each explained.
struct PairScorer {
    let weights: MatchWeights
    let rules: MatchRules
    /// How many mentors of the run offer each competency (normalized text).
    let offers: [String: Int]
    let mentorCount: Int

    init(setup: MatchSetup) {
        weights = setup.weights
        rules = setup.rules
        var offers: [String: Int] = [:]
        for mentor in setup.mentors {
            for competency in Set(mentor.competencies.map(Self.normalized)) { offers[competency, default: 0] += 1 }
        }
        self.offers = offers
        mentorCount = max(1, setup.mentors.count)
    }

    static func normalized(_ text: String) -> String {
        text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Rarer competencies weigh more: 1 + ln(mentors / mentors offering it).
    func rarity(_ term: String) -> Double {
        1 + log(Double(mentorCount) / Double(max(1, offers[Self.normalized(term)] ?? 0)))
    }

    func score(_ mentee: MatchMentee, _ mentor: MatchMentor) -> PairScore {
        var parts: [(Criterion, Double, String)] = []
        let competencies = Dictionary(mentor.competencies.map { (Self.normalized($0), $0) }) { first, _ in first }
        var covered: [CoveredRequest] = []
        var uncovered: [String] = []
        var coveredWeight = 0.0
        var totalWeight = 0.0
        for request in mentee.requests {
            let weight = request.weight * rarity(request.text)
            totalWeight += weight
            if let competency = competencies[Self.normalized(request.text)] {
                covered.append(
                    CoveredRequest(request: request.text, priority: request.priority, competency: competency))
                coveredWeight += weight
            } else {
                uncovered.append(request.text)
            }
        }
        parts.append(
            (
                .requests, totalWeight > 0 ? coveredWeight / totalWeight : 0,
                "покрыто \(covered.count) из \(mentee.requests.count) запросов с учётом приоритета и редкости"
            ))

        let theirs = Set(mentor.interests.map(Self.normalized))
        let shared = mentee.interests.filter { theirs.contains(Self.normalized($0)) }
        let union = Set(mentee.interests.map(Self.normalized)).union(theirs).count
        parts.append(
            (
                .interests, union > 0 ? Double(shared.count) / Double(union) : 0,
                shared.isEmpty ? "общих интересов нет" : "общие: " + shared.joined(separator: ", ")
            ))

        parts.append(hoursPart(mentee, mentor))
        parts.append(distancePart(mentee, mentor))
        let formatFits = mentee.format == .any || mentor.format == .any || mentee.format == mentor.format
        parts.append(
            (
                .format, formatFits ? 1 : 0,
                formatFits
                    ? "совпадает"
                    : "наставляемый: \(mentee.format.title.lowercased()), наставник: \(mentor.format.title.lowercased())"
            ))

        let menteeRank = mentee.ranking.firstIndex(of: mentor.id).map { $0 + 1 }
        let mentorRank = mentor.ranking.firstIndex(of: mentee.id).map { $0 + 1 }
        var sides: [Double] = []
        if !mentee.ranking.isEmpty {
            sides.append(menteeRank.map { 1 - Double($0 - 1) / Double(mentee.ranking.count) } ?? 0)
        }
        if !mentor.ranking.isEmpty {
            sides.append(mentorRank.map { 1 - Double($0 - 1) / Double(mentor.ranking.count) } ?? 0)
        }
        if !sides.isEmpty {
            let said = [
                menteeRank.map { "наставляемый поставил наставника на \($0)-е место" },
                mentorRank.map { "наставник поставил наставляемого на \($0)-е место" },
            ].compactMap { $0 }
            parts.append(
                (
                    .preferences, sides.reduce(0, +) / Double(sides.count),
                    said.isEmpty ? "в рейтингах друг друга их нет" : said.joined(separator: "; ")
                ))
        }

        let weightSum = parts.reduce(0) { $0 + weights.weight(of: $1.0) }
        var criteria: [CriterionScore] = []
        var score = 0.0
        for (criterion, value, detail) in parts {
            let share = weightSum > 0 ? weights.weight(of: criterion) / weightSum : 0
            let contribution = value * share
            score += contribution
            criteria.append(
                CriterionScore(
                    criterion: criterion, value: value, share: share, contribution: contribution, detail: detail))
        }
        return PairScore(
            score: score, criteria: criteria, covered: covered, uncovered: uncovered, sharedInterests: shared,
            menteeRankOfMentor: menteeRank, mentorRankOfMentee: mentorRank)
    }

    private func hoursPart(_ mentee: MatchMentee, _ mentor: MatchMentor) -> (Criterion, Double, String) {
        guard let wanted = mentee.weeklyHours, wanted > 0, let offered = mentor.weeklyHours, offered > 0 else {
            return (.hours, 0.5, "время одной из сторон не указано")
        }
        let perMentee = Double(offered) / Double(max(1, mentor.capacity))
        let fit = min(Double(wanted), perMentee) / max(Double(wanted), perMentee)
        return (
            .hours, fit,
            "наставляемому нужно \(wanted) ч в неделю, у наставника \(perMentee.formatted1) ч на одного наставляемого"
        )
    }

    private func distancePart(_ mentee: MatchMentee, _ mentor: MatchMentor) -> (Criterion, Double, String) {
        if mentee.form.vocabulary == .pedagogical {
            guard let mine = mentee.experienceYears, let theirs = mentor.experienceYears else {
                return (.distance, 0.5, "стаж одной из сторон не указан")
            }
            let gap = theirs - mine
            let least = rules.minExperienceGap(for: mentee.form) ?? 1
            return (.distance, Self.fit(gap, ideal: least...(least + 15)), "разница в стаже \(gap) лет")
        }
        if let mine = mentee.grade, let theirs = mentor.grade {
            return (.distance, Self.fit(theirs - mine, ideal: 1...3), "наставник на \(theirs - mine) кл. старше")
        }
        guard let mine = mentee.age, let theirs = mentor.age else {
            return (.distance, 0.5, "возраст одной из сторон не указан")
        }
        let ideal = mentee.form == .studentStudent ? 1...4 : 3...15
        return (.distance, Self.fit(theirs - mine, ideal: ideal), "разница в возрасте \(theirs - mine) лет")
    }

    /// 1 inside the ideal range, falling by 0.2 per unit outside it, never below 0.
    static func fit(_ gap: Int, ideal: ClosedRange<Int>) -> Double {
        if ideal.contains(gap) { return 1 }
        let away = gap < ideal.lowerBound ? ideal.lowerBound - gap : gap - ideal.upperBound
        return max(0, 1 - 0.2 * Double(away))
    }
}

extension Double {
    var formatted1: String {
        let rounded = (self * 10).rounded() / 10
        return rounded == rounded.rounded()
            ? String(Int(rounded)) : String(format: "%.1f", rounded).replacingOccurrences(of: ".", with: ",")
    }
}
