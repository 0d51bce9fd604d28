import Foundation

/// The form that sets the pattern of a kind of document's numbers, shown to whoever manages the organization.
struct NumberingSection: Encodable, Sendable {
    var title: String
    var action: String
    var value: String
    var help: String
    var problem: String?

    /// `what` names the documents in the genitive plural: «приказов».
    init(_ what: String, action: SiteURL, pattern: String?, problem: String?, when: String) {
        title = "Нумерация \(what)"
        self.action = action.path
        value = pattern ?? ""
        help = "{N} — порядковый номер в году, например {N}-о или ОД-{N}. \(when) Пусто — номер вводится вручную."
        self.problem = problem
    }
}
