import Foundation
import MentoringCore
import Testing

struct MentorshipTests {
    static let period = DateSpan(
        start: CalendarDate(year: 2026, month: 9, day: 1), end: CalendarDate(year: 2027, month: 5, day: 31))

    @Test(arguments: [
        (MentorshipStatus.draft, MentorshipStatus.fixed, true), (.fixed, .active, true), (.active, .completed, true),
        (.draft, .terminated, true), (.active, .terminated, true), (.draft, .active, false),
        (.draft, .completed, false),
        (.fixed, .completed, false), (.completed, .terminated, false), (.terminated, .active, false),
        (.completed, .active, false),
    ])
    func onlyTheMethodologysMovesAreAllowed(from: MentorshipStatus, to: MentorshipStatus, allowed: Bool) {
        #expect(from.allows(to) == allowed)
    }

    @Test func onlyAnIncompatibilityOrTheMentorLeavingPutsMenteesBackOnTheWaitlist() {
        #expect(TerminationReason.incompatibility.rematchesMentee)
        #expect(TerminationReason.mentorLeft.rematchesMentee)
        #expect(!TerminationReason.menteeLeft.rematchesMentee)
    }

    @Test func capacityCountsHeldPlacesAndGroups() {
        #expect(MentorshipRules.capacityProblem(capacity: 2, holding: 1, adding: 1, groupAllowed: false) == nil)
        #expect(
            MentorshipRules.capacityProblem(capacity: 2, holding: 2, adding: 1, groupAllowed: false)?.contains(
                "занято 2") == true)
        #expect(
            MentorshipRules.capacityProblem(capacity: 3, holding: 0, adding: 2, groupAllowed: false)?.contains(
                "групповое") == true)
        #expect(MentorshipRules.capacityProblem(capacity: 3, holding: 0, adding: 2, groupAllowed: true) == nil)
        #expect(
            MentorshipRules.capacityProblem(capacity: 0, holding: 0, adding: 1, groupAllowed: true)?.contains("0")
                == true)
    }

    @Test func aPairTakesTheProgramsPeriodAndBecomesAGroupWithSeveralMentees() throws {
        let mentor = UUID()
        let a = UUID()
        let b = UUID()
        let valid = try MentorshipInput(
            mentor: mentor.uuidString, mentees: [a.uuidString, b.uuidString], coMentors: [mentor.uuidString],
            form: "teacher_teacher"
        ).validated(within: Self.period)
        #expect(valid.startsOn.description == "2026-09-01" && valid.endsOn.description == "2027-05-31")
        #expect(valid.kinds == [.group])
        #expect(valid.coMentors.isEmpty, "the mentor is not their own co-mentor")
    }

    @Test func aPairWithoutPeopleOrWithAForeignRoleModelIsRefusedFieldByField() {
        #expect(throws: ValidationFailure.self) {
            try MentorshipInput(form: "teacher_teacher").validated(within: Self.period)
        }
        do {
            _ = try MentorshipInput(
                mentees: [], form: "teacher_teacher", roleModel: "Работодатель – ученик", startsOn: "2027-01-10",
                endsOn: "2026-12-01"
            ).validated(within: Self.period)
            Issue.record("accepted")
        } catch {
            #expect(Set(error.fields.keys) == ["mentor", "mentees", "roleModel", "endsOn"])
        }
    }

    @Test func theOrderThatFixesPairsIsTheEvidenceOfTheRoadmapActivityAboutIt() {
        #expect(
            OrderKind.fixMentorships.fulfils(
                activityTitle: "Издание приказа о закреплении наставнических пар", deliverable: nil))
        #expect(
            !OrderKind.fixMentorships.fulfils(activityTitle: "Закрепление наставнических пар", deliverable: "Протокол"))
        #expect(OrderKind.appointCurator.fulfils(activityTitle: "Назначение куратора", deliverable: "Приказ"))
        #expect(
            !OrderKind.appointCurator.fulfils(activityTitle: "Утверждение реестра наставников", deliverable: "Приказ"))
    }

    @Test func anOrderSignatureNeedsANumberWithADigitAndADateNotInTheFuture() throws {
        let today = CalendarDate(year: 2026, month: 11, day: 21)!
        let signature = try OrderSignature.validated(number: " 45-о ", date: "20.11.2026", today: today)
        #expect(signature.number == "45-о" && signature.date.description == "2026-11-20")
        #expect(throws: ValidationFailure(fields: ["number": "В номере приказа должна быть цифра."])) {
            try OrderSignature.validated(number: "б/н", date: "2026-11-20", today: today)
        }
        #expect(throws: ValidationFailure(fields: ["date": "Приказ не может быть подписан позже сегодняшнего дня."])) {
            try OrderSignature.validated(number: "12", date: "22.11.2026", today: today)
        }
    }

    @Test func onlyPairOrdersCarryAnAppendixOfPairs() {
        #expect(OrderKind.allCases.filter(\.listsMentorships) == [.fixMentorships, .changeMentorships])
        let points = OrderKind.fixMentorships.defaultPoints(
            program: "Наставничество 2026/27", period: "2026/27 учебный год", curator: "")
        #expect(points.first?.contains("«Наставничество 2026/27»") == true)
    }
}
