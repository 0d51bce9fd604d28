import Fluent
import FluentKit
import Foundation
import MentoringCore
import Vapor

/// The audit log page, filterable by person and period.
struct AuditController: RouteCollection {
    struct Query: Content {
        var person: String?
        var from: String?
        var to: String?
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get(.audit, use: list)
    }

    func list(req: Request) async throws -> View {
        let query = try req.query.decode(Query.self)
        let (filter, problem) = Self.filter(query)
        let audit = AuditQuery(scope: try req.scope())
        let entries = try await audit.entries(filter)
        let names = try await audit.names(for: entries)
        return try await req.view.render(
            "audit",
            AuditContext(
                meta: req.pageMeta("Журнал аудита"),
                filter: .init(person: query.person, from: query.from, to: query.to),
                filterError: problem,
                audit: entries.map { AuditRow($0, names: names) }))
    }

    /// A filter from the query; what cannot be read is left out and named, instead of failing the page.
    static func filter(_ query: Query) -> (AuditQuery.Filter, String?) {
        var filter = AuditQuery.Filter()
        var problems: [String] = []
        if let text = query.person, !text.isEmpty {
            if let id = UUID(uuidString: text) { filter.personID = id } else { filter.personName = text }
        }
        for (text, keyPath) in [(query.from, \AuditQuery.Filter.from), (query.to, \AuditQuery.Filter.to)] {
            guard let text, !text.isEmpty else { continue }
            if let date = CalendarDate(parsing: text) {
                filter[keyPath: keyPath] = date
            } else {
                problems.append("дата «\(text)»")
            }
        }
        return (
            filter,
            problems.isEmpty
                ? nil : "Не удалось прочитать: " + problems.joined(separator: ", ") + ". Фильтр по ним не применён."
        )
    }
}
