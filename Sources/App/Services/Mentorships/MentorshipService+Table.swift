import Fluent
import FluentKit
import Foundation
import MentoringCore

extension MentorshipService {
    /// The curator's table: every pair of the program with its rhythm figures and today's risks.
    func table(_ programID: UUID) async throws -> (ProgramContext, MentorshipTable) {
        let (context, mentorships, people) = try await all(in: programID)
        let activity = try await MentorshipActivity.load(mentorships.map { $0.id! }, on: scope.db, now: scope.now)
        return (context, MentorshipTable(mentorships: mentorships, people: people, activity: activity, program: context.program, today: scope.today))
    }
}
