import Foundation
import MentoringCore
import Testing

struct RhythmTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 21)!
    static let id = UUID()

    func day(_ offset: Int) -> CalendarDate { Self.today.adding(days: offset) }

    func risks(_ facts: RhythmFacts, rule: RhythmRule = .standard(for: .teacherTeacher)) -> [RhythmRisk.Kind: Int] {
        Dictionary(
            uniqueKeysWithValues: RhythmCheck.risks(facts, rule: rule, on: Self.today).map { ($0.kind, $0.daysOverdue) }
        )
    }

    @Test func teachersMeetWeeklyOthersEveryTwoWeeks() {
        #expect(RhythmRule.standard(for: .teacherTeacher).meetingIntervalDays == 7)
        #expect(RhythmRule.standard(for: .headTeacher).meetingIntervalDays == 7)
        #expect(RhythmRule.standard(for: .studentStudent).meetingIntervalDays == 14)
    }

    @Test func aPairThatKeepsTheRhythmHasNoRisk() {
        #expect(
            risks(
                RhythmFacts(
                    mentorshipID: Self.id, form: .teacherTeacher, since: day(-30), lastHeldMeeting: day(-7),
                    mentorLastActivity: day(-7))
            ).isEmpty)
    }

    @Test(arguments: [
        // (days since start, days since the last meeting or nil, expected days overdue or nil)
        (30, 10 as Int?, 3 as Int?), (30, 7, nil), (5, nil, nil), (12, nil, 5), (30, 8, 1),
    ])
    func aMissedMeetingIsOverdueByTheDaysPastTheInterval(since: Int, last: Int?, overdue: Int?) {
        let facts = RhythmFacts(
            mentorshipID: Self.id, form: .teacherTeacher, since: day(-since), lastHeldMeeting: last.map { day(-$0) },
            mentorLastActivity: Self.today)
        #expect(risks(facts)[.noMeeting] == overdue)
    }

    @Test func feedbackIsLateAfterItsDaysFromTheOldestMeetingWaiting() {
        let facts = RhythmFacts(
            mentorshipID: Self.id, form: .teacherTeacher, since: day(-20), lastHeldMeeting: day(-2),
            awaitedFeedback: .init(meetings: 2, oldest: day(-9)), mentorLastActivity: day(-2))
        #expect(risks(facts) == [.noFeedback: 6])
        let recent = RhythmFacts(
            mentorshipID: Self.id, form: .teacherTeacher, since: day(-20), lastHeldMeeting: day(-2),
            awaitedFeedback: .init(meetings: 1, oldest: day(-3)), mentorLastActivity: day(-2))
        #expect(risks(recent).isEmpty)
    }

    @Test func overdueTasksAndASilentMentorAndALowTrialAreEachARisk() {
        let facts = RhythmFacts(
            mentorshipID: Self.id, form: .studentStudent, since: day(-40), lastHeldMeeting: day(-3),
            overdueTaskDues: [day(-4), day(-1)], mentorLastActivity: day(-20), lowCompatibilityOn: day(-3))
        #expect(
            risks(facts, rule: .standard(for: .studentStudent)) == [
                .overdueTasks: 4, .mentorIdle: 6, .lowCompatibility: 3,
            ])
    }

    @Test func aCustomRuleChangesTheInterval() {
        let facts = RhythmFacts(
            mentorshipID: Self.id, form: .teacherTeacher, since: day(-30), lastHeldMeeting: day(-10),
            mentorLastActivity: Self.today)
        #expect(risks(facts, rule: RhythmRule(meetingIntervalDays: 14)).isEmpty)
        #expect(
            RhythmCheck.risks(facts, rule: .standard(for: .teacherTeacher), on: Self.today).first?.message
                == "Пара должна встречаться раз в 7 дн.: последняя встреча 11.11.2026.")
    }
}
