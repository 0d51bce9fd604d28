import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// Certificates of a course: issued, once it is over, to everyone registered who attended every session, numbered
/// within the course; printed a page per person from the municipality's template or the built-in one.
extension TrainingService {
    /// Issues the certificates not issued yet; how many were issued.
    func issueCertificates(_ id: UUID) async throws -> Int {
        let (training, _) = try await find(id)
        guard scope.today >= training.endsOn else {
            throw DomainError.conflict(
                "Сертификаты выдают, когда обучение закончилось: после \(training.endsOn.russian).")
        }
        let sessions = Set(try await sessions(of: id).map { try $0.requireID() })
        guard !sessions.isEmpty else { throw DomainError.conflict("У курса нет занятий: отметить посещение нечем.") }
        var issued = 0
        // Of two issues at once, the one that loses a number reads again and numbers what is left.
        try await DatabaseContention.againIfDuplicate {
            issued = try await scope.db.atomically { db in
                // Numbered in the order of registration, people registered together by name.
                let registrations = try await TrainingRegistrationModel.query(on: db).filter(\.$training.$id == id)
                    .with(\.$person).all().sorted {
                        ($0.registeredAt, $0.person.details.fullName, $0.id?.uuidString ?? "")
                            < ($1.registeredAt, $1.person.details.fullName, $1.id?.uuidString ?? "")
                    }
                let attendance = try await TrainingService(scope: scope.on(db)).attendance(of: registrations)
                var next = (registrations.compactMap(\.certificateNumber).max() ?? 0) + 1
                var count = 0
                for registration in registrations where registration.certificateNumber == nil {
                    guard sessions.isSubset(of: attendance[try registration.requireID()] ?? []) else { continue }
                    // Only a registration still without a number takes one: a number given meanwhile stays, and
                    // only what this issue numbered is counted.
                    guard
                        try await GuardedUpdate(
                            table: TrainingRegistrationModel.schema, id: registration.requireID(),
                            set: [("certificate_number", next), ("certificate_issued_on", scope.today)],
                            when: [("certificate_number", nil)]
                        ).run(on: db)
                    else { continue }
                    (next, count) = (next + 1, count + 1)
                }
                try await AuditLog(scope: scope.on(db)).record(
                    .update, .training, objectID: id, role: .authorityCoordinator, fields: ["certificates"])
                return count
            }
        }
        return issued
    }

    /// The certificates issued, a page per person, as one DOCX; the read of the names is audited.
    func certificates(_ id: UUID) async throws -> (Data, String) {
        let (training, municipality) = try await find(id)
        let registrations = try await TrainingRegistrationModel.query(on: scope.db).filter(\.$training.$id == id)
            .filter(\.$certificateNumber != nil).with(\.$person).with(\.$organization).sort(\.$certificateNumber)
            .all()
        guard !registrations.isEmpty else { throw DomainError.conflict("Сертификатов по курсу ещё не выдано.") }
        let authority = try await AuthorityModel.query(on: scope.db)
            .filter(\.$municipality.$id == municipality.requireID()).first()
        let document = TrainingCertificateDocument(
            issuer: authority?.name ?? municipality.name, training: training.details,
            issuedOn: registrations.compactMap(\.certificateIssuedOn).max() ?? scope.today,
            holders: registrations.map {
                .init(
                    name: $0.person.details.fullName, organization: $0.organization.shortName,
                    number: "\($0.certificateNumber ?? 0)")
            })
        let template = try await DocumentTemplateService(scope: scope).template(
            forMunicipality: try municipality.requireID(), kind: .trainingCertificate)
        try await AuditLog(scope: scope).record(
            .download, .training, objectID: id, role: .authorityCoordinator, fields: ["certificates"])
        return (try document.docx(template: template), "Сертификаты «\(training.title)»")
    }
}
