import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// Carries out the anonymizations that consent withdrawals scheduled.
struct Anonymizer {
    let scope: RequestScope

    /// Anonymizes every person due today or earlier and not yet anonymized; returns how many.
    func runDue() async throws -> Int {
        let today = scope.today.description
        let due = try await PersonModel.query(on: scope.db)
            .filter(\.$anonymizedAt == nil).filter(\.$anonymizeDueOn != nil).filter(\.$anonymizeDueOn <= today)
            .with(\.$partner).all()
        for person in due {
            try await scope.db.atomically { db in try await anonymize(person, on: db) }
        }
        return due.count
    }

    private func anonymize(_ person: PersonModel, on db: any Database) async throws {
        person.apply(Anonymization.anonymized(person.details), partnerID: person.$partner.id)
        person.anonymizedAt = scope.now
        try await person.save(on: db)
        // A representative is anonymized with the last minor they represent; links stay so counts stay right.
        let links = try await RepresentationModel.query(on: db).filter(\.$person.$id == (try person.requireID())).with(
            \.$representative
        ).all()
        for link in links {
            let others = try await RepresentationModel.query(on: db)
                .filter(\.$representative.$id == link.$representative.id).filter(
                    \.$person.$id != (try person.requireID())
                )
                .join(PersonModel.self, on: \RepresentationModel.$person.$id == \PersonModel.$id)
                .filter(PersonModel.self, \.$anonymizedAt == nil).count()
            if others == 0 {
                link.representative.apply(Anonymization.anonymized(link.representative.details))
                try await link.representative.save(on: db)
            }
        }
        try await AuditLog(scope: scope.on(db)).record(
            .anonymize, .person, objectID: person.id, personID: person.id, organizationID: person.$organization.id,
            fields: Anonymization.fields)
    }
}
