import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// A signed-in adult participant's own consents and a legal representative's wards' consents, with the way to give
/// or withdraw them electronically where the organization allows it.
struct MyConsents {
    let scope: RequestScope
    let links: ConsentLinks

    struct Entry: Sendable {
        var person: PersonModel
        var organization: OrganizationModel
        var statuses: [Consent.Kind: Consent.Status]
        var asRepresentative: Bool
    }

    func entries() async throws -> [Entry] {
        var people: [(UUID, Bool)] = []
        if let own = scope.user.personID { people.append((own, false)) }
        if let representative = scope.user.representativeID {
            people += try await RepresentationModel.query(on: scope.db).filter(\.$representative.$id == representative)
                .all().map { ($0.$person.id, true) }
        }
        guard !people.isEmpty else { return [] }
        let models = try await PersonModel.query(on: scope.db).filter(\.$id ~~ people.map(\.0)).with(\.$organization)
            .all()
        let consents = try await ConsentLookup(db: scope.db).consents(of: models.map { try $0.requireID() })
        let entries = try models.compactMap { person -> Entry? in
            let isWard = people.contains { $0.0 == person.id && $0.1 }
            // A minor's consents are given by the representative, not by the minor.
            if !isWard && person.details.isMinor(on: scope.today) { return nil }
            let own = consents[(try person.requireID())] ?? []
            return Entry(
                person: person, organization: person.organization,
                statuses: own.statuses(on: scope.today),
                asRepresentative: isWard)
        }
        try await AuditLog(scope: scope).record(.list, .consent, fields: ["status"])
        return entries.sorted { $0.person.searchKey < $1.person.searchKey }
    }

    /// A fresh personal link for one of the entries, to be opened at once (nothing is e-mailed).
    func open(_ personID: UUID) async throws -> String {
        guard let entry = try await entries().first(where: { $0.person.id == personID }) else {
            throw DomainError.notFound
        }
        guard entry.organization.electronicConsent else {
            throw DomainError.conflict("Организация принимает согласия только на бумаге: обратитесь к куратору.")
        }
        var representative: LegalRepresentativeModel?
        if entry.asRepresentative, let id = scope.user.representativeID {
            representative = try await LegalRepresentativeModel.find(id, on: scope.db)
        }
        let signer = representative
        let texts = try await ConsentTemplates(scope: scope).texts(of: entry.organization)
        let missing = ConsentTemplates.kinds.filter { entry.statuses[$0] != .valid }
        return try await scope.db.atomically { db in
            try await links.make(
                for: entry.person, signer: signer, email: nil, kinds: missing,
                organization: entry.organization, texts: texts, requestedBy: scope.user.accountID, on: db)
        }
    }
}
