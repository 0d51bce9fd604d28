import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The regulation's page: where it stands, its text (a form of sections while it is a draft the user may change),
/// the document and the next step — the approving order or a new edition.
struct RegulationPageContext: FormContext {
    static let template = "organizations/regulation"

    struct Section: Encodable, Sendable {
        var number: Int
        var title: String
        var points: [String]
    }

    var meta: PageMeta
    var form: FormPage.Form
    var notice: String?
    var status: String
    var approvedBy: Link?
    var edited: String?
    var editable: Bool
    var manages: Bool
    var sections: [Section]
    var documentURL: String
    var newOrderURL: String
    var redraftAction: String
    var newEditionAction: String

    init(
        meta: PageMeta, notice: String?, state: RegulationState, input: RegulationInput?, failure: ValidationFailure?
    )
        throws
    {
        let id = Slot.id(try state.organization.requireID())
        self.meta = meta
        self.notice = notice
        status = state.status.title
        approvedBy = try state.order.map { Link("приказом \($0.reference)", .order(.id(try $0.requireID()))) }
        edited = state.edited.map { "Изменено: \($0.by), \($0.at.russianDateTime)." }
        manages = state.access.manages
        editable = manages && state.status == .draft
        sections = state.regulation.sections.enumerated().map {
            .init(number: $0 + 1, title: $1.title, points: $1.points)
        }
        documentURL = SiteURL.regulationDocument(id).path
        newOrderURL = SiteURL.newOrder(id).path + "?kind=" + OrderKind.approveRegulation.rawValue
        redraftAction = SiteURL.regulationRedraft(id).path
        newEditionAction = SiteURL.regulationNewEdition(id).path
        let shown =
            input?.sections
            ?? state.regulation.sections.map { RegulationInput.Section(title: $0.title, points: $0.points) }
        form = .init(
            action: SiteURL.regulation(id).path,
            fields: (shown + [.init(title: nil, points: nil)]).enumerated().flatMap { index, section in
                // The empty section to add is offered once: a failed form already brings it back.
                index == shown.count && shown.last.map(Self.isBlank) == true
                    ? []
                    : Self.fields(
                        number: index + 1, section, isNew: index >= state.regulation.sections.count,
                        failure: failure)
            },
            submitTitle: "Сохранить положение", cancelURL: SiteURL.organization(id).path)
        if let message = failure?.fields["sections"] { form.alert = message }
    }

    private static func fields(
        number: Int, _ section: RegulationInput.Section, isNew: Bool, failure: ValidationFailure?
    ) -> [FormField] {
        let heading = isNew ? "Новый раздел" : "Раздел \(number)"
        var title = FormField("title_\(number)", heading + ": заголовок", value: section.title)
        var points = FormField(
            "points_\(number)", heading + ": пункты", kind: "textarea",
            value: (section.points ?? []).joined(separator: "\n"),
            help: isNew
                ? "Заполните, чтобы добавить раздел."
                : "Один пункт — одна строка; номера «\(number).1.» ставятся в документе. Очистите заголовок и "
                    + "пункты, чтобы удалить раздел.")
        title.error = failure?.fields["sections.\(number).title"]
        points.error = failure?.fields["sections.\(number).points"]
        return [title, points]
    }

    private static func isBlank(_ section: RegulationInput.Section) -> Bool {
        (section.title ?? "").allSatisfy(\.isWhitespace) && (section.points ?? []).joined().allSatisfy(\.isWhitespace)
    }

    /// The sections as the form sends them: `title_N` and `points_N`, one point per line.
    static func input(_ form: [String: String]) -> RegulationInput {
        let numbers = form.keys.compactMap { key -> Int? in
            guard let range = key.range(of: #"^(title|points)_\d{1,3}$"#, options: .regularExpression) else {
                return nil
            }
            return Int(key[range].split(separator: "_")[1])
        }
        return RegulationInput(
            sections: Set(numbers).sorted().map { number in
                RegulationInput.Section(
                    title: form["title_\(number)"],
                    points: form["points_\(number)"]?.split(whereSeparator: \.isNewline).map(String.init))
            })
    }
}
