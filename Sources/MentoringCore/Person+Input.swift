import Foundation

/// The person form as typed on a page or sent to the API: text everywhere, checked by `validated(today:)`.
public struct PersonInput: Codable, Sendable, Equatable {
    public var surname: String?
    public var givenName: String?
    public var patronymic: String?
    public var birthDate: String?
    public var sex: String?
    public var categories: [String]?
    public var grade: String?
    public var position: String?
    /// Subjects separated by commas or semicolons.
    public var subjects: String?
    public var teachingExperienceYears: String?
    public var isYoungSpecialist: String?
    public var email: String?
    public var phone: String?
    public var partnerName: String?

    public init() {}

    public init(_ details: Person.Details) {
        surname = details.surname
        givenName = details.givenName
        patronymic = details.patronymic
        birthDate = details.birthDate?.russian
        sex = details.sex?.rawValue
        categories = details.categories.map(\.rawValue)
        grade = details.grade
        position = details.position
        subjects = details.subjects.joined(separator: ", ")
        teachingExperienceYears = details.teachingExperienceYears.map(String.init)
        isYoungSpecialist = details.isYoungSpecialist ? "true" : nil
        email = details.email
        phone = details.phone
        partnerName = details.partnerName
    }

    enum CodingKeys: String, CodingKey {
        case surname, givenName, patronymic, birthDate, sex, categories, grade, position, subjects
        case teachingExperienceYears, isYoungSpecialist, email, phone, partnerName
    }

    /// Lenient about JSON types: numbers and booleans arrive as such from API clients and as text from forms.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        surname = try c.decodeIfPresent(String.self, forKey: .surname)
        givenName = try c.decodeIfPresent(String.self, forKey: .givenName)
        patronymic = try c.decodeIfPresent(String.self, forKey: .patronymic)
        birthDate = try c.decodeIfPresent(String.self, forKey: .birthDate)
        sex = try c.decodeIfPresent(String.self, forKey: .sex)
        categories = try c.decodeIfPresent([String].self, forKey: .categories)
        grade = try c.decodeIfPresent(String.self, forKey: .grade)
        position = try c.decodeIfPresent(String.self, forKey: .position)
        if let list = try? c.decodeIfPresent([String].self, forKey: .subjects) {
            subjects = list.joined(separator: ", ")
        } else {
            subjects = try c.decodeIfPresent(String.self, forKey: .subjects)
        }
        teachingExperienceYears = try c.decodeLenientText(forKey: .teachingExperienceYears)
        isYoungSpecialist = try c.decodeLenientText(forKey: .isYoungSpecialist)
        email = try c.decodeIfPresent(String.self, forKey: .email)
        phone = try c.decodeIfPresent(String.self, forKey: .phone)
        partnerName = try c.decodeIfPresent(String.self, forKey: .partnerName)
    }

    /// The person's details, or every problem found, keyed by field name.
    public func validated(today: CalendarDate) throws(ValidationFailure) -> Person.Details {
        var reader = FieldReader()
        let surname = reader.required("surname", surname, message: "Укажите фамилию.", maxLength: 100)
        let givenName = reader.required("givenName", givenName, message: "Укажите имя.", maxLength: 100)
        let patronymic = reader.optionalLimited("patronymic", patronymic, maxLength: 100)
        var birthDate = reader.date("birthDate", birthDate, required: false)
        if let date = birthDate {
            if date > today {
                reader.failure.add("birthDate", "Дата рождения не может быть в будущем.")
                birthDate = nil
            } else if date.fullYears(until: today) > 110 {
                reader.failure.add("birthDate", "Проверьте год рождения.")
            }
        }
        let sex: Person.Sex? = reader.choice("sex", sex, required: false)
        var categories: [Person.Category] = []
        for raw in self.categories ?? [] where !raw.isEmpty {
            guard let category = Person.Category(rawValue: raw) else {
                reader.failure.add("categories", "Недопустимая категория.")
                continue
            }
            if !categories.contains(category) { categories.append(category) }
        }
        if categories.isEmpty { reader.failure.add("categories", "Отметьте хотя бы одну категорию.") }
        if birthDate == nil, reader.failure.fields["birthDate"] == nil,
            let category = categories.first(where: Person.Details.needBirthDate.contains)
        {
            reader.failure.add("birthDate", "Для категории «\(category.title)» укажите дату рождения.")
        }
        let grade = reader.optionalLimited("grade", grade, maxLength: 20)
        if categories.contains(.student), grade == nil {
            reader.failure.add("grade", "Для обучающегося укажите класс или группу.")
        }
        var experience: Int?
        if let text = reader.optional(teachingExperienceYears) {
            if let years = Int(text), (0...70).contains(years) {
                experience = years
            } else {
                reader.failure.add("teachingExperienceYears", "Стаж — целое число лет от 0 до 70.")
            }
        }
        let email = reader.optionalLimited("email", email)
        if let email, !ContactRules.isEmail(email) {
            reader.failure.add("email", "Адрес электронной почты выглядит неверно.")
        }
        let phone = reader.optionalLimited("phone", phone, maxLength: 30)
        if let phone, !ContactRules.isPhone(phone) {
            reader.failure.add("phone", "Номер — только цифры, пробелы, скобки, «+» и «-».")
        }
        let partner = reader.optionalLimited("partnerName", partnerName, maxLength: 300)
        if categories.contains(.employerRepresentative), partner == nil {
            reader.failure.add("partnerName", "Укажите организацию-партнёра представителя работодателя.")
        }
        let subjects = (reader.optional(self.subjects) ?? "")
            .split(whereSeparator: { $0 == "," || $0 == ";" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
        try reader.failure.throwIfAny()
        return Person.Details(
            surname: surname, givenName: givenName, patronymic: patronymic, birthDate: birthDate,
            sex: sex, categories: categories, grade: grade, position: reader.optional(position),
            subjects: subjects, teachingExperienceYears: experience,
            isYoungSpecialist: ["true", "on", "1", "yes"].contains(isYoungSpecialist?.lowercased() ?? ""),
            email: email, phone: phone, partnerName: partner)
    }
}

extension KeyedDecodingContainer {
    /// Text, a number or a boolean, as text; absent or `null` is `nil`, anything else (an object, a list) is a
    /// type mismatch at this key, so the caller is told which field is wrong.
    func decodeLenientText(forKey key: Key) throws -> String? {
        guard contains(key), try !decodeNil(forKey: key) else { return nil }
        if let text = try? decode(String.self, forKey: key) { return text }
        if let number = try? decode(Int.self, forKey: key) { return String(number) }
        if let flag = try? decode(Bool.self, forKey: key) { return flag ? "true" : "false" }
        throw DecodingError.typeMismatch(
            String.self,
            .init(
                codingPath: codingPath + [key],
                debugDescription: "Expected text, a number or a boolean."))
    }
}

/// Shape checks for contacts: enough to catch typos, not a full RFC parser.
enum ContactRules {
    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".")
            && !parts[1].hasPrefix(".") && !parts[1].hasSuffix(".") && !text.contains(" ")
    }

    static func isPhone(_ text: String) -> Bool {
        let digits = text.filter(\.isNumber).count
        return (5...15).contains(digits) && text.allSatisfy { $0.isNumber || " +-()".contains($0) }
    }
}
