import Fluent
import FluentKit
import Foundation
import MentoringCore

/// What the meetings and the feedback of many mentorships add up to, read in two narrow queries: the curator's
/// table and the daily rhythm check both stand on it.
struct MentorshipActivity {
    struct Stats {
        var held = 0
        var lastHeld: Date?
        var nextPlanned: Date?
        var awaitingFeedback: [CalendarDate] = []
        var ratings: [Double] = []
        var mentorLastActivity: Date?
        var lowCompatibilityOn: CalendarDate?

        var feedbackAverage: Double? { ratings.isEmpty ? nil : ratings.reduce(0, +) / Double(ratings.count) }
    }

    private(set) var stats: [UUID: Stats] = [:]

    static func load(_ ids: [UUID], on db: any Database, now: Date) async throws -> MentorshipActivity {
        var activity = MentorshipActivity()
        for chunk in ids.chunks(of: 500) {
            let meetings = try await MeetingModel.query(on: db).filter(\.$mentorship.$id ~~ chunk)
                .field(\.$mentorship.$id).field(\.$startsAt).field(\.$status).field(\.$createdAt).all()
            for meeting in meetings {
                let id = meeting.$mentorship.id
                var entry = activity.stats[id] ?? Stats()
                entry.mentorLastActivity = max(entry.mentorLastActivity ?? .distantPast, meeting.createdAt)
                if meeting.status == MeetingStatus.held.rawValue {
                    entry.held += 1
                    entry.lastHeld = max(entry.lastHeld ?? .distantPast, meeting.startsAt)
                } else if meeting.status == MeetingStatus.planned.rawValue, meeting.startsAt > now {
                    entry.nextPlanned = min(entry.nextPlanned ?? .distantFuture, meeting.startsAt)
                }
                activity.stats[id] = entry
            }
            let feedback = try await MeetingFeedbackModel.query(on: db).filter(\.$mentorship.$id ~~ chunk)
                .field(\.$mentorship.$id).field(\.$role).field(\.$questionnaire).field(\.$rating).field(\.$answeredAt).field(\.$createdAt)
                .field(\.$answersText).all()
            for answer in feedback {
                let id = answer.$mentorship.id
                var entry = activity.stats[id] ?? Stats()
                if let answered = answer.answeredAt {
                    if let rating = answer.rating { entry.ratings.append(rating) }
                    if answer.role == Role.mentor.rawValue { entry.mentorLastActivity = max(entry.mentorLastActivity ?? .distantPast, answered) }
                    if answer.questionnaire == Questionnaire.compatibility.key,
                       FeedbackScore.isLowCompatibility(StoredJSON.decode(Answers.self, answer.answersText ?? "{}", fallback: [:]), rating: answer.rating) {
                        entry.lowCompatibilityOn = CalendarDate(answered)
                    }
                } else {
                    entry.awaitingFeedback.append(CalendarDate(answer.createdAt))
                }
                activity.stats[id] = entry
            }
        }
        return activity
    }

    subscript(id: UUID) -> Stats { stats[id] ?? Stats() }

    /// The rhythm risks of a working pair today (none for drafts and closed pairs).
    func risks(_ mentorship: MentorshipModel, rule: RhythmRule, on today: CalendarDate) -> [RhythmRisk] {
        guard [.fixed, .active].contains(mentorship.statusValue) else { return [] }
        let entry = self[mentorship.id!]
        let since = mentorship.activeSince.flatMap(CalendarDate.init(parsing:)) ?? CalendarDate(mentorship.createdAt)
        let facts = RhythmFacts(mentorshipID: mentorship.id!, form: mentorship.formValue, since: since,
                                lastHeldMeeting: entry.lastHeld.map { CalendarDate($0) }, meetingsAwaitingFeedback: entry.awaitingFeedback,
                                overdueTaskDues: mentorship.plan?.overdueTasks(on: today).map(\.due) ?? [],
                                mentorLastActivity: entry.mentorLastActivity.map { CalendarDate($0) }, lowCompatibilityOn: entry.lowCompatibilityOn)
        return RhythmCheck.risks(facts, rule: rule, on: today)
    }
}
