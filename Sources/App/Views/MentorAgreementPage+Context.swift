import FluentKit
import Foundation
import MentoringCore
import Persistence

/// A pair's mentor papers: who signs what, the term from the order, the payment and signing dates, the documents.
struct MentorAgreementPageContext: FormContext {
    static let template = "mentorships/agreement"

    var meta: PageMeta
    var form: FormPage.Form
    var notice: String?
    var mentor: String
    var mentees: String
    var employee: Bool
    var term: String
    var order: String
    var state: String
    var signed: Bool
    var consentURL: String
    var agreementURL: String?
    /// The kept signed scans, to download.
    var scans: [Link]
    var manages: Bool

    init(
        meta: PageMeta, notice: String?, card: MentorAgreementCard, input: MentorAgreementInput?,
        failure: ValidationFailure?
    ) throws {
        let id = Slot.id(try card.mentorship.requireID())
        let agreement = card.agreement
        self.meta = meta
        self.notice = notice
        mentor = card.people.mentorName(card.mentorship)
        mentees = card.people.menteeNames(card.mentorship)
        employee = agreement.employee
        term = "\(card.mentorship.startsOn?.russian ?? "…") – \(card.mentorship.endsOn?.russian ?? "…")"
        order = card.order.map { "приказ \($0.reference)" } ?? "приказа о закреплении ещё нет"
        signed = agreement.isSigned
        state = agreement.missing.map { "Не подписано: \($0)." } ?? "Все документы подписаны."
        consentURL = SiteURL.mentorAgreementDocument(id, kind: .mentorConsent).path
        agreementURL = agreement.employee ? SiteURL.mentorAgreementDocument(id, kind: .mentorAgreement).path : nil
        scans = card.scans.sorted { $0.rawValue > $1.rawValue }.map { paper in
            Link(
                paper == .mentorAgreement ? "Скан подписанного соглашения" : "Скан подписанного согласия",
                .mentorPaperScan(id, paper: paper))
        }
        manages = card.access.manages
        let input = input ?? Self.input(agreement)
        let payments: [(String, String)] =
            [("monthly", "Сумма в месяц"), ("salary_share", "Доля должностного оклада")]
            + (agreement.employee ? [] : [("unpaid", "Без оплаты")])
        let scanHelp = "PDF, JPEG или PNG до 5 МБ; новый файл заменит прежний."
        var fields = [
            FormField(
                "payment", "Выплата за наставничество", kind: "select", value: input.payment, required: true,
                failure: failure,
                options: payments.map { .init(value: $0.0, title: $0.1, selected: $0.0 == input.payment) }),
            FormField("amount", "Сумма в месяц, ₽", value: input.amount, help: "Например, 5 000.", failure: failure),
            FormField("percent", "Доля оклада, %", value: input.percent, failure: failure),
            FormField(
                "consentSignedOn", "Согласие подписано", kind: "date", value: input.consentSignedOn, failure: failure),
            FormField("consentScan", "Скан подписанного согласия", kind: "file", help: scanHelp, failure: failure),
        ]
        if agreement.employee {
            fields += [
                FormField(
                    "agreementNumber", "Номер дополнительного соглашения", value: input.agreementNumber,
                    failure: failure),
                FormField(
                    "agreementSignedOn", "Соглашение подписано", kind: "date", value: input.agreementSignedOn,
                    failure: failure),
                FormField(
                    "agreementScan", "Скан подписанного соглашения", kind: "file", help: scanHelp, failure: failure),
            ]
        }
        form = .init(
            action: SiteURL.mentorAgreement(id).path, fields: fields, submitTitle: "Сохранить",
            cancelURL: SiteURL.mentorship(id).path, multipart: true)
    }

    /// The stored agreement as the form shows it.
    static func input(_ agreement: MentorAgreement) -> MentorAgreementInput {
        var input = MentorAgreementInput(
            consentSignedOn: agreement.consentSignedOn?.description, agreementNumber: agreement.agreementNumber,
            agreementSignedOn: agreement.agreementSignedOn?.description)
        switch agreement.payment {
        case .monthly(let kopecks):
            input.payment = "monthly"
            input.amount =
                kopecks % 100 == 0 ? String(kopecks / 100) : String(format: "%d,%02d", kopecks / 100, kopecks % 100)
        case .salaryShare(let percent): (input.payment, input.percent) = ("salary_share", String(percent))
        case .unpaid: input.payment = agreement.employee ? "monthly" : "unpaid"
        }
        return input
    }
}
