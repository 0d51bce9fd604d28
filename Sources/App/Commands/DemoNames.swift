import Fluent
import FluentKit
import Foundation

/// Russian names for the demo data.
enum DemoNames {
    static let maleSurnames = [
        "Иванов", "Смирнов", "Кузнецов", "Попов", "Васильев", "Петров", "Соколов", "Михайлов", "Новиков", "Фёдоров",
        "Морозов", "Волков", "Алексеев", "Лебедев", "Семёнов", "Егоров", "Павлов", "Козлов", "Степанов", "Николаев",
        "Орлов", "Андреев", "Макаров", "Никитин", "Захаров", "Зайцев", "Соловьёв", "Борисов", "Яковлев", "Григорьев",
    ]
    static let maleNames = [
        "Александр", "Дмитрий", "Максим", "Сергей", "Андрей", "Алексей", "Артём", "Илья", "Кирилл", "Михаил",
        "Никита", "Матвей", "Роман", "Егор", "Арсений", "Иван", "Денис", "Евгений", "Тимофей", "Владимир",
    ]
    static let femaleNames = [
        "Анастасия", "Мария", "Анна", "Виктория", "Екатерина", "Наталья", "Марина", "Полина", "Дарья", "Алиса",
        "Ксения", "Елена", "Ольга", "Татьяна", "Светлана", "Ирина", "Софья", "Варвара", "Алёна", "Юлия",
    ]
    static let fatherNames = [
        "Александр", "Дмитрий", "Сергей", "Андрей", "Алексей", "Михаил", "Иван", "Владимир", "Николай", "Юрий",
        "Виктор", "Олег", "Павел", "Игорь", "Евгений",
    ]

    static func femaleSurname(_ male: String) -> String {
        male.hasSuffix("ой") ? String(male.dropLast(2)) + "ая" : male + "а"
    }

    /// A patronymic by the rules of Russian: Иван → Иванович, Сергей → Сергеевич, Дмитрий → Дмитриевич,
    /// Игорь → Игоревич; Павел, Михаил, Юрий and Евгений are irregular.
    static func patronymic(fromFather name: String, female: Bool) -> String {
        let irregular: [String: String] = [
            "Павел": "Павлов", "Михаил": "Михайлов", "Юрий": "Юрьев", "Евгений": "Евгеньев",
        ]
        let stem: String
        if let known = irregular[name] {
            stem = known
        } else if name.hasSuffix("ий") {
            stem = String(name.dropLast(2)) + "иев"
        } else if name.hasSuffix("ей") || name.hasSuffix("ай") || name.hasSuffix("ь") {
            stem = String(name.dropLast()) + "ев"
        } else {
            stem = name + "ов"
        }
        return stem + (female ? "на" : "ич")
    }

    static let teacherSubjects = [
        "Русский язык", "Математика", "История", "Физика", "Химия", "Биология", "Английский язык",
        "Информатика", "География", "Литература", "Физическая культура", "Технология",
    ]
    static let employers = [
        "АО «Красноярская ГРЭС-2»", "ООО «Агрохолдинг Дзержинский»", "ПАО «Сбербанк», отделение в с. Дзержинское",
    ]
}

/// A small deterministic generator, so that the demo is the same on every machine.
struct DemoRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func below(_ n: Int) -> Int { Int(next() % UInt64(n)) }

    mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }

    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }
}
