import Documents
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The organization's mentor papers: the rule, the open pairs with what is unsigned, and a month's payments.
struct MentorAgreementsContext: Encodable, Sendable {
    struct Pair: Encodable, Sendable {
        var url: String
        var mentor: String
        var mentees: String
        var status: String
        var papers: String
        var signed: Bool
        var payment: String
    }

    struct Payment: Encodable, Sendable {
        var mentor: String
        var mentees: String
        var program: String
        var period: String
        var payment: String
        var days: String
        var due: String
    }

    var meta: PageMeta
    var notice: String?
    var manages: Bool
    var required: Bool
    var settingsAction: String
    var numbering: NumberingSection?
    var pairs: [Pair]
    var month: String
    var monthTitle: String
    var payments: [Payment]
    var xlsxURL: String
    var csvURL: String
    var error: String?

    init(
        meta: PageMeta, notice: String?, organization: OrganizationModel, access: OrganizationAccess,
        rows: [MentorPapersRow], month: (year: Int, month: Int), payments: [MentorPaymentRow], error: String?,
        numbering: (typed: String?, problem: String?) = (nil, nil)
    ) throws {
        let id = Slot.id(try organization.requireID())
        self.meta = meta
        self.notice = notice
        self.error = error
        manages = access.manages
        required = organization.requiresMentorAgreement
        settingsAction = SiteURL.mentorAgreementSettings(id).path
        self.numbering =
            access.manages
            ? NumberingSection(
                "дополнительных соглашений", action: .mentorAgreementNumbering(id),
                pattern: numbering.typed ?? organization.agreementNumbering, problem: numbering.problem,
                when: "Соглашение с датой подписания без номера получает следующий.") : nil
        pairs = rows.map {
            Pair(
                url: SiteURL.mentorAgreement(.id($0.mentorship)).path, mentor: $0.mentor, mentees: $0.mentees,
                status: $0.status.title, papers: $0.missing.map { "не подписано: \($0)" } ?? "подписаны",
                signed: $0.missing == nil, payment: $0.payment)
        }
        self.month = String(format: "%04d-%02d", month.year, month.month)
        monthTitle = MentorPaymentTable.monthTitle(month.year, month.month)
        self.payments = payments.map { row in
            Payment(
                mentor: row.mentor, mentees: row.mentees, program: row.program, period: row.period,
                payment: row.payment.title, days: "\(row.month.days) из \(row.month.daysInMonth)",
                due: MentorPaymentTable.due(row))
        }
        xlsxURL = SiteURL.mentorPayments(id, format: "xlsx").path + "?month=" + self.month
        csvURL = SiteURL.mentorPayments(id, format: "csv").path + "?month=" + self.month
    }
}
