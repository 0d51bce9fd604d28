import Documents
import Foundation
import MentoringCore
import Persistence

/// The month's payments as the accountant's table.
enum MentorPaymentTable {
    static let months = [
        "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь",
        "декабрь",
    ]

    static func monthTitle(_ year: Int, _ month: Int) -> String { "\(months[month - 1]) \(year) года" }

    static func due(_ row: MentorPaymentRow) -> String {
        if let kopecks = row.month.dueKopecks { return Money.russian(kopecks) }
        if case .salaryShare(let percent) = row.payment {
            return "\(percent) % оклада × \(row.month.days)/\(row.month.daysInMonth)"
        }
        return "—"
    }

    static func list(_ org: OrganizationModel, year: Int, month: Int, rows: [MentorPaymentRow]) -> ListExport {
        ListExport(
            organization: org.fullName, title: "Выплаты наставникам за \(monthTitle(year, month))",
            subtitle: "Дополнительные соглашения к трудовым договорам (ст. 351.8 ТК РФ)",
            header: [
                "Наставник", "Наставляемые", "Программа", "Срок наставничества", "Выплата", "Дней в месяце",
                "К выплате",
            ],
            widths: [18, 22, 14, 14, 12, 8, 12],
            rows: rows.map {
                [
                    $0.mentor, $0.mentees, $0.program, $0.period, $0.payment.title, "\($0.month.days)",
                    due($0),
                ]
            })
    }
}
