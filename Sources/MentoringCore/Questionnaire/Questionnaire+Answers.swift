import Foundation

extension Questionnaire {
    /// Whether a question is shown, given the answers to the questions before it.
    public func isShown(_ question: Question, in answers: Answers) -> Bool {
        guard let condition = question.showIf else { return true }
        guard let earlier = self.question(condition.question), isShown(earlier, in: answers) else { return false }
        return !Set(answers[condition.question] ?? []).isDisjoint(with: condition.answers)
    }

    /// Checks raw answers against the questions: required ones answered, choices among the options, numbers and
    /// dates readable. Hidden questions are dropped. Messages are keyed by `Question.fieldName`.
    /// - Parameter choices: the options of each question (fixed ones, or resolved from the program and vocabularies).
    public func validate(_ raw: Answers, choices: (Question) -> [Choice]) throws(ValidationFailure) -> Answers {
        var failure = ValidationFailure()
        var clean: Answers = [:]
        for question in questions {
            let values = (raw[question.id] ?? []).map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter {
                !$0.isEmpty
            }
            guard isShown(question, in: clean) else { continue }
            if values.isEmpty {
                if question.required { failure.add(question.fieldName, "Ответьте на этот вопрос.") }
                continue
            }
            switch question.check(values, choices: question.kind.hasChoices ? choices(question) : []) {
            case .success(let accepted): clean[question.id] = accepted
            case .failure(let message): failure.add(question.fieldName, message)
            }
        }
        try failure.throwIfAny()
        return clean
    }
}

extension Question {
    /// The options written in the template itself, as choices: all a question without a `choiceSource` offers.
    public var fixedChoices: [Choice] { options.map(Choice.init) }

    func check(_ values: [String], choices: [Choice]) -> Result<[String], ValidationFailure.Message> {
        let allowed = Set(choices.map(\.value))
        switch kind {
        case .singleChoice:
            guard values.count == 1, allowed.contains(values[0]) else { return .failure("Выберите один из вариантов.") }
            return .success(values)
        case .multipleChoice, .vocabulary:
            let unique = values.uniqued()
            guard unique.allSatisfy(allowed.contains) else { return .failure("Выберите варианты из списка.") }
            if let maxChoices, unique.count > maxChoices { return .failure("Не больше \(maxChoices) вариантов.") }
            return .success(unique)
        case .ranking:
            guard values.allSatisfy(allowed.contains) else { return .failure("Выберите варианты из списка.") }
            guard Set(values).count == values.count else {
                return .failure("Каждый вариант можно поставить только на одно место.")
            }
            return .success(values)
        case .scale:
            let top = scaleMax ?? 5
            guard values.count == 1, let mark = Int(values[0]), (1...top).contains(mark) else {
                return .failure("Выберите оценку от 1 до \(top).")
            }
            return .success(values)
        case .number:
            guard values.count == 1, let number = Double(values[0].replacingOccurrences(of: ",", with: ".")),
                number.isFinite
            else {
                return .failure("Введите число.")
            }
            if let minimum, number < minimum { return .failure("Не меньше \(minimum.plain).") }
            if let maximum, number > maximum { return .failure("Не больше \(maximum.plain).") }
            return .success([number.plain])
        case .date:
            guard values.count == 1, let date = CalendarDate(parsing: values[0]) else {
                return .failure(.init(CalendarDate.refusal(of: values.first ?? "")))
            }
            return .success([date.description])
        case .shortText, .longText:
            let text = values.joined(separator: "\n")
            let limit = kind == .shortText ? 300 : 4000
            guard text.count <= limit else { return .failure("Не длиннее \(limit) символов.") }
            return .success([text])
        }
    }
}

extension ValidationFailure {
    /// A message for one field, for results that fail with text.
    public struct Message: Error, ExpressibleByStringInterpolation, Sendable {
        public var text: String
        public init(stringLiteral value: String) { text = value }
        public init(_ text: String) { self.text = text }
    }

    mutating func add(_ field: String, _ message: Message) { add(field, message.text) }
}

extension Double {
    /// «3» for whole numbers, «2.5» otherwise.
    public var plain: String {
        self == rounded() && abs(self) < 1e15 ? String(Int(self)) : String(self)
    }
}

extension Array where Element: Hashable {
    /// The elements in order, each once.
    public func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
