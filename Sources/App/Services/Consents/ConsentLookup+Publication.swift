import Foundation
import MentoringCore
import Persistence

extension ConsentLookup {
    /// Those of `people` who have a valid consent to publication on `date`: who a public page may name, and whose
    /// case may be published.
    func publishable(_ people: [UUID], on date: CalendarDate) async throws -> Set<UUID> {
        let consents = try await consents(of: people)
        return Set(people.filter { ConsentPolicy.allows(.publication, consents: consents[$0] ?? [], on: date) })
    }
}
