import Fluent
import FluentKit
import Foundation
import MentoringCore

/// `answer.leaf`: the questionnaire and nothing else, for a respondent without an account (or a preview for staff).
struct AnswerPage: Encodable {
    struct Option: Encodable {
        var value: String
        var title: String
        var checked: Bool
    }
    struct Item: Encodable {
        var name: String
        var text: String
        var help: String?
        /// radio, checkbox, text, textarea, number, date, ranking
        var control: String
        var required: Bool
        var options: [Option]
        var value: String
        var places: [Int]
        var ranked: [String]
        var error: String?
    }
    struct Section: Encodable {
        var title: String
        var items: [Item]
    }

    var title: String
    var intro: String?
    var respondent: String?
    var sections: [Section]
    var message: String?
    var thanks: Bool
    var failed: Bool
    var action: String?
    var csrf: String?
    /// The version for the visually impaired, as on every page, and its switch.
    var accessible = false
    var visionURL = ""

    init(
        questionnaire: Questionnaire, choices: (Question) -> [Choice], answers: Answers = [:],
        failure: ValidationFailure? = nil,
        respondent: String?, action: String?, message: String? = nil, thanks: Bool = false
    ) {
        title = questionnaire.title
        intro = questionnaire.intro
        self.respondent = respondent
        self.message = message
        self.thanks = thanks
        failed = failure != nil
        self.action = action
        sections = questionnaire.sections.map { section in
            Section(
                title: section.title,
                items: section.questions.map { question in
                    let given = answers[question.id] ?? []
                    let options = question.kind.hasChoices ? choices(question) : []
                    var help = question.help
                    if let condition = question.showIf, let earlier = questionnaire.question(condition.question) {
                        let note =
                            "Ответьте, если на вопрос «\(earlier.text)» выбрано: \(condition.answers.joined(separator: " или "))."
                        help = help.map { "\($0). \(note)" } ?? note
                    }
                    let control: String =
                        switch question.kind {
                        case .singleChoice, .scale: "radio"
                        case .vocabulary: question.maxChoices == 1 ? "radio" : "checkbox"
                        case .multipleChoice: "checkbox"
                        case .shortText: "text"
                        case .longText: "textarea"
                        case .number: "number"
                        case .date: "date"
                        case .ranking: "ranking"
                        }
                    let scale =
                        question.kind == .scale ? (1...(question.scaleMax ?? 5)).map { Choice(String($0)) } : options
                    return Item(
                        name: question.fieldName, text: question.text, help: help, control: control,
                        required: question.required,
                        options: scale.map {
                            Option(value: $0.value, title: $0.title, checked: given.contains($0.value))
                        },
                        value: given.first ?? "",
                        places: question.kind == .ranking ? Array(1...max(1, options.count)) : [],
                        ranked: given, error: failure?.fields[question.fieldName])
                })
        }
    }
}
