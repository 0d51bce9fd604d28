import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// A person's certificates of no criminal record, as their card shows them.
struct CertificateCard {
    var person: PersonModel
    var organization: OrganizationModel
    var access: OrganizationAccess
    /// Newest issue first; the first one decides the status.
    var history: [CertificateLookup.Recorded]
    var status: CertificateStatus
    /// Whether the person could need one: an adult who is not the organization's teacher or head.
    var concerned: Bool
}

/// Certificates of no criminal record (Labour Code art. 351.1): recorded on a person's card with the scan, checked
/// by the matching and by a pair made by hand, and listed for the curator when one is missing or ends soon.
struct CertificateService {
    let scope: RequestScope

    /// The person's certificates; read as the card is (an authority needs the person's consent to see it), and the
    /// read of the certificates is audited besides.
    func card(_ personID: UUID) async throws -> CertificateCard {
        let (person, org, access, _) = try await PeopleService(scope: scope).readCard(personID)
        guard access.readsAll else { throw DomainError.notFound }
        let history = try await CertificateLookup(db: scope.db).history(of: personID)
        try await AuditLog(scope: scope).record(
            .read, .criminalRecordCertificate, personID: personID, organizationID: org.id, role: access.role)
        let status = CertificateStatus(
            latest: history.first?.certificate, on: scope.today, validityMonths: org.certificateValidityMonths)
        return CertificateCard(
            person: person, organization: org, access: access, history: history, status: status,
            concerned: CertificateRule.concerns(person.details, on: scope.today))
    }

    /// Records a certificate someone presented, with its scan when attached. A newer certificate supersedes the
    /// older ones, which stay as history.
    func record(
        _ personID: UUID, input: CriminalRecordCertificateInput, scan: ScanUpload?
    ) async throws -> CriminalRecordCertificateModel {
        let (_, org, access) = try await PeopleService(scope: scope).managedPerson(personID)
        var failure = ValidationFailure()
        var certificate: CriminalRecordCertificate?
        do {
            certificate = try input.validated(today: scope.today)
        } catch {
            failure.merge(error)
        }
        if let scan, let problem = ConsentService.problem(with: scan) { failure.add("scan", problem) }
        try failure.throwIfAny()
        let model = CriminalRecordCertificateModel(
            organizationID: try org.requireID(), personID: personID, certificate: certificate!, recordedAt: scope.now)
        model.scanName = scan?.fileName
        model.scanType = scan?.contentType
        model.scanData = scan?.data
        try await scope.db.atomically { db in
            try await model.create(on: db)
            try await AuditLog(scope: scope.on(db)).record(
                .create, .criminalRecordCertificate, objectID: model.id, personID: personID,
                organizationID: org.id, role: access.role,
                fields: ["number", "issuedOn", "issuedBy"] + (scan == nil ? [] : ["scan"]))
        }
        return model
    }

    /// The scan of one of the person's certificates; the download is audited.
    func scan(_ certificateID: UUID, of personID: UUID) async throws -> ScanUpload {
        let (_, org, access, _) = try await PeopleService(scope: scope).readCard(personID)
        guard access.readsAll,
            let model = try await CriminalRecordCertificateModel.query(on: scope.db)
                .filter(\.$id == certificateID).filter(\.$person.$id == personID).first(),
            let name = model.scanName, let data = model.scanData
        else { throw DomainError.notFound }
        try await AuditLog(scope: scope).record(
            .download, .criminalRecordCertificate, objectID: certificateID, personID: personID,
            organizationID: org.id, role: access.role, fields: ["scan"])
        return ScanUpload(fileName: name, data: data)
    }

    /// How long the organization accepts a certificate after its issue, in months.
    func setValidity(_ organizationID: UUID, months text: String?) async throws -> Int {
        let (org, access) = try await OrganizationDirectory(scope: scope).managedOrganization(organizationID)
        let range = CriminalRecordCertificate.validityMonthsRange
        guard let months = text.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }), range.contains(months)
        else {
            throw ValidationFailure(fields: [
                "validityMonths": "Укажите срок от \(range.lowerBound) до \(range.upperBound) месяцев."
            ])
        }
        try await scope.db.atomically { db in
            try await OrganizationModel.query(on: db).filter(\.$id == organizationID)
                .set(\.$certificateValidityMonths, to: months).update()
            try await AuditLog(scope: scope.on(db)).record(
                .update, .organization, objectID: organizationID, organizationID: org.id, role: access.role,
                fields: ["certificateValidityMonths"])
        }
        return months
    }
}
