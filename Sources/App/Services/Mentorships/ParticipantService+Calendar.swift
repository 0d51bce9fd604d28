import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

extension ParticipantService {
    /// The meetings of one month, in order: a participant's own, and all of the organizations a staff member reads.
    func calendar(of month: CalendarDate) async throws -> [MeetingSummary] {
        let next = month.adding(days: 32)
        let first = MeetingClock.moment(month, hour: 0, minute: 0)!
        let end = MeetingClock.moment(CalendarDate(year: next.year, month: next.month, day: 1)!, hour: 0, minute: 0)!
        let staff = try await OrganizationDirectory(scope: scope).accessible().filter { $0.access.readsAll }.map {
            try $0.organization.requireID()
        }
        var meetings = try await overview().meetings.filter { $0.startsAt >= first && $0.startsAt < end }
        if !staff.isEmpty {
            meetings += try await MeetingModel.query(on: scope.db).filter(\.$organization.$id ~~ staff)
                .filter(\.$startsAt >= first).filter(\.$startsAt < end).sort(\.$startsAt).all()
        }
        let unique = Dictionary(try meetings.map { (try $0.requireID(), $0) }) { a, _ in a }.values
        return try unique.sorted { $0.startsAt < $1.startsAt }.map { try $0.summary }
    }
}
