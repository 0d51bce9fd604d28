import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// Mentors' papers through the API: a pair's agreement (read, record), its documents, the organization's overview,
/// the rule, and a month's payments as JSON or XLSX.
struct APIMentorAgreementController: RouteCollection {
    struct AgreementDTO: Content {
        var mentorshipID: UUID
        var employee: Bool
        var payment: String
        var monthlyAmount: String?
        var salaryPercent: Int?
        var consentSignedOn: CalendarDate?
        var agreementNumber: String?
        var agreementSignedOn: CalendarDate?
        var signed: Bool
        var missing: String?
        var hasConsentScan: Bool
        var hasAgreementScan: Bool

        init(_ card: MentorAgreementCard) throws {
            let agreement = card.agreement
            mentorshipID = try card.mentorship.requireID()
            employee = agreement.employee
            switch agreement.payment {
            case .monthly(let kopecks): (payment, monthlyAmount) = ("monthly", Money.russian(kopecks))
            case .salaryShare(let percent): (payment, salaryPercent) = ("salary_share", percent)
            case .unpaid: payment = "unpaid"
            }
            consentSignedOn = agreement.consentSignedOn
            agreementNumber = agreement.agreementNumber
            agreementSignedOn = agreement.agreementSignedOn
            signed = agreement.isSigned
            missing = agreement.missing
            hasConsentScan = card.scans.contains(.mentorConsent)
            hasAgreementScan = card.scans.contains(.mentorAgreement)
        }
    }

    struct PaymentDTO: Content {
        var mentor: String
        var mentees: String
        var program: String
        var period: String
        var payment: String
        var days: Int
        var daysInMonth: Int
        var dueKopecks: Int?
    }

    struct OverviewDTO: Content {
        struct Pair: Content {
            var mentorshipID: UUID
            var mentor: String
            var status: String
            var missing: String?
        }
        var requiresSignedPapers: Bool
        var agreementNumbering: String?
        var pairs: [Pair]
    }

    struct Settings: Content { var requiresSignedPapers: Bool? }

    func boot(routes: any RoutesBuilder) throws {
        let agreement = routes.grouped("mentorships", ":mentorshipID", "agreement")
        agreement.get { req in try AgreementDTO(try await service(req).card(req.id("mentorshipID"))) }
        agreement.put { req in
            try AgreementDTO(
                try await service(req).save(req.id("mentorshipID"), try req.content.decode(MentorAgreementInput.self)))
        }
        agreement.get("document") { try await document($0, kind: .mentorAgreement) }
        agreement.get("consent", "document") { try await document($0, kind: .mentorConsent) }
        for (paper, path) in [
            (DocumentKind.mentorAgreement, agreement), (.mentorConsent, agreement.grouped("consent")),
        ] {
            path.on(.PUT, "scan", body: .collect(maxSize: "11mb")) { req in
                try AgreementDTO(
                    try await service(req).attach(
                        ScanUpload(req, field: "file"), paper: paper,
                        to: req.id("mentorshipID")))
            }
            path.get("scan") { req in
                let scan = try await service(req).scan(req.id("mentorshipID"), paper: paper)
                return FileDownload.response(scan.data, fileName: scan.fileName, contentType: scan.contentType)
            }
        }
        let organization = routes.grouped("organizations", ":organizationID")
        organization.get("mentor-agreements", use: overview)
        organization.put("mentor-agreements", "settings", use: settings)
        organization.put("mentor-agreements", "numbering", use: numbering)
        organization.get("mentor-payments", use: payments)
        organization.get("mentor-payments", "document") { req in
            let list = try await MentorPaymentService(scope: req.scope()).export(
                req.id("organizationID"), month: req.query[String.self, at: "month"])
            return try FileDownload.tabular(list, name: "Выплаты наставникам", format: "xlsx", req: req)
        }
    }

    private func service(_ req: Request) throws -> MentorAgreementService {
        MentorAgreementService(scope: try req.scope())
    }

    func document(_ req: Request, kind: DocumentKind) async throws -> Response {
        let (data, name) = try await service(req).document(req.id("mentorshipID"), kind: kind)
        return FileDownload.response(data, fileName: name + ".docx", contentType: nil)
    }

    func numbering(req: Request) async throws -> APIOrderController.Numbering {
        let service = try NumberingService(scope: req.scope())
        let id = try req.id("organizationID")
        let pattern = try await service.set(
            id, kind: .mentorAgreement,
            pattern: try req.content.decode(APIOrderController.Numbering.self).numbering)
        let next = try await service.nextAgreement(in: id, year: req.clock.today.year, on: service.scope.db)
        return APIOrderController.Numbering(numbering: pattern, next: next)
    }

    func overview(req: Request) async throws -> OverviewDTO {
        let (org, _, rows) = try await service(req).overview(req.id("organizationID"))
        return OverviewDTO(
            requiresSignedPapers: org.requiresMentorAgreement, agreementNumbering: org.agreementNumbering,
            pairs: rows.map {
                .init(
                    mentorshipID: $0.mentorship, mentor: $0.mentor, status: $0.status.rawValue,
                    missing: $0.missing)
            })
    }

    func settings(req: Request) async throws -> OverviewDTO {
        // Who may not change the organization learns that first, whatever the body.
        _ = try await OrganizationDirectory(scope: req.scope()).managedOrganization(req.id("organizationID"))
        guard let required = try req.content.decode(Settings.self).requiresSignedPapers else {
            throw ValidationFailure(fields: ["requiresSignedPapers": "Передайте true или false."])
        }
        try await service(req).setRequirement(req.id("organizationID"), required: required)
        return try await overview(req: req)
    }

    func payments(req: Request) async throws -> [PaymentDTO] {
        let month = try MentorPaymentService.month(req.query[String.self, at: "month"], today: req.clock.today)
        let (_, rows) = try await MentorPaymentService(scope: req.scope()).rows(
            req.id("organizationID"), year: month.year, month: month.month)
        return rows.map {
            PaymentDTO(
                mentor: $0.mentor, mentees: $0.mentees, program: $0.program, period: $0.period,
                payment: $0.payment.title, days: $0.month.days, daysInMonth: $0.month.daysInMonth,
                dueKopecks: $0.month.dueKopecks)
        }
    }
}
