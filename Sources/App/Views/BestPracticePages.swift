import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The fields of the case form; the source is chosen only when a case is made.
enum BestPracticeForm {
    static func fields(
        _ input: BestPracticeInput, sources: [FormField.Option]?, failure: ValidationFailure?
    ) -> [FormField] {
        let source = sources.map { options in
            [
                FormField(
                    "source", "Из чего сделана практика", kind: "select", required: true, failure: failure,
                    options: [.init(value: "", title: "— выберите —", selected: input.source == nil)]
                        + options.map { .init(value: $0.value, title: $0.title, selected: $0.value == input.source) }
                ),
                FormField(
                    "form", "Форма наставничества практики программы", kind: "select",
                    help: "Для практики из пары форма берётся из пары.", failure: failure,
                    options: [
                        .init(value: "", title: "— первая форма программы —", selected: (input.form ?? "").isEmpty)
                    ]
                        + MentoringForm.allCases.map {
                            .init(value: $0.rawValue, title: $0.title, selected: $0.rawValue == input.form)
                        }),
            ]
        }
        return (source ?? []) + [
            FormField("title", "Название", value: input.title, required: true, failure: failure),
            FormField(
                "problem", "Проблема или запрос", kind: "textarea", value: input.problem, required: true,
                failure: failure),
            FormField(
                "actions", "Что было сделано", kind: "textarea", value: input.actions, required: true,
                failure: failure),
            FormField(
                "results", "Результаты", kind: "textarea", value: input.results, required: true, failure: failure),
            FormField(
                "indicators", "Показатели", kind: "textarea", value: input.indicators,
                help: "Пусто — возьмутся из мониторинга пары или программы: встречи, цели плана, результаты.",
                failure: failure),
        ]
    }
}

/// A row of a list of cases.
struct BestPracticeRow: Encodable, Sendable {
    var url: String
    var title: String
    var form: String
    var theme: String
    var status: String
    var organization: String

    init(_ practice: BestPracticeModel, organization: String = "") throws {
        url = SiteURL.bestPractice(.id(try practice.requireID())).path
        (title, form, theme) = (practice.title, practice.form.title, practice.theme)
        (status, self.organization) = (practice.status.title, organization)
    }
}

/// An organization's cases and the form to make one (`best-practices/list.leaf`).
struct BestPracticeListContext: FormContext {
    static let template = "best-practices/list"

    var meta: PageMeta
    var form: FormPage.Form
    var notice: String?
    var manages: Bool
    var practices: [BestPracticeRow]
    let showOrganization = false

    init(
        meta: PageMeta, notice: String?, organization: UUID, manages: Bool, practices: [BestPracticeModel],
        sources: [FormField.Option], input: BestPracticeInput, failure: ValidationFailure?
    ) throws {
        (self.meta, self.notice, self.manages) = (meta, notice, manages)
        self.practices = try practices.map { try BestPracticeRow($0) }
        form = .init(
            action: SiteURL.bestPractices(.id(organization)).path,
            fields: BestPracticeForm.fields(input, sources: sources, failure: failure), submitTitle: "Создать практику",
            cancelURL: SiteURL.organization(.id(organization)).path)
    }
}

/// A case (`best-practices/show.leaf`): what it says, its status, the next steps for whoever may take them.
struct BestPracticePageContext: FormContext {
    static let template = "best-practices/show"

    struct Step: Encodable, Sendable {
        var status: String
        var title: String
        var needsNote: Bool
    }

    var meta: PageMeta
    var form: FormPage.Form
    var notice: String?
    var facts: [Fact]
    var editable: Bool
    var steps: [Step]
    var statusAction: String
    var noteError: String?

    init(
        meta: PageMeta, notice: String?, practice: BestPracticeModel, access: OrganizationAccess, publishable: Bool,
        input: BestPracticeInput?, failure: ValidationFailure?
    ) throws {
        let id = Slot.id(try practice.requireID())
        (self.meta, self.notice) = (meta, notice)
        facts = [
            Fact(label: "Статус", value: practice.status.title), Fact(label: "Форма", value: practice.form.title),
            Fact(label: "Ролевая модель", value: practice.roleModel ?? ""), Fact(label: "Тема", value: practice.theme),
            Fact(label: "Проблема", value: practice.problem), Fact(label: "Что сделано", value: practice.actions),
            Fact(label: "Результаты", value: practice.results), Fact(label: "Показатели", value: practice.indicators),
            Fact(
                label: "Публикация",
                value: publishable
                    ? "можно: все названные в практике дали согласие на публикацию"
                    : "нельзя: не у всех названных в практике есть согласие на публикацию"),
            Fact(label: "Замечания", value: practice.reviewNote ?? ""),
        ]
        editable = access.manages && practice.status.isEditable
        let reviews = access.role == .authorityCoordinator || access.role == .administrator
        steps = BestPracticeStatus.allCases.filter { practice.status.allows($0) }.filter { next in
            next == .approved || next == .offered ? access.manages : reviews
        }.map { next in
            let title =
                switch next {
                case .approved: "Одобрить (методический совет)"
                case .offered: "Предложить в муниципальную базу"
                case .accepted: "Принять в муниципальную базу"
                default: "Вернуть на доработку"
                }
            return Step(status: next.rawValue, title: title, needsNote: next == .returned)
        }
        statusAction = SiteURL.bestPracticeStatus(id).path
        noteError = failure?.fields["note"]
        form = .init(
            action: SiteURL.bestPractice(id).path,
            fields: BestPracticeForm.fields(
                input ?? BestPracticeInput(practice.details), sources: nil, failure: failure),
            submitTitle: "Сохранить", cancelURL: SiteURL.bestPractices(.id(practice.$organization.id)).path)
    }
}

/// The municipal base of best practices with its search, or the cases waiting for review (`best-practices/base.leaf`).
struct BestPracticeBaseContext: Encodable, Sendable {
    var meta: PageMeta
    var action: String
    var fields: [FormField]
    var practices: [BestPracticeRow]
    var waitingURL: String
    var waiting: Bool
    let showOrganization = true

    init(
        meta: PageMeta, municipality: UUID, search: BestPracticeSearch, practices: [BestPracticeModel],
        organizations: [UUID: String]
    ) throws {
        self.meta = meta
        action = SiteURL.municipalBestPractices(.id(municipality)).path
        waitingURL = action + "?status=offered"
        waiting = search.status == BestPracticeStatus.offered.rawValue
        fields = [
            FormField(
                "form", "Форма наставничества", kind: "select",
                options: FormField.options(MentoringForm.self, selected: search.form, title: \.title, empty: "любая")),
            FormField("theme", "Тема запроса", value: search.theme),
            FormField(
                "organization", "Организация", kind: "select",
                options: [.init(value: "", title: "любая", selected: search.organization == nil)]
                    + organizations.sorted { $0.value < $1.value }.map {
                        .init(
                            value: $0.key.uuidString, title: $0.value,
                            selected: $0.key.uuidString == search.organization)
                    }),
            FormField("q", "Слова", value: search.q),
        ]
        self.practices = try practices.map {
            try BestPracticeRow($0, organization: organizations[$0.$organization.id] ?? "")
        }
    }
}
