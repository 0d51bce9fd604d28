import Foundation
import MentoringCore

/// The audit log in a curator's words: Moscow time, people's names for the system's own actors, and field names as
/// the forms title them. A field without a title here is shown as stored.
enum AuditWording {
    static let actors = [
        "console": "Консоль сервера (администратор)", "respondent-link": "Участник по личной ссылке анкеты",
        "feedback-link": "Участник по ссылке обратной связи", "consent-link": "Представитель по ссылке согласия",
    ]

    static let fields = [
        "surname": "фамилия", "givenName": "имя", "patronymic": "отчество", "birthDate": "дата рождения", "sex": "пол",
        "categories": "категории", "grade": "класс", "position": "должность", "subjects": "предметы",
        "teachingExperienceYears": "стаж", "isYoungSpecialist": "молодой специалист", "email": "e-mail",
        "phone": "телефон", "partnerName": "организация-партнёр", "fullName": "ФИО", "relation": "кем приходится",
        "kind": "вид", "purpose": "цель", "signedBy": "кто подписал", "signedOn": "дата подписи",
        "validUntil": "действует до", "text": "текст", "scan": "скан", "password": "пароль", "login": "логин",
        "displayName": "имя в системе", "grants": "роли", "name": "название", "title": "название", "status": "статус",
        "details": "реквизиты", "municipality": "муниципалитет", "blocked": "блокировка", "deleted": "удаление",
        "consents": "согласия", "person": "участник", "number": "номер", "date": "дата", "activity": "мероприятие",
    ]

    /// `20.11.2026 15:04:05` in Moscow, as every other time on the site.
    static func moment(_ date: Date) -> String { date.moscow("dd.MM.yyyy HH:mm:ss") }

    static func actor(_ stored: String) -> String { actors[stored] ?? stored }

    /// The touched fields, titled; a questionnaire's answers (`q_…`) are counted, not listed.
    static func fields(_ stored: String) -> String {
        let names = stored.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let answers = names.filter { $0.hasPrefix("q_") }.count
        let titled = names.filter { !$0.hasPrefix("q_") }.map { fields[$0] ?? $0 }
        return (titled + (answers > 0 ? ["ответы анкеты: \(answers)"] : [])).joined(separator: ", ")
    }
}
