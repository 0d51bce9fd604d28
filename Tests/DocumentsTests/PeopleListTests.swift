import Foundation
import Testing

@testable import Documents

/// People lists from schools we have never seen: headers that name who the people are, and experience in words.
@Suite struct PeopleListTests {
    @Test(arguments: [
        ("Ученик", PeopleColumn.fullName), ("Обучающийся", .fullName), ("Педагог", .fullName),
        ("Ф.И.О.", .fullName), ("Родился", .birthDate), ("Родилась", .birthDate),
        ("Дата рождения", .birthDate), ("Пед. стаж", .experience),
    ])
    func headersAreRecognised(header: String, column: PeopleColumn) {
        #expect(PeopleColumn.recognize(header) == column)
    }

    @Test(arguments: [
        ("23 года", "23"), ("1 год", "1"), ("6 мес.", "0"), ("12", "12"), ("12,5", "12"),
        ("1 год 6 мес.", "1"), ("5 лет", "5"), ("18 мес.", "1"), ("около десяти", "около десяти"),
    ])
    func experienceIsReadInWords(text: String, years: String) {
        #expect(PeopleTable.experienceYears(text) == years)
    }

    /// What schools write under a list: each ends the table, and nothing after it is read as a person.
    @Test(arguments: [
        "Классный руководитель: ____________ / Петрова А. А.", "Классный руководитель:",
        "Исполнитель: Петрова А. А.", "Подпись ___________", "М. П.", "\t\t______________",
    ])
    func aSignatureUnderTheListEndsIt(footer: String) throws {
        let text = """
            Список педагогов
            ФИО\tДолжность\tСтаж
            Иванова Мария Петровна\tучитель математики\t23 года
            Петров Олег Ильич\tучитель физики\t6 мес.
            \(footer)
            Дата: 01.09.2025\t
            """
        let table = try PeopleTable(TabularDocument(text: text.replacingOccurrences(of: "\n", with: "\t\n")))
        #expect(table.rows.map(\.line) == [3, 4])
    }

    @Test func aNameAloneIsNotTheEndOfTheList() throws {
        #expect(!PeopleTable.endsTable(["Иванова Мария Петровна", "", ""]))
        #expect(!PeopleTable.endsTable(["Иванова Мария Петровна", "учитель: математика"]))
    }
}
