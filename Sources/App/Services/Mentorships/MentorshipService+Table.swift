import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

extension MentorshipService {
    /// The curator's table: every pair of the program with its rhythm figures and today's risks.
    /// The people (with their consents) and the meeting counts depend only on the pairs, so they are read at once,
    /// each on its own connection.
    func table(_ programID: UUID) async throws -> (ProgramContext, MentorshipTable) {
        let context = try await ProgramService(scope: scope).program(programID)
        let mentorships = try await MentorshipModel.read(programs: [programID], on: scope.db)
        async let people = MentorshipPeople.load(mentorships, access: context.access, scope: scope)
        async let activity = MentorshipActivity.load(
            mentorships.map { try $0.requireID() }, on: scope.db, now: scope.now)
        try await audit.record(
            .list, .mentorship, objectID: programID, organizationID: context.organization.id, role: context.access.role)
        return (
            context,
            try MentorshipTable(
                mentorships: mentorships, people: try await people, activity: try await activity,
                program: context.program,
                today: scope.today)
        )
    }
}
