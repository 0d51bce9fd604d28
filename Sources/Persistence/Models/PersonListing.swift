import FluentKit
import Foundation
import MentoringCore
import SQLKit

/// A person as the people list shows them, read from a plain row without a Fluent model: a page builds 25 of them,
/// and a model's property wrappers (an object per column, made and freed for every row) were a sixth of the page.
package struct PersonListing: Sendable {
    package var id: UUID
    package var organizationID: UUID
    /// Without an employer's name, which the list does not read.
    package var details: Person.Details
    package var anonymizedAt: Date?
    /// The edit version.
    package var version: Int

    package init(_ model: PersonModel) throws {
        id = try model.requireID()
        organizationID = model.$organization.id
        details = model.details
        anonymizedAt = model.anonymizedAt
        version = model.version
    }

    /// A row of the `people` table.
    package init(row: any SQLRow) throws {
        let row = ColumnReader(row)
        id = try row.decode(column: "id", as: UUID.self)
        organizationID = try row.decode(column: "organization_id", as: UUID.self)
        details = PersonModel.details(
            surname: try row.decode(column: "surname", as: String.self),
            givenName: try row.decode(column: "given_name", as: String.self),
            patronymic: try row.optional("patronymic", as: String.self),
            birthDate: try row.decode(column: "birth_date", as: String.self),
            sex: try row.optional("sex", as: String.self),
            categories: try row.decode(column: "categories", as: String.self),
            grade: try row.optional("grade", as: String.self),
            position: try row.optional("position", as: String.self),
            subjects: try row.decode(column: "subjects", as: String.self),
            teachingExperienceYears: try row.optional("teaching_experience_years", as: Int.self),
            isYoungSpecialist: try row.decode(column: "is_young_specialist", as: Bool.self),
            email: try row.optional("email", as: String.self), phone: try row.optional("phone", as: String.self),
            partnerName: nil)
        anonymizedAt = try row.optional("anonymized_at", as: Date.self)
        version = try row.decode(column: "version", as: Int.self)
    }
}
