@testable import Documents
import Foundation
import Testing

/// People lists from schools we have never seen: headers that name who the people are, and experience in words.
@Suite struct PeopleListTests {
    @Test(arguments: [("Ученик", PeopleColumn.fullName), ("Обучающийся", .fullName), ("Педагог", .fullName),
                      ("Ф.И.О.", .fullName), ("Родился", .birthDate), ("Родилась", .birthDate),
                      ("Дата рождения", .birthDate), ("Пед. стаж", .experience)])
    func headersAreRecognised(header: String, column: PeopleColumn) {
        #expect(PeopleColumn.recognize(header) == column)
    }

    @Test(arguments: [("23 года", "23"), ("1 год", "1"), ("6 мес.", "0"), ("12", "12"), ("12,5", "12"),
                      ("1 год 6 мес.", "1"), ("5 лет", "5"), ("18 мес.", "1"), ("около десяти", "около десяти")])
    func experienceIsReadInWords(text: String, years: String) {
        #expect(PeopleTable.experienceYears(text) == years)
    }
}
