import Foundation
import Testing

@testable import MentoringCore

/// A mentor's record counts years from the first pair's start to the day, not to the year, and the conditions of each
/// reward are checked against it: the state award asks five full years.
struct MentorRecordTests {
    static func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDate {
        CalendarDate(year: year, month: month, day: day)!
    }

    static func pairs(_ starts: [CalendarDate], status: MentorshipStatus = .completed) -> [MentorRecord.Mentorship] {
        starts.map { .init(program: "Программа", startsOn: $0, status: status, mentees: 1) }
    }

    @Test func yearsCountFromTheFirstStartToTheAnniversary() {
        let starts = [Self.day(2021, 9, 1), Self.day(2023, 9, 1)]
        #expect(MentorRecord(mentorships: Self.pairs(starts), rewards: [], today: Self.day(2026, 8, 31)).years == 4)
        #expect(MentorRecord(mentorships: Self.pairs(starts), rewards: [], today: Self.day(2026, 9, 1)).years == 5)
        let drafts = Self.pairs([Self.day(2015, 1, 1)], status: .draft)
        #expect(MentorRecord(mentorships: drafts, rewards: [], today: Self.day(2026, 9, 1)).years == 0)
    }

    @Test func theStateAwardAsksFiveYearsTwoCompletedPairsAndAnEarlierReward() {
        let thanks = MentorRecord.Reward(
            kind: .organizationThanks, order: "№ 1 от 01.06.2025", date: Self.day(2025, 6, 1))
        let starts = [Self.day(2021, 9, 1), Self.day(2023, 9, 1)]
        let fourYears = MentorRecord(mentorships: Self.pairs(starts), rewards: [thanks], today: Self.day(2026, 8, 31))
        #expect(RewardKind.stateAward.condition.shortfall(fourYears) == "стаж наставничества 4 из 5 лет")
        let fiveYears = MentorRecord(mentorships: Self.pairs(starts), rewards: [thanks], today: Self.day(2026, 9, 1))
        #expect(RewardKind.stateAward.condition.shortfall(fiveYears) == nil)
        let unrewarded = MentorRecord(mentorships: Self.pairs(starts), rewards: [], today: Self.day(2026, 9, 1))
        #expect(RewardKind.stateAward.condition.shortfall(unrewarded) == "нет более раннего поощрения")
        #expect(RewardKind.organizationThanks.condition.shortfall(unrewarded) == nil)
        let working = MentorRecord(
            mentorships: Self.pairs([Self.day(2026, 9, 1)], status: .active), rewards: [], today: Self.day(2026, 9, 2))
        #expect(
            working.eligibility().first { $0.kind == .organizationThanks }?.shortfall
                == "завершённых пар или групп 0 из 1")
    }

    @Test func aCourseRecordedInTwoProfilesCountsOnceTheLatestFirst() {
        let course = MentorTraining(course: "Наставничество", hours: 36, completedOn: Self.day(2025, 6, 1))
        let later = MentorTraining(course: "Цифровая школа", completedOn: Self.day(2026, 3, 1))
        let record = MentorRecord(
            mentorships: [], rewards: [], trainings: [course, later, course], today: Self.day(2026, 9, 1))
        #expect(record.trainings == [later, course])
    }
}
