import Foundation

/// What a column of a people list holds, recognized from its header the way schools write them.
public enum PeopleColumn: String, CaseIterable, Codable, Sendable {
    case fullName = "full_name"
    case surname
    case givenName = "given_name"
    case patronymic
    case birthDate = "birth_date"
    case sex
    case category
    case grade
    case position
    case subjects
    case experience
    case youngSpecialist = "young_specialist"
    case email
    case phone

    public var title: String {
        switch self {
        case .fullName: "ФИО"
        case .surname: "Фамилия"
        case .givenName: "Имя"
        case .patronymic: "Отчество"
        case .birthDate: "Дата рождения"
        case .sex: "Пол"
        case .category: "Категория"
        case .grade: "Класс"
        case .position: "Должность"
        case .subjects: "Предмет"
        case .experience: "Стаж"
        case .youngSpecialist: "Молодой специалист"
        case .email: "E-mail"
        case .phone: "Телефон"
        }
    }

    /// The column a header names, or nil for a column to skip (№, notes).
    public static func recognize(_ header: String) -> PeopleColumn? {
        let h = header.lowercased().replacingOccurrences(of: "ё", with: "е")
            .components(separatedBy: CharacterSet.letters.union(.decimalDigits).inverted).filter { !$0.isEmpty }.joined(
                separator: " ")
        let compact = h.replacingOccurrences(of: " ", with: "")
        if compact.hasPrefix("фио") || (h.contains("фамилия") && h.contains("имя")) { return .fullName }
        // A column headed by who the people are («Ученик», «Обучающийся», «Педагог») holds their full names.
        let people = [
            "ученик", "ученица", "обучающийся", "обучающиеся", "учащийся", "учащиеся", "студент", "педагог",
            "учитель", "сотрудник", "работник", "участник", "наставник", "наставляемый",
        ]
        if people.contains(h) { return .fullName }
        if h.contains("фамилия") { return .surname }
        if h.contains("отчество") { return .patronymic }
        if h == "имя" || h.hasPrefix("имя ") { return .givenName }
        if h.contains("рожд") || h.hasPrefix("родил") || compact == "др" { return .birthDate }
        if h == "пол" { return .sex }
        if h.contains("молод") { return .youngSpecialist }
        if h.contains("категор") || h == "роль" { return .category }
        if h.contains("класс") || h.contains("группа") { return .grade }
        if h.contains("должност") { return .position }
        if h.contains("предмет") || h.contains("дисциплин") { return .subjects }
        if h.contains("стаж") { return .experience }
        if h.contains("mail") || h.contains("почт") { return .email }
        if h.contains("телефон") || h.hasPrefix("тел") { return .phone }
        return nil
    }

    /// Columns that together name a person: ФИО, or at least surname and given name.
    static func namesPerson(_ columns: [PeopleColumn?]) -> Bool {
        columns.contains(.fullName) || (columns.contains(.surname) && columns.contains(.givenName))
    }
}
