import Foundation

/// The words competencies and requests are chosen from, so that a mentor's «методика преподавания предмета»
/// and a mentee's request for it are the same term and can be matched.
public struct Vocabulary: Equatable, Sendable {
    /// Teachers' needs differ from students': each group has its own list.
    public enum Group: String, CaseIterable, Codable, Sendable {
        case pedagogical
        case student

        public var title: String {
            switch self {
            case .pedagogical: "Для педагогов"
            case .student: "Для обучающихся"
            }
        }
    }

    public var group: Group
    public var terms: [String]

    public init(group: Group, terms: [String]) {
        self.group = group
        self.terms = terms
    }

    /// The term as the vocabulary writes it, found whatever the case and spacing of `text`.
    public func term(matching text: String) -> String? {
        let key = Self.key(text)
        return terms.first { Self.key($0) == key }
    }

    /// The form two spellings of the same words share: lower case, «ё» as «е», single spaces.
    public func normalized(_ text: String) -> String { Self.key(text) }

    static func key(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "ё", with: "е").split(whereSeparator: \.isWhitespace).joined(
            separator: " ")
    }

    /// Terms typed one per line: blank lines and repeats dropped, order kept.
    public static func terms(fromLines text: String) throws(ValidationFailure) -> [String] {
        var terms: [String] = []
        var keys = Set<String>()
        for line in text.split(whereSeparator: \.isNewline) {
            let term = line.trimmingCharacters(in: .whitespaces)
            guard !term.isEmpty, keys.insert(key(term)).inserted else { continue }
            if term.count > 120 {
                throw ValidationFailure(fields: [
                    "terms": "Каждый пункт — не длиннее 120 символов: «\(term.prefix(40))…»."
                ])
            }
            terms.append(term)
        }
        if terms.isEmpty { throw ValidationFailure(fields: ["terms": "Нужен хотя бы один пункт."]) }
        if terms.count > 300 { throw ValidationFailure(fields: ["terms": "Не больше 300 пунктов."]) }
        return terms
    }

    /// The lists shipped with the product; a curator or an authority edits their own copy.
    public static func standard(_ group: Group) -> Vocabulary {
        switch group {
        case .pedagogical:
            Vocabulary(
                group: group,
                terms: [
                    "Методика преподавания предмета", "Проектирование урока", "Управление классом и дисциплина",
                    "Работа с родителями", "Подготовка к ОГЭ и ЕГЭ", "Цифровые инструменты и электронное обучение",
                    "Инклюзивное образование", "Проектная и исследовательская деятельность", "Воспитательная работа",
                    "Классное руководство", "Ведение документации", "Профессиональная коммуникация",
                    "Адаптация в коллективе", "Оценивание и обратная связь", "Работа с одарёнными детьми",
                    "Функциональная грамотность", "Профилактика выгорания", "Подготовка к аттестации",
                    "Участие в профессиональных конкурсах",
                ])
        case .student:
            Vocabulary(
                group: group,
                terms: [
                    "Математика", "Русский язык", "Литература", "Иностранный язык", "Физика", "Химия", "Биология",
                    "История и обществознание", "Информатика и программирование", "Подготовка к олимпиадам",
                    "Проектная деятельность", "Профориентация", "Лидерство", "Адаптация в новом коллективе",
                    "Общение и уверенность в себе", "Творчество", "Спорт и здоровый образ жизни", "Волонтёрство",
                    "Подготовка к ОГЭ и ЕГЭ", "Учёба и организация времени",
                ])
        }
    }
}
