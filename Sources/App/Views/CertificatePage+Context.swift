import FluentKit
import Foundation
import MentoringCore
import Persistence

/// A person's certificates of no criminal record: where they stand, the history, and the form to record a new one.
struct CertificatePageContext: FormContext {
    static let template = "people/certificates"

    struct Row: Encodable, Sendable {
        var number: String
        var issuedOn: String
        var issuedBy: String
        var scanURL: String?
    }

    var meta: PageMeta
    var form: FormPage.Form
    var notice: String?
    var status: String
    var statusCode: String
    /// An adult who is not the organization's teacher or head: the certificate is asked for before minors.
    var required: Bool
    var validityMonths: Int
    var certificates: [Row]
    var canRecord: Bool
    var rosterURL: String

    init(
        meta: PageMeta, notice: String?, card: CertificateCard, validityMonths: Int,
        input: CriminalRecordCertificateInput, failure: ValidationFailure?
    ) throws {
        let person = try card.person.requireID()
        self.meta = meta
        self.notice = notice
        status = card.status.title
        statusCode = card.status.code
        required = card.concerned
        self.validityMonths = validityMonths
        certificates = card.history.map {
            Row(
                number: $0.certificate.number, issuedOn: $0.certificate.issuedOn.russian,
                issuedBy: $0.certificate.issuedBy,
                scanURL: $0.hasScan ? SiteURL.certificateScan(person: .id(person), certificate: .id($0.id)).path : nil)
        }
        canRecord = card.access.manages
        rosterURL = SiteURL.organizationCertificates(.id(try card.organization.requireID())).path
        form = .init(
            action: SiteURL.personCertificates(.id(person)).path,
            fields: [
                FormField("number", "Номер справки", value: input.number, required: true, failure: failure),
                FormField(
                    "issuedOn", "Дата выдачи", kind: "date", value: input.issuedOn, required: true, failure: failure),
                FormField(
                    "issuedBy", "Кем выдана", value: input.issuedBy, required: true,
                    help: "Например, ИЦ ГУ МВД России по Нижегородской области.", failure: failure),
                FormField("scan", "Скан справки", kind: "file", help: "PDF, JPEG или PNG до 5 МБ.", failure: failure),
            ],
            submitTitle: "Внести справку", cancelURL: SiteURL.person(.id(person)).path, multipart: true)
    }
}

/// The organization's mentors of minors who need a certificate, those to act on first, and the validity setting.
struct CertificateRosterContext: Encodable, Sendable {
    struct Row: Encodable, Sendable {
        var name: String
        var url: String
        var role: String
        var programs: String
        var status: String
        var statusCode: String
    }

    var meta: PageMeta
    var notice: String?
    var problem: String?
    var validityMonths: Int
    /// The validity, as typed when a change was refused, with the message by it.
    var field: FormField
    var attention: Int
    var rows: [Row]
    var canManage: Bool
    var action: String

    init(meta: PageMeta, notice: String?, roster: CertificateRoster, typed: String?, problem: String?) throws {
        self.meta = meta
        self.notice = notice
        self.problem = problem
        validityMonths = roster.validityMonths
        field = FormField(
            "validityMonths", "Организация принимает справку, месяцев со дня выдачи",
            value: typed ?? String(roster.validityMonths), required: true,
            failure: problem.map { ValidationFailure(fields: ["validityMonths": $0]) })
        attention = roster.attentionCount
        rows = roster.rows.map {
            Row(
                name: $0.name, url: SiteURL.personCertificates(.id($0.personID)).path, role: $0.role,
                programs: $0.programs.joined(separator: ", "), status: $0.status.title, statusCode: $0.status.code)
        }
        canManage = roster.access.manages
        action = SiteURL.organizationCertificates(.id(try roster.organization.requireID())).path
    }
}
