import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The context of `people/list.leaf`.
struct PeopleListPage: Encodable {
    struct Query: Codable, Sendable {
        var q: String?
        var category: String?
        var consent: String?
        var page: Int?

        var filter: PeopleFilter {
            PeopleFilter(
                search: q, category: category.flatMap(Person.Category.init(rawValue:)),
                consent: consent.flatMap(Consent.Status.init(rawValue:)), page: page ?? 1)
        }
    }

    struct Row: Encodable {
        var name, categories, gradeOrPosition, status, statusTitle: String
        /// `nil` where the name is hidden: the card would be refused too.
        var url: String?
        var age: Int?
    }

    struct PageLink: Encodable {
        var number: Int
        var url: String
        var current: Bool
    }

    static let hiddenName = "Участник (нет согласия на обработку данных)"

    var meta: PageMeta
    var rows: [Row]
    var total: Int
    var pages: [PageLink]
    var search: String
    var categories: [FormField.Option]
    var consentStatuses: [FormField.Option]
    var canManage: Bool
    var listURL: String
    var newURL: String
    /// After an import: how many were added.
    var notice: String?

    init(
        layout: PageLayout, today: CalendarDate, notice: String?, query: Query, page: PeoplePage,
        org: OrganizationModel, access: OrganizationAccess
    ) throws {
        let listURL = SiteURL.people(.id(try org.requireID())).path
        meta = layout.meta(
            "Участники", breadcrumbs: [Link(org.shortName, .organization(.id(try org.requireID())))],
            scopeName: org.shortName)
        self.notice = notice
        rows = try page.rows.map { row in
            let (person, status) = (row.person, row.status)
            let details = person.details
            let shown = access.showsName(consents: row.consents, on: today)
            return Row(
                name: shown ? details.fullName : Self.hiddenName,
                categories: details.categories.map(\.title).joined(separator: ", "),
                gradeOrPosition: details.grade ?? details.position ?? "", status: status.rawValue,
                statusTitle: status.title,
                url: shown ? SiteURL.person(.id(person.id)).path : nil, age: details.age(on: today))
        }
        total = page.total
        var components = URLComponents()
        pages = (1...page.pageCount).map { number in
            components.queryItems = [
                ("q", query.q), ("category", query.category), ("consent", query.consent), ("page", String(number)),
            ]
            .compactMap { name, value in value.flatMap { $0.isEmpty ? nil : URLQueryItem(name: name, value: $0) } }
            return PageLink(
                number: number, url: listURL + (components.url?.absoluteString ?? ""), current: number == page.page)
        }
        search = query.q ?? ""
        categories = FormField.options(Person.Category.self, selected: query.category, title: \.title, empty: "Все")
        consentStatuses = FormField.options(
            Consent.Status.self, selected: query.consent, title: \.title, empty: "Любое")
        canManage = access.manages
        self.listURL = listURL
        newURL = SiteURL.newPerson(.id(try org.requireID())).path
    }
}
