import Foundation

extension Questionnaire {
    /// Checks a template written by hand or sent to the API: ids unique, options where a kind needs them,
    /// conditions pointing at earlier questions. Messages name the question.
    public func validateStructure() throws(ValidationFailure) {
        var failure = ValidationFailure()
        if title.trimmingCharacters(in: .whitespaces).isEmpty { failure.add("title", "Укажите название анкеты.") }
        if key.isEmpty || key.count > 60 || !key.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
        {
            failure.add("key", "Ключ — латинские буквы, цифры и дефис, до 60 знаков.")
        }
        if questions.isEmpty { failure.add("sections", "В анкете нет ни одного вопроса.") }
        var seen = Set<String>()
        for question in questions {
            let field = "question.\(question.id)"
            if question.id.isEmpty || !seen.insert(question.id).inserted {
                failure.add(field, "Идентификатор вопроса пуст или повторяется.")
            }
            if question.text.trimmingCharacters(in: .whitespaces).isEmpty {
                failure.add(field, "У вопроса нет текста.")
            }
            if question.kind.hasChoices, question.options.isEmpty, question.choiceSource == nil {
                failure.add(field, "Для вопроса «\(question.text)» нужны варианты ответа.")
            }
            if question.kind == .scale, ![5, 10].contains(question.scaleMax ?? 5) {
                failure.add(field, "Шкала бывает от 1 до 5 или от 1 до 10.")
            }
            if let condition = question.showIf, !seen.contains(condition.question) || condition.question == question.id
            {
                failure.add(field, "Условие показа ссылается на вопрос, которого нет выше.")
            }
            if let target = question.profileField, !target.accepts(question.kind) {
                failure.add(field, "Ответ такого типа не записывается в поле профиля «\(target.title)».")
            }
        }
        try failure.throwIfAny()
    }
}
