import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// One line of the month's payments: a mentor, a pair, the days it was in force and what is due.
struct MentorPaymentRow {
    var mentor: String
    var mentees: String
    var program: String
    var payment: MentorAgreement.Payment
    var period: String
    var month: MentorPayment
}

/// The accountant's table for a month: every paid agreement of the organization's pairs with the days the pair was in
/// force that month — from the day the order fixed it to the day it ended, or to the end of its term.
struct MentorPaymentService {
    let scope: RequestScope

    /// `2026-11` or `11.2026`; today's month when nothing is given.
    static func month(_ text: String?, today: CalendarDate) throws -> (year: Int, month: Int) {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            return (today.year, today.month)
        }
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "." }).map(String.init)
        let (year, month) = parts.first?.count == 4 ? (parts.first, parts.last) : (parts.last, parts.first)
        guard parts.count == 2, let y = year.flatMap({ Int($0) }), let m = month.flatMap({ Int($0) }),
            (2000...2100).contains(y), (1...12).contains(m)
        else { throw ValidationFailure(fields: ["month": "Укажите месяц как ГГГГ-ММ, например 2026-11."]) }
        return (y, m)
    }

    /// The month the address asks for (`month=`, today's by default) as the accountant's table.
    func export(_ organizationID: UUID, month text: String?) async throws -> ListExport {
        let month = try Self.month(text, today: scope.today)
        let (org, rows) = try await rows(organizationID, year: month.year, month: month.month)
        return MentorPaymentTable.list(org, year: month.year, month: month.month, rows: rows)
    }

    func rows(_ organizationID: UUID, year: Int, month: Int) async throws -> (OrganizationModel, [MentorPaymentRow]) {
        let (org, access) = try await OrganizationDirectory(scope: scope).organization(organizationID)
        guard access.readsAll else { throw DomainError.notFound }
        let agreements = try await MentorAgreementModel.query(on: scope.db)
            .filter(\.$organization.$id == organizationID).filter(\.$paymentKind != "unpaid").all()
        let mentorships = try await MentorshipModel.query(on: scope.db)
            .filter(\.$id ~~ agreements.map { $0.$mentorship.id }).filter(\.$status != MentorshipStatus.draft)
            .with(\.$mentees).with(\.$program).all()
        let people = try await MentorshipPeople.load(mentorships, access: access, scope: scope)
        let byID = Dictionary(uniqueKeysWithValues: try mentorships.map { (try $0.requireID(), $0) })
        var rows: [MentorPaymentRow] = []
        for agreement in agreements {
            guard let mentorship = byID[agreement.$mentorship.id], let start = mentorship.startsOn else { continue }
            let end = mentorship.status.isClosed ? mentorship.closedOn ?? mentorship.endsOn : mentorship.endsOn
            let payment = agreement.agreement.payment
            guard let due = MentorPayment.month(year, month, payment: payment, from: start, to: end) else { continue }
            rows.append(
                MentorPaymentRow(
                    mentor: people.mentorName(mentorship), mentees: people.menteeNames(mentorship),
                    program: mentorship.program.title, payment: payment,
                    period: "\(start.russian) – \(end?.russian ?? "…")", month: due))
        }
        try await AuditLog(scope: scope).record(
            .list, .mentorAgreement, organizationID: org.id, role: access.role, fields: ["payments"])
        return (org, rows.sorted { ($0.mentor, $0.mentees) < ($1.mentor, $1.mentees) })
    }
}
