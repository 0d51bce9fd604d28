import FluentKit
import Foundation
import MentoringCore
import Persistence

extension OrganizationAccess {
    /// What stands for a person the access may not name.
    static let unnamed = "Участник без согласия"

    /// The person's full name when the access shows it with the person's consents (looked up in `consents`, as
    /// `ConsentLookup` returns them), `unnamed` otherwise.
    func name(
        of person: PersonModel, consents: [UUID: [Consent]], on date: CalendarDate, unnamed: String = Self.unnamed
    ) throws -> String {
        showsName(consents: consents[try person.requireID()] ?? [], on: date) ? person.details.fullName : unnamed
    }
}
