import FluentKit
import Foundation
import MentoringCore

package final class PersonModel: Model, @unchecked Sendable {
    package static let schema = "people"
    @ID(key: .id) package var id: UUID?
    @Parent(key: "organization_id") package var organization: OrganizationModel
    @OptionalParent(key: "partner_id") package var partner: PartnerModel?
    @Field(key: "surname") package var surname: String
    @Field(key: "given_name") package var givenName: String
    @OptionalField(key: "patronymic") package var patronymic: String?
    @Field(key: "birth_date") package var birthDate: String
    @OptionalField(key: "sex") package var sex: String?
    /// Categories as `|teacher|student|`, so that one `LIKE` filters on both databases.
    @Field(key: "categories") package var categories: String
    @OptionalField(key: "grade") package var grade: String?
    @OptionalField(key: "position") package var position: String?
    @Field(key: "subjects") package var subjects: String
    @OptionalField(key: "teaching_experience_years") package var teachingExperienceYears: Int?
    @Field(key: "is_young_specialist") package var isYoungSpecialist: Bool
    @OptionalField(key: "email") package var email: String?
    @OptionalField(key: "phone") package var phone: String?
    /// Lower-cased full name: case-insensitive search in Cyrillic on SQLite and PostgreSQL alike.
    @Field(key: "search_key") package var searchKey: String
    @OptionalField(key: "anonymize_due_on") package var anonymizeDueOn: String?
    @OptionalField(key: "anonymized_at") package var anonymizedAt: Date?
    /// Raised by every edit of the details; an edit made from an older version is a conflict.
    @Field(key: "version") package var version: Int
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?
    @Children(for: \.$person) package var consents: [ConsentModel]

    package init() {}

    package var properties: [any AnyProperty] {
        declared([
            $id, $organization, $partner, $surname, $givenName, $patronymic, $birthDate, $sex, $categories, $grade,
            $position, $subjects, $teachingExperienceYears, $isYoungSpecialist, $email, $phone, $searchKey,
            $anonymizeDueOn, $anonymizedAt, $version, $createdAt, $updatedAt, $consents,
        ])
    }
    package init(id: UUID? = nil, organizationID: UUID) {
        self.id = id
        self.$organization.id = organizationID
        self.version = 1
    }

    /// How one category appears in the stored column: `|student|`.
    package static func mark(_ category: Person.Category) -> String { "|\(category.rawValue)|" }

    /// The details with the employer, whose name the person then shows without another read.
    package func apply(_ details: Person.Details, partner: PartnerModel?) {
        apply(details, partnerID: partner?.id)
        $partner.value = .some(partner)
    }

    package func apply(_ details: Person.Details, partnerID: UUID?) {
        surname = details.surname
        givenName = details.givenName
        patronymic = details.patronymic
        birthDate = details.birthDate?.description ?? ""
        sex = details.sex?.rawValue
        categories = "|" + details.categories.map(\.rawValue).joined(separator: "|") + "|"
        grade = details.grade
        position = details.position
        subjects = details.subjects.joined(separator: "; ")
        teachingExperienceYears = details.teachingExperienceYears
        isYoungSpecialist = details.isYoungSpecialist
        email = details.email
        phone = details.phone
        searchKey = details.fullName.lowercased()
        $partner.id = partnerID
    }

    /// Needs `partner` loaded when the person has one.
    package var details: Person.Details {
        Self.details(
            surname: surname, givenName: givenName, patronymic: patronymic, birthDate: birthDate, sex: sex,
            categories: categories, grade: grade, position: position, subjects: subjects,
            teachingExperienceYears: teachingExperienceYears, isYoungSpecialist: isYoungSpecialist, email: email,
            phone: phone, partnerName: $partner.value??.name)
    }

    /// The details the stored columns hold, as `apply` writes them.
    package static func details(
        surname: String, givenName: String, patronymic: String?, birthDate: String, sex: String?, categories: String,
        grade: String?, position: String?, subjects: String, teachingExperienceYears: Int?, isYoungSpecialist: Bool,
        email: String?, phone: String?, partnerName: String?
    ) -> Person.Details {
        Person.Details(
            surname: surname, givenName: givenName, patronymic: patronymic,
            birthDate: CalendarDate(parsing: birthDate), sex: sex.flatMap(Person.Sex.init(rawValue:)),
            categories: categories.split(separator: "|").compactMap { Person.Category(rawValue: String($0)) },
            grade: grade, position: position,
            subjects: subjects.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) },
            teachingExperienceYears: teachingExperienceYears, isYoungSpecialist: isYoungSpecialist,
            email: email, phone: phone, partnerName: partnerName)
    }

    package var typedID: Person.ID { Person.ID(id!) }

    /// The person as the rules see it. Needs `partner` loaded for an employer's representative's partner name.
    package var value: Person { value(with: details) }

    /// The person with details already built, for loops that read them again.
    package func value(with details: Person.Details) -> Person {
        Person(id: typedID, organizationID: .init($organization.id), details: details)
    }
}

extension QueryBuilder where Model == PersonModel {
    /// By name; namesakes in the order they were entered, so that a list reads the same on every database.
    package func inNameOrder() -> Self {
        sort(\.$searchKey).sort(\.$createdAt).sort(\.$id)
    }
}
