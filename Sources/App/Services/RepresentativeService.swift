import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// Legal representatives of minors.
struct RepresentativeService {
    let scope: RequestScope

    func representatives(of personID: UUID) async throws -> [LegalRepresentativeModel] {
        let links = try await RepresentationModel.query(on: scope.db).filter(\.$person.$id == personID)
            .with(\.$representative).all()
        return links.map(\.representative).sorted { $0.fullName < $1.fullName }
    }

    /// Records a representative and links them to the person.
    func add(to personID: UUID, input: LegalRepresentativeInput) async throws -> LegalRepresentativeModel {
        let (_, org, access) = try await PeopleService(scope: scope).managedPerson(personID)
        let details = try input.validated()
        let representative = LegalRepresentativeModel(organizationID: try org.requireID(), details: details)
        try await scope.db.atomically { db in
            try await representative.create(on: db)
            let link = RepresentationModel()
            link.$representative.id = (try representative.requireID())
            link.$person.id = personID
            try await link.create(on: db)
            try await AuditLog(scope: scope.on(db)).record(
                .create, .legalRepresentative, objectID: representative.id, personID: personID,
                organizationID: org.id, role: access.role, fields: LegalRepresentative.Details.allFields)
        }
        return representative
    }
}
