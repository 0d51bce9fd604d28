import FluentKit
import Foundation
import MentoringCore
import Persistence

extension BaseService {
    /// The organization's people who may join the program's mentor (or mentee) base by their categories, in name order.
    func candidates(_ context: ProgramContext, mentor: Bool) async throws -> [(id: UUID, details: Person.Details)] {
        let people = try await PersonModel.query(on: scope.db)
            .filter(\.$organization.$id == context.organization.requireID())
            .filter(\.$anonymizedAt == nil).inNameOrder().all()
        return try people.filter { person in
            let forms =
                mentor
                ? MentoringForm.mentorForms(for: person.details.categories)
                : MentoringForm.menteeForms(for: person.details.categories)
            return !Set(forms).isDisjoint(with: context.program.forms)
        }
        .map { (try $0.requireID(), $0.details) }
    }
}
