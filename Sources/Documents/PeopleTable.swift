import Foundation
import MentoringCore

/// A people list read from a spreadsheet: the header found, each column's meaning, and every row as a person form.
public struct PeopleTable: Sendable {
    public struct Row: Sendable {
        /// The row's number in the file, as the curator sees it in Excel.
        public var line: Int
        public var cells: [String]
    }

    public var header: [String]
    public var rows: [Row]
    /// The meaning of each column; nil to skip it. Detected from the header, then confirmed by the curator.
    public var mapping: [PeopleColumn?]

    /// Finds the header among the first rows: the first one that names a person and at least one more column.
    public init(_ document: TabularDocument) throws(DocumentError) {
        let rows = document.blocks.compactMap { block -> Row? in
            if case .row(let cells, let line) = block { Row(line: line, cells: cells.map(CellText.flat)) } else { nil }
        }
        guard
            let headerIndex = rows.prefix(15).firstIndex(where: { row in
                let columns = row.cells.map(PeopleColumn.recognize)
                return PeopleColumn.namesPerson(columns) && columns.compactMap { $0 }.count >= 2
            })
        else {
            throw .noPeopleColumns
        }
        header = rows[headerIndex].cells
        mapping = header.map(PeopleColumn.recognize)
        self.rows = Array(rows[(headerIndex + 1)...].prefix { !Self.endsTable($0.cells) })
    }

    /// A signature or a note under the table ends it: «Классный руководитель: ____», «Подпись», «М. П.»,
    /// or a lone «Исполнитель: Петрова А. А.» cell.
    static func endsTable(_ cells: [String]) -> Bool {
        let filled = cells.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let text = filled.joined(separator: " ").lowercased()
        if text.contains("___") || text.hasPrefix("подпись") || text.hasPrefix("м.п") || text.hasPrefix("м. п") {
            return true
        }
        guard filled.count == 1, let colon = text.firstIndex(of: ":") else { return false }
        let label = text[..<colon].split(separator: " ")
        return (1...4).contains(label.count) && label.allSatisfy { $0.allSatisfy(\.isLetter) }
    }

    /// Every row as a person form; a student's class alone makes a student, a position or subject a teacher,
    /// otherwise `defaultCategory`.
    public func inputs(defaultCategory: Person.Category) -> [(line: Int, input: PersonInput)] {
        rows.map { row in
            var values: [PeopleColumn: String] = [:]
            for (index, column) in mapping.enumerated() {
                guard let column, index < row.cells.count else { continue }
                let text = row.cells[index].trimmingCharacters(in: .whitespaces)
                if !text.isEmpty { values[column] = values[column].map { "\($0) \(text)" } ?? text }
            }
            return (row.line, Self.input(values, defaultCategory: defaultCategory))
        }
    }

    static func input(_ values: [PeopleColumn: String], defaultCategory: Person.Category) -> PersonInput {
        var input = PersonInput()
        if let full = values[.fullName] {
            let parts = full.split(whereSeparator: \.isWhitespace).map(String.init)
            input.surname = parts.first
            input.givenName = parts.count > 1 ? parts[1] : nil
            input.patronymic = parts.count > 2 ? parts[2...].joined(separator: " ") : nil
        }
        input.surname = values[.surname] ?? input.surname
        input.givenName = values[.givenName] ?? input.givenName
        input.patronymic = values[.patronymic] ?? input.patronymic
        input.birthDate = values[.birthDate].map(Self.date)
        input.sex = values[.sex].flatMap(Self.sex)
        input.grade = values[.grade]
        input.position = values[.position]
        input.subjects = values[.subjects]
        input.teachingExperienceYears = values[.experience].map(Self.experienceYears)
        input.isYoungSpecialist = values[.youngSpecialist].map {
            ["да", "+", "1", "yes", "молодой специалист"].contains($0.lowercased()) ? "true" : ""
        }
        input.email = values[.email]
        input.phone = values[.phone]
        let category =
            values[.category].flatMap(Self.category)
            ?? (input.grade != nil
                ? .student : (input.position != nil || input.subjects != nil ? .teacher : defaultCategory))
        input.categories = [category.rawValue]
        return input
    }

    /// Whole years of experience as lists write them: «23 года», «1 год 6 мес.», «12», «12,5» → the years; «6 мес.»
    /// → 0. Anything else passes through for the form's own message.
    static func experienceYears(_ text: String) -> String {
        let words = text.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "," || $0 == "." })
        guard let first = words.first, let number = Int(first) else { return text }
        if words.count > 1, words[1].hasPrefix("мес") { return number >= 12 ? String(number / 12) : "0" }
        let unit = words.count > 1 ? String(words[1]) : ""
        return unit.isEmpty || unit.hasPrefix("г") || unit.hasPrefix("л") || Int(unit) != nil ? String(number) : text
    }

    /// Spreadsheets keep dates as day numbers since 30.12.1899 (`Workbook.dayZero`); text dates pass through.
    static func date(_ text: String) -> String {
        guard let serial = Int(text), (1...80_000).contains(serial) else { return text }
        return Workbook.dayZero.adding(days: serial).russian
    }

    static func sex(_ text: String) -> String? {
        switch text.lowercased().prefix(1) {
        case "ж", "f": "female"
        case "м", "m": "male"
        default: nil
        }
    }

    static func category(_ text: String) -> Person.Category? {
        let t = text.lowercased()
        if t.contains("студент") { return .universityStudent }
        if t.contains("учени") || t.contains("обучающ") || t.contains("школьник") { return .student }
        if t.contains("работодат") || t.contains("предприят") { return .employerRepresentative }
        if t.contains("руковод") || t.contains("директор") || t.contains("заведующ") { return .head }
        if t.contains("педагог") || t.contains("учител") || t.contains("воспитател") || t.contains("преподав") {
            return .teacher
        }
        return Person.Category.allCases.first { $0.title.lowercased() == t }
    }
}
