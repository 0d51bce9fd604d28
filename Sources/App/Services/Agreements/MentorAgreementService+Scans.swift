import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The signed scans of a mentor's consent and additional agreement: one per paper, a new upload replaces the old.
extension MentorAgreementService {
    /// The form's field of a paper's scan.
    static func scanField(_ paper: DocumentKind) -> String {
        paper == .mentorAgreement ? "agreementScan" : "consentScan"
    }

    /// What is wrong with a scan of that paper for this pair; nil when it can be kept.
    static func problem(with scan: ScanUpload, paper: DocumentKind, _ card: MentorAgreementCard) -> String? {
        if paper == .mentorAgreement && !card.agreement.employee {
            return "Наставник не работник организации: дополнительное соглашение не заключается."
        }
        return ConsentService.problem(with: scan)
    }

    /// Keeps the scan of one paper, replacing the one before.
    func attach(_ scan: ScanUpload?, paper: DocumentKind, to mentorshipID: UUID) async throws -> MentorAgreementCard {
        let card = try await managedCard(mentorshipID)
        guard let scan else { throw ValidationFailure(fields: ["file": ScanUpload.missingProblem]) }
        if let problem = Self.problem(with: scan, paper: paper, card) {
            throw ValidationFailure(fields: ["file": problem])
        }
        try await DatabaseContention.againIfDuplicate { try await write(card.agreement, card, scans: [paper: scan]) }
        return try await self.card(mentorshipID)
    }

    /// The kept scan of a paper; 404 when there is none. The download is audited as the mentor's personal data.
    func scan(_ mentorshipID: UUID, paper: DocumentKind) async throws -> ScanUpload {
        let card = try await card(mentorshipID)
        guard
            let scan = try await MentorPaperScanModel.query(on: scope.db).filter(\.$mentorship.$id == mentorshipID)
                .filter(\.$paper == paper).first()
        else { throw DomainError.notFound }
        try await AuditLog(scope: scope).record(
            .download, .mentorAgreement, objectID: mentorshipID,
            personID: card.people.mentor(of: card.mentorship)?
                .person.id, organizationID: card.access.organization.id, role: card.access.role,
            fields: [Self.scanField(paper)])
        return ScanUpload(fileName: scan.fileName, data: scan.data)
    }

    func keep(_ scan: ScanUpload, paper: DocumentKind, of mentorshipID: UUID, on db: any Database) async throws {
        let model =
            try await MentorPaperScanModel.query(on: db).filter(\.$mentorship.$id == mentorshipID)
            .filter(\.$paper == paper).first() ?? MentorPaperScanModel()
        model.$mentorship.id = mentorshipID
        model.paper = paper
        (model.fileName, model.contentType, model.data) = (scan.fileName, scan.contentType, scan.data)
        (model.uploadedBy, model.uploadedAt) = (scope.user.displayName, scope.now)
        try await model.save(on: db)
    }
}
