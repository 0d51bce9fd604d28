import Foundation
import MentoringCore

/// A roadmap activity, new or being changed with its status and evidence (`roadmaps/activity.leaf`).
struct ActivityFormContext: FormContext {
    static let template = "roadmaps/activity"
    var meta: PageMeta
    var form: FormPage.Form
    /// An activity that exists, which may have evidence.
    var editing: Bool
    /// The titles of the evidence attached so far.
    var attached: [String] = []

    /// A change of an activity, with the evidence the system can offer for it.
    init(
        meta: PageMeta, roadmap: UUID, activity: UUID, attached: [String], input: ActivityInput,
        evidence: EvidenceFields, accounts: [(id: UUID, name: String)], suggestions: [EvidenceSuggestion],
        failure: ValidationFailure?
    ) {
        self.meta = meta
        editing = true
        self.attached = attached
        form = .init(
            action: SiteURL.activity(roadmap: .id(roadmap), activity: .id(activity)).path,
            fields: ActivityForm.fields(
                input, evidence: evidence, accounts: accounts, suggestions: suggestions, failure: failure),
            submitTitle: "Сохранить", cancelURL: SiteURL.roadmap(.id(roadmap)).path, multipart: true)
    }

    /// A new activity of a stage; evidence is attached once it exists.
    init(
        meta: PageMeta, roadmap: UUID, stage: UUID, input: ActivityInput, accounts: [(id: UUID, name: String)],
        failure: ValidationFailure?
    ) {
        self.meta = meta
        editing = false
        let fields = ActivityForm.fields(
            input, evidence: EvidenceFields(), accounts: accounts, suggestions: [], failure: failure
        )
        .filter { !$0.name.hasPrefix("evidence") }
        form = .init(
            action: SiteURL.newActivity(roadmap: .id(roadmap), stage: .id(stage)).path, fields: fields,
            submitTitle: "Добавить", cancelURL: SiteURL.roadmap(.id(roadmap)).path)
    }
}
