import Foundation

/// One version of a questionnaire template: sections of questions. A survey keeps the version it was sent with,
/// so a later edit never changes what people already answered.
public struct Questionnaire: Equatable, Codable, Sendable {
    /// Who answers: it decides which profile the answers flow into.
    public enum Audience: String, CaseIterable, Codable, Sendable {
        case mentee
        case mentor
        case participant

        public var title: String {
            switch self {
            case .mentee: "Наставляемые"
            case .mentor: "Наставники"
            case .participant: "Все участники"
            }
        }
    }

    public var key: String
    public var version: Int
    public var title: String
    public var intro: String?
    public var audience: Audience
    public var sections: [QuestionnaireSection]

    public init(
        key: String, version: Int = 1, title: String, intro: String? = nil, audience: Audience,
        sections: [QuestionnaireSection]
    ) {
        self.key = key
        self.version = version
        self.title = title
        self.intro = intro
        self.audience = audience
        self.sections = sections
    }

    public var questions: [Question] { sections.flatMap(\.questions) }

    public func question(_ id: String) -> Question? { questions.first { $0.id == id } }
}

public struct QuestionnaireSection: Equatable, Codable, Sendable {
    public var title: String
    public var questions: [Question]

    public init(title: String, questions: [Question]) {
        self.title = title
        self.questions = questions
    }
}

/// One answer option: what is stored and what is shown. For fixed options both are the text.
public struct Choice: Equatable, Codable, Sendable {
    public var value: String
    public var title: String

    public init(value: String, title: String) {
        self.value = value
        self.title = title
    }

    public init(_ text: String) { self.init(value: text, title: text) }
}

public struct Question: Equatable, Codable, Sendable {
    public enum Kind: String, CaseIterable, Codable, Sendable {
        case singleChoice = "single_choice"
        case multipleChoice = "multiple_choice"
        case scale
        case shortText = "short_text"
        case longText = "long_text"
        case number
        case date
        case ranking
        case vocabulary

        public var title: String {
            switch self {
            case .singleChoice: "Один вариант"
            case .multipleChoice: "Несколько вариантов"
            case .scale: "Шкала"
            case .shortText: "Короткий ответ"
            case .longText: "Развёрнутый ответ"
            case .number: "Число"
            case .date: "Дата"
            case .ranking: "Ранжирование"
            case .vocabulary: "Выбор из справочника"
            }
        }

        /// Kinds whose answers are chosen from a list.
        public var hasChoices: Bool { [.singleChoice, .multipleChoice, .ranking, .vocabulary].contains(self) }
    }

    /// Where a ranking's or a vocabulary question's options come from when they are not fixed in the template.
    public enum ChoiceSource: String, Codable, Sendable {
        /// The program's mentors with a valid consent (a preference after the group meeting).
        case programMentors = "program_mentors"
        case programMentees = "program_mentees"
        case pedagogicalVocabulary = "pedagogical_vocabulary"
        case studentVocabulary = "student_vocabulary"
    }

    /// The question is shown only when an earlier question's answer includes one of `answers`.
    public struct Condition: Equatable, Codable, Sendable {
        public var question: String
        public var answers: [String]

        public init(question: String, answers: [String]) {
            self.question = question
            self.answers = answers
        }
    }

    public var id: String
    public var text: String
    public var help: String?
    public var kind: Kind
    public var options: [String]
    public var choiceSource: ChoiceSource?
    /// The top of a scale: 5 or 10.
    public var scaleMax: Int?
    public var minimum: Double?
    public var maximum: Double?
    /// At most this many options in a multiple choice or vocabulary question.
    public var maxChoices: Int?
    public var required: Bool
    public var showIf: Condition?
    /// The profile field the answer proposes a value for.
    public var profileField: ProfileField?

    public init(
        _ id: String, _ text: String, kind: Kind, options: [String] = [], choiceSource: ChoiceSource? = nil,
        help: String? = nil, scaleMax: Int? = nil, minimum: Double? = nil, maximum: Double? = nil,
        maxChoices: Int? = nil, required: Bool = false, showIf: Condition? = nil, profileField: ProfileField? = nil
    ) {
        self.id = id
        self.text = text
        self.help = help
        self.kind = kind
        self.options = options
        self.choiceSource = choiceSource
        self.scaleMax = scaleMax
        self.minimum = minimum
        self.maximum = maximum
        self.maxChoices = maxChoices
        self.required = required
        self.showIf = showIf
        self.profileField = profileField
    }

    /// The form field of the question on pages: the id is free text from a template, the field name is not.
    public var fieldName: String { "q_\(id)" }
}

/// Answers of one response: question id → the values (one for most kinds, several for choices and rankings).
public typealias Answers = [String: [String]]
