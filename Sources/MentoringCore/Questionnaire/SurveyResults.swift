import Foundation

/// What the answers to one question add up to, as the results page and the export show it.
public struct QuestionSummary: Equatable, Sendable {
    public struct Count: Equatable, Sendable {
        public var title: String
        public var count: Int
        /// Share of those who answered the question, 0…100.
        public var percent: Double
        /// For rankings: the mean place given (1 — first).
        public var meanRank: Double?
    }

    public var question: Question
    public var answered: Int
    public var counts: [Count]
    public var average: Double?
    public var texts: [String]
}

public enum SurveyResults {
    /// Summaries of every question over the responses; `choices` resolves each question's options.
    public static func summarize(
        _ questionnaire: Questionnaire, responses: [Answers],
        choices: (Question) -> [Choice]
    ) -> [QuestionSummary] {
        questionnaire.questions.map { question in
            let answers = responses.compactMap { $0[question.id] }.filter { !$0.isEmpty }
            let answered = answers.count
            func percent(_ n: Int) -> Double { answered == 0 ? 0 : Double(n) * 100 / Double(answered) }
            switch question.kind {
            case .singleChoice, .multipleChoice, .vocabulary, .ranking:
                let counts = choices(question).map { choice in
                    let holding = answers.filter { $0.contains(choice.value) }
                    let ranks = holding.compactMap { $0.firstIndex(of: choice.value).map { Double($0 + 1) } }
                    return QuestionSummary.Count(
                        title: choice.title, count: holding.count, percent: percent(holding.count),
                        meanRank: question.kind == .ranking && !ranks.isEmpty
                            ? ranks.reduce(0, +) / Double(ranks.count) : nil)
                }
                return QuestionSummary(question: question, answered: answered, counts: counts, average: nil, texts: [])
            case .scale:
                let top = question.scaleMax ?? 5
                let marks = answers.compactMap { Int($0[0]) }
                let counts = (1...top).map { mark in
                    let n = marks.filter { $0 == mark }.count
                    return QuestionSummary.Count(title: String(mark), count: n, percent: percent(n), meanRank: nil)
                }
                return QuestionSummary(
                    question: question, answered: answered, counts: counts, average: mean(marks.map(Double.init)),
                    texts: [])
            case .number:
                let numbers = answers.compactMap { Double($0[0]) }
                return QuestionSummary(
                    question: question, answered: answered, counts: [], average: mean(numbers), texts: [])
            case .shortText, .longText, .date:
                return QuestionSummary(
                    question: question, answered: answered, counts: [], average: nil,
                    texts: answers.map { $0.joined(separator: "; ") })
            }
        }
    }

    static func mean(_ values: [Double]) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }
}
