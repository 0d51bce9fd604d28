import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// Records and withdraws consents; the rules come from `ConsentInput` and `ConsentPolicy`.
struct ConsentService {
    let scope: RequestScope

    func consents(of personID: UUID) async throws -> [ConsentModel] {
        try await ConsentModel.query(on: scope.db).filter(\.$person.$id == personID)
            .with(\.$representative).with(\.$text).with(\.$scan).sort(\.$signedOn, .descending).all()
    }

    func record(for personID: UUID, input: ConsentInput, scan: ScanUpload?) async throws -> ConsentModel {
        let (person, org, access) = try await PeopleService(scope: scope).managedPerson(personID)
        let representatives = try await RepresentativeService(scope: scope).representatives(of: personID)
        var failure = ValidationFailure()
        var checked: ConsentInput.Valid?
        let representativeIDs = try representatives.map { LegalRepresentative.ID(try $0.requireID()) }
        do {
            checked = try input.validated(
                for: person.details, representatives: representativeIDs, today: scope.today)
        } catch {
            failure = error
        }
        if let problem = scan.flatMap(Self.problem(with:)) { failure.add("scan", problem) }
        try failure.throwIfAny()
        let valid = checked!
        return try await scope.db.atomically { db in
            let text = try await Self.textVersion(valid.text, on: db)
            let consent = ConsentModel(
                personID: personID, kind: valid.kind, purpose: valid.purpose, signer: valid.signer,
                signedOn: valid.signedOn, validUntil: valid.validUntil, textID: try text.requireID())
            try await consent.create(on: db)
            if let scan {
                try await ConsentScanModel(
                    consentID: try consent.requireID(), fileName: scan.fileName, contentType: scan.contentType,
                    data: scan.data
                ).create(on: db)
            }
            try await AuditLog(scope: scope.on(db)).record(
                .create, .consent, objectID: consent.id, personID: personID, organizationID: org.id, role: access.role,
                fields: ConsentModel.auditFields + (scan == nil ? [] : ["scan"]))
            return consent
        }
    }

    /// Withdraws a consent today: processing stops at once (the status turns `withdrawn`) and the person's data
    /// is scheduled for anonymization.
    func withdraw(_ consentID: UUID, of personID: UUID) async throws {
        let (person, org, access) = try await PeopleService(scope: scope).managedPerson(personID)
        guard
            let consent = try await ConsentModel.query(on: scope.db)
                .filter(\.$id == consentID).filter(\.$person.$id == personID).first()
        else { throw DomainError.notFound }
        guard consent.withdrawnOn == nil else {
            throw ValidationFailure(fields: ["consent": "Согласие уже отозвано."])
        }
        let today = scope.today
        try await scope.db.atomically { db in
            try await Self.markWithdrawn(consent, of: person, on: today, db: db)
            try await AuditLog(scope: scope.on(db)).record(
                .withdraw, .consent, objectID: consentID, personID: personID, organizationID: org.id, role: access.role,
                fields: ["withdrawnOn"])
        }
    }

    /// Withdraws once (of two withdrawals at once, the second finds it done) and schedules the anonymization.
    static func markWithdrawn(
        _ consent: ConsentModel, of person: PersonModel, on today: CalendarDate,
        db: any Database
    ) async throws {
        try await ConsentModel.query(on: db).filter(\.$id == (try consent.requireID())).filter(\.$withdrawnOn == nil)
            .set(\.$withdrawnOn, to: today).update()
        consent.withdrawnOn = today
        let scheduled = person.anonymizeDueOn.flatMap(CalendarDate.init(parsing:))
        if let due = ConsentPolicy.anonymizationDue(afterWithdrawing: consent.consent.kind, on: today),
            person.anonymizedAt == nil, scheduled.map({ $0 > due }) ?? true
        {
            person.anonymizeDueOn = due.description
            try await person.save(on: db)
        }
    }

    func scan(_ consentID: UUID, of personID: UUID) async throws -> ConsentScanModel {
        let (_, org, access) = try await PeopleService(scope: scope).person(personID)
        guard
            let consent = try await ConsentModel.query(on: scope.db)
                .filter(\.$id == consentID).filter(\.$person.$id == personID).with(\.$scan).first(),
            let scan = consent.scan
        else { throw DomainError.notFound }
        try await AuditLog(scope: scope).record(
            .download, .consent, objectID: consentID, personID: personID,
            organizationID: org.id, role: access.role, fields: ["scan"])
        return scan
    }

    /// The stored version of a consent text: the same words always map to the same row.
    static func textVersion(_ body: String, on db: any Database) async throws -> ConsentTextModel {
        let hash = Secrets.sha256(body)
        if let existing = try await ConsentTextModel.query(on: db).filter(\.$sha256 == hash).first() { return existing }
        let text = ConsentTextModel(sha256: hash, body: body)
        try await text.create(on: db)
        return text
    }

    static func problem(with scan: ScanUpload) -> String? {
        if scan.data.isEmpty { return ScanUpload.emptyProblem }
        if scan.data.count > ScanUpload.maxBytes { return "Файл больше 5 МБ." }
        if !ScanUpload.allowedTypes.contains(scan.contentType) {
            return "Приложите скан в формате PDF, JPEG или PNG: содержимое этого файла не похоже ни на один из них."
        }
        return nil
    }
}
