import Foundation

/// What a meeting's feedback says in one number, and whether a trial meeting showed a pair that does not fit.
public enum FeedbackScore {
    /// The mean of the scale answers, each brought to 1–5; `nil` without scale answers.
    public static func rating(_ answers: Answers, in questionnaire: Questionnaire) -> Double? {
        var values: [Double] = []
        for question in questionnaire.questions where question.kind == .scale {
            guard let text = answers[question.id]?.first, let value = Double(text), let top = question.scaleMax, top > 1
            else { continue }
            values.append(1 + (value - 1) * 4 / Double(top - 1))
        }
        guard !values.isEmpty else { return nil }
        return values.reduce(0, +) / Double(values.count)
    }

    /// Below this rating, or with a «no» to going on, the compatibility questionnaire flags the pair.
    public static let compatibilityThreshold = 3.0

    public static func isLowCompatibility(_ answers: Answers, rating: Double?) -> Bool {
        let goOn = answers["continue"]?.first ?? ""
        return (rating ?? 5) < compatibilityThreshold || goOn == "Нет" || goOn == "Скорее нет"
    }
}
