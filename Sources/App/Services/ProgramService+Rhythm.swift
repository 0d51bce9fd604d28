import FluentKit
import Foundation
import MentoringCore
import Persistence

extension ProgramService {
    /// The days between meetings of each of the program's forms, as the rhythm check reads them.
    func rhythm(_ context: ProgramContext) -> [(form: MentoringForm, days: String)] {
        context.program.forms.map { ($0, String(context.program.rhythm(for: $0).meetingIntervalDays)) }
    }

    /// Sets how often the pairs of each form should meet: every form of the program, from 1 to 90 days. The context is
    /// the one `managedProgram` gave, so the program is not read again.
    func setRhythm(of context: ProgramContext, days typed: [String: String]?) async throws {
        try context.access.requireManagement()
        var days: [String: Int] = [:]
        var failure = ValidationFailure()
        for form in context.program.forms {
            guard let value = typed?[form.rawValue].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
                (1...90).contains(value)
            else {
                failure.add("days[\(form.rawValue)]", "Число дней от 1 до 90.")
                continue
            }
            days[form.rawValue] = value
        }
        try failure.throwIfAny()
        context.program.rhythmText = StoredJSON.encode(days)
        try await context.program.save(on: scope.db)
    }
}
