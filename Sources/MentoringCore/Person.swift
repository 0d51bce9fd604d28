import Foundation

/// A participant of the program or a candidate: a teacher, a student, an employer's representative ...
public struct Person: Equatable, Sendable {
    public typealias ID = Identifier<Person>

    public enum Category: String, CaseIterable, Codable, Sendable {
        case teacher
        case student
        case universityStudent = "university_student"
        case employerRepresentative = "employer_representative"
        case head
        case other

        public var title: String {
            switch self {
            case .teacher: "Педагог"
            case .student: "Обучающийся"
            case .universityStudent: "Студент"
            case .employerRepresentative: "Представитель работодателя"
            case .head: "Руководитель"
            case .other: "Другое"
            }
        }
    }

    public enum Sex: String, CaseIterable, Codable, Sendable {
        case female, male

        public var title: String { self == .female ? "Женский" : "Мужской" }
    }

    public var id: ID
    public var organizationID: Organization.ID
    public var details: Details

    public init(id: ID, organizationID: Organization.ID, details: Details) {
        self.id = id
        self.organizationID = organizationID
        self.details = details
    }

    /// Everything a curator records about a person.
    public struct Details: Equatable, Codable, Sendable {
        public var surname: String
        public var givenName: String
        public var patronymic: String?
        /// Required for students, whose age decides who consents; a staff list often has none.
        public var birthDate: CalendarDate?
        public var sex: Sex?
        public var categories: [Category]
        /// The class of a student, as schools write it: «7Б», «10».
        public var grade: String?
        public var position: String?
        public var subjects: [String]
        public var teachingExperienceYears: Int?
        public var isYoungSpecialist: Bool
        public var email: String?
        public var phone: String?
        /// The partner organization of an employer's representative.
        public var partnerName: String?

        public init(
            surname: String, givenName: String, patronymic: String? = nil, birthDate: CalendarDate?,
            sex: Sex? = nil, categories: [Category], grade: String? = nil, position: String? = nil,
            subjects: [String] = [], teachingExperienceYears: Int? = nil, isYoungSpecialist: Bool = false,
            email: String? = nil, phone: String? = nil, partnerName: String? = nil
        ) {
            self.surname = surname
            self.givenName = givenName
            self.patronymic = patronymic
            self.birthDate = birthDate
            self.sex = sex
            self.categories = categories
            self.grade = grade
            self.position = position
            self.subjects = subjects
            self.teachingExperienceYears = teachingExperienceYears
            self.isYoungSpecialist = isYoungSpecialist
            self.email = email
            self.phone = phone
            self.partnerName = partnerName
        }

        /// «Иванова Мария Петровна».
        public var fullName: String {
            [surname, givenName, patronymic].compactMap { $0 }.joined(separator: " ")
        }

        /// «Иванова М. П.», as orders and lists write names.
        public var shortName: String {
            let initials = [givenName, patronymic].compactMap { $0?.first.map { "\($0)." } }.joined(separator: " ")
            return initials.isEmpty ? surname : "\(surname) \(initials)"
        }

        public func age(on date: CalendarDate) -> Int? { birthDate?.fullYears(until: date) }

        /// Under 18 on `date`: a legal representative consents for a minor. Without a birth date the person is one of
        /// the adult categories (a student's birth date is required).
        public func isMinor(on date: CalendarDate) -> Bool { age(on: date).map { $0 < 18 } ?? false }

        /// The categories whose age a rule reads: a minor's consent, the indicators' age bands.
        public static let needBirthDate: Set<Category> = [.student, .universityStudent]

        /// Names of the fields that differ: what the audit log records for an edit (never the values).
        public func changedFields(from old: Details) -> [String] {
            var fields: [String] = []
            func check<T: Equatable>(_ name: String, _ keyPath: KeyPath<Details, T>) {
                if self[keyPath: keyPath] != old[keyPath: keyPath] { fields.append(name) }
            }
            check("surname", \.surname)
            check("givenName", \.givenName)
            check("patronymic", \.patronymic)
            check("birthDate", \.birthDate)
            check("sex", \.sex)
            check("categories", \.categories)
            check("grade", \.grade)
            check("position", \.position)
            check("subjects", \.subjects)
            check("teachingExperienceYears", \.teachingExperienceYears)
            check("isYoungSpecialist", \.isYoungSpecialist)
            check("email", \.email)
            check("phone", \.phone)
            check("partnerName", \.partnerName)
            return fields
        }

        /// Every field name, for the audit row of a creation.
        public static let allFields = [
            "surname", "givenName", "patronymic", "birthDate", "sex", "categories", "grade", "position",
            "subjects", "teachingExperienceYears", "isYoungSpecialist", "email", "phone", "partnerName",
        ]
    }
}
