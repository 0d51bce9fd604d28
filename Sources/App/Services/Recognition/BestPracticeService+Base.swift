import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// What the municipal base is searched by: form, role model, request theme, organization and any words.
struct BestPracticeSearch: Codable, Sendable {
    var form: String?
    var theme: String?
    var organization: String?
    var q: String?
    /// `offered` lists the cases waiting for the coordinator; the base itself is the accepted ones.
    var status: String?
}

/// The steps of a case and the municipal base of best practices.
extension BestPracticeService {
    /// Moves the case one step: the organization's manager approves (the methodical council) and offers it, the
    /// municipality's coordinator accepts or returns it with a note. A step the case is not ready for is refused.
    func move(_ id: UUID, to next: BestPracticeStatus, note: String?) async throws -> BestPracticeModel {
        let (practice, org, access) = try await find(id)
        switch next {
        case .approved, .offered: try access.requireManagement()
        case .accepted, .returned:
            guard access.role == .authorityCoordinator || access.role == .administrator else {
                throw DomainError.forbidden
            }
        case .draft: throw DomainError.forbidden
        }
        let current = practice.status
        guard current.allows(next) else {
            throw DomainError.conflict("Практика сейчас «\(current.title)»: этот шаг ей не подходит.")
        }
        let trimmed = note?.trimmingCharacters(in: .whitespacesAndNewlines)
        if next == .returned, trimmed?.isEmpty ?? true {
            throw ValidationFailure(fields: ["note": "Напишите, что доработать."])
        }
        let changed = try await scope.db.atomically { db in
            // Of two clicks at once only the first finds the case where it was.
            var set: [(column: String, value: GuardedUpdate.Value)] = [("status", next.rawValue)]
            if next == .returned, let trimmed { set.append(("review_note", trimmed)) }
            guard
                try await GuardedUpdate(
                    table: BestPracticeModel.schema, id: id, set: set, when: [("status", current.rawValue)]
                ).run(on: db)
            else { return false }
            try await AuditLog(scope: scope.on(db)).record(
                .update, .bestPractice, objectID: id, organizationID: org.id, role: access.role,
                fields: ["status:\(next.rawValue)"])
            return true
        }
        guard changed else { throw DomainError.conflict("Практику только что изменили. Обновите страницу.") }
        return try await find(id).0
    }

    /// The municipality's accepted cases (or those waiting for review) matching the search.
    func base(
        _ municipalityID: UUID, _ search: BestPracticeSearch
    ) async throws -> (MunicipalityModel, [BestPracticeModel], [UUID: String]) {
        let municipality = try await MunicipalMonitoring(scope: scope).municipality(municipalityID)
        let status = search.status == BestPracticeStatus.offered.rawValue ? BestPracticeStatus.offered : .accepted
        var query = BestPracticeModel.query(on: scope.db).filter(\.$municipality.$id == municipalityID)
            .filter(\.$status == status)
        if let form = search.form.flatMap(MentoringForm.init(rawValue:)) { query = query.filter(\.$form == form) }
        if let organization = search.organization.flatMap(UUID.init(uuidString:)) {
            query = query.filter(\.$organization.$id == organization)
        }
        let words = (search.q ?? "").lowercased().split(separator: " ").map(String.init)
        let theme = (search.theme ?? "").lowercased().trimmingCharacters(in: .whitespaces)
        let cases = try await query.sort(\.$createdAt, .descending).all().filter { practice in
            let text = [practice.title, practice.problem, practice.actions, practice.results, practice.roleModel ?? ""]
                .joined(separator: " ").lowercased()
            return words.allSatisfy(text.contains) && (theme.isEmpty || practice.theme.lowercased().contains(theme))
        }
        let organizations = try await OrganizationModel.query(on: scope.db)
            .filter(\.$municipality.$id == municipalityID).all()
        return (
            municipality, cases,
            Dictionary(uniqueKeysWithValues: try organizations.map { (try $0.requireID(), $0.shortName) })
        )
    }

    /// Whether every person the case names has a valid consent to publication.
    func isPublishable(_ practice: BestPracticeModel) async throws -> Bool {
        let allowed = try await ConsentLookup(db: scope.db).publishable(practice.people, on: scope.today)
        return practice.people.allSatisfy(allowed.contains)
    }
}
