import Foundation
import MentoringCore

/// The ids a form or a request chose among those offered (people present, people registered, jurors).
enum ChosenIDs {
    /// Each id valid, given once and offered; otherwise the choice is refused by its field with `message`.
    static func among(
        _ offered: Set<UUID>, _ raw: [String], field: String, message: String
    ) throws(ValidationFailure) -> Set<UUID> {
        let wanted = Set(raw.compactMap { UUID(uuidString: $0.trimmingCharacters(in: .whitespaces)) })
        guard wanted.count == Set(raw).count, wanted.isSubset(of: offered) else {
            throw ValidationFailure(fields: [field: message])
        }
        return wanted
    }
}
