import Foundation
import MentoringCore
import Testing

struct MeetingTests {
    /// 21.11.2026 12:00 in Moscow.
    static let now = MeetingClock.moment(CalendarDate(year: 2026, month: 11, day: 21)!, hour: 12, minute: 0)!

    func input(
        date: String = "20.11.2026", time: String = "15:30", format: String = "in_person", place: String? = "Каб. 21",
        link: String? = nil
    ) -> MeetingInput {
        MeetingInput(
            type: "regular", date: date, time: time, durationMinutes: "45", format: format, place: place, link: link,
            topic: "Разбор урока")
    }

    @Test func aMeetingIsTypedInMoscowTime() throws {
        let valid = try input().validated(now: Self.now, pastWindowDays: 14)
        #expect(valid.startsAt == Date(timeIntervalSince1970: 1_795_177_800))  // 2026-11-20T12:30:00Z
        #expect(MeetingClock.russian(valid.startsAt) == "20.11.2026 15:30")
        #expect(valid.endsAt.timeIntervalSince(valid.startsAt) == 45 * 60)
    }

    @Test(arguments: [
        ("01.11.2026", "date"), ("", "date"),
    ])
    func aMeetingLongerAgoThanTheWindowOrWithoutADateIsRefused(date: String, field: String) {
        do {
            _ = try input(date: date).validated(now: Self.now, pastWindowDays: 14)
            Issue.record("accepted \(date)")
        } catch { #expect(error.fields[field] != nil) }
    }

    @Test func theWindowIsConfigurable() throws {
        #expect(throws: Never.self) { try input(date: "01.11.2026").validated(now: Self.now, pastWindowDays: 30) }
    }

    @Test(arguments: ["25:00", "9", "полдень", ""])
    func aTimeThatIsNotHoursAndMinutesIsRefused(time: String) {
        #expect(MeetingClock.parse(time) == nil)
        #expect(throws: ValidationFailure.self) { try input(time: time).validated(now: Self.now, pastWindowDays: 14) }
    }

    @Test func inPersonNeedsAPlaceAndRemoteNeedsAWebLink() throws {
        #expect(throws: ValidationFailure(fields: ["place": "Для очной встречи укажите место: кабинет, адрес."])) {
            try input(place: nil).validated(now: Self.now, pastWindowDays: 14)
        }
        #expect(throws: ValidationFailure(fields: ["link": "Ссылка начинается с https://"])) {
            try input(format: "remote", place: nil, link: "zoom 123").validated(now: Self.now, pastWindowDays: 14)
        }
        let remote = try input(format: "remote", place: "Каб. 21", link: "https://meet.example/abc").validated(
            now: Self.now, pastWindowDays: 14)
        #expect(remote.place == nil && remote.link == "https://meet.example/abc")
    }

    @Test func meetingsThatTouchDoNotOverlap() {
        let start = Self.now
        let end = Self.now.addingTimeInterval(3600)
        #expect(MeetingClock.overlaps((start, end), (end.addingTimeInterval(-60), end.addingTimeInterval(1800))))
        #expect(!MeetingClock.overlaps((start, end), (end, end.addingTimeInterval(1800))))
        #expect(MeetingClock.overlaps((start, end), (start.addingTimeInterval(600), start.addingTimeInterval(1200))))
    }

    @Test func theTrialMeetingAsksAboutCompatibility() {
        #expect(MeetingType.trial.feedbackQuestionnaire == "compatibility")
        #expect(MeetingType.regular.feedbackQuestionnaire == "meeting-feedback")
    }

    @Test func aRatingBringsEveryScaleToOneToFive() {
        #expect(FeedbackScore.rating(["rating": ["4"], "achieved": ["Да"]], in: .meetingFeedback) == 4)
        #expect(
            FeedbackScore.rating(["overall": ["10"], "mentor": ["1"], "meetings": ["10"]], in: .satisfactionMentee).map
            { ($0 * 100).rounded() }
                == ((5 + 1 + 5) / 3.0 * 100).rounded())
        #expect(FeedbackScore.rating(["achieved": ["Да"]], in: .meetingFeedback) == nil)
    }

    @Test func aLowScoreOrANoAfterTheTrialFlagsThePair() {
        let fine: Answers = ["comfort": ["4"], "useful": ["4"], "continue": ["Да"]]
        #expect(!FeedbackScore.isLowCompatibility(fine, rating: FeedbackScore.rating(fine, in: .compatibility)))
        let low: Answers = ["comfort": ["2"], "useful": ["2"], "continue": ["Скорее да"]]
        #expect(FeedbackScore.isLowCompatibility(low, rating: FeedbackScore.rating(low, in: .compatibility)))
        #expect(
            FeedbackScore.isLowCompatibility(
                ["comfort": ["5"], "useful": ["5"], "continue": ["Скорее нет"]], rating: 5))
    }
}
