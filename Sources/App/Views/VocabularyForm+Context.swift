import Foundation
import MentoringCore

/// The vocabularies of requests and competencies of an organization or a municipality (`programs/vocabularies.leaf`).
struct VocabularyFormContext: FormContext {
    static let template = "programs/vocabularies"
    var meta: PageMeta
    var form: FormPage.Form

    /// - Parameters:
    ///   - action: where the lists are saved (the organization's or the municipality's);
    ///   - back: where cancelling leads.
    init(meta: PageMeta, action: SiteURL, back: SiteURL, input: VocabularyInput, failure: ValidationFailure?) {
        self.meta = meta
        form = .init(
            action: action.path,
            fields: [
                FormField(
                    "pedagogical", "Для педагогов (формы «педагог – педагог», «руководитель – педагог»)",
                    kind: "textarea", value: input.pedagogical, required: true, help: "По одному пункту в строке",
                    failure: failure),
                FormField(
                    "student", "Для обучающихся (формы «ученик – ученик», «студент – ученик», «работодатель – ученик»)",
                    kind: "textarea", value: input.student, required: true, help: "По одному пункту в строке",
                    failure: failure),
            ], submitTitle: "Сохранить", cancelURL: back.path)
    }
}

/// The two lists as the vocabulary form sends them, one term per line.
struct VocabularyInput: Codable, Sendable {
    var pedagogical: String?
    var student: String?
}
