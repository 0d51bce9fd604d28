import FluentKit
import Foundation
import MentoringCore

/// The papers of one pair's or group's mentor: consent, additional agreement, payment.
package final class MentorAgreementModel: Model, @unchecked Sendable {
    package static let schema = "mentor_agreements"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "mentorship_id") package var mentorship: MentorshipModel
    @Parent(key: "organization_id") package var organization: OrganizationModel
    @Field(key: "employee") package var employee: Bool
    @Field(key: "payment_kind") package var paymentKind: String
    @Field(key: "payment_value") package var paymentValue: Int
    @OptionalField(key: "consent_signed_on") package var consentSignedOn: CalendarDate?
    @OptionalField(key: "agreement_number") package var agreementNumber: String?
    @OptionalField(key: "agreement_signed_on") package var agreementSignedOn: CalendarDate?
    /// The year of the agreement's number, which is unique in it: the year it was signed.
    @OptionalField(key: "agreement_year") package var agreementYear: Int?
    @Field(key: "edited_by") package var editedBy: String
    @Field(key: "edited_at") package var editedAt: Date

    package init() {}

    package var properties: [any AnyProperty] {
        declared([
            $id, $mentorship, $organization, $employee, $paymentKind, $paymentValue, $consentSignedOn, $agreementNumber,
            $agreementSignedOn, $agreementYear, $editedBy, $editedAt,
        ])
    }

    package var agreement: MentorAgreement {
        get {
            let payment: MentorAgreement.Payment =
                switch paymentKind {
                case "monthly": .monthly(kopecks: paymentValue)
                case "salary_share": .salaryShare(percent: paymentValue)
                default: .unpaid
                }
            return MentorAgreement(
                employee: employee, payment: payment, consentSignedOn: consentSignedOn,
                agreementNumber: agreementNumber, agreementSignedOn: agreementSignedOn)
        }
        set {
            employee = newValue.employee
            switch newValue.payment {
            case .monthly(let kopecks): (paymentKind, paymentValue) = ("monthly", kopecks)
            case .salaryShare(let percent): (paymentKind, paymentValue) = ("salary_share", percent)
            case .unpaid: (paymentKind, paymentValue) = ("unpaid", 0)
            }
            consentSignedOn = newValue.consentSignedOn
            agreementNumber = newValue.agreementNumber
            agreementSignedOn = newValue.agreementSignedOn
            agreementYear = newValue.agreementNumber == nil ? nil : newValue.agreementSignedOn?.year
        }
    }
}
