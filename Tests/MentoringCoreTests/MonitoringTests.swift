import Foundation
import MentoringCore
import Testing

@Suite struct MonitoringTests {
    @Test(arguments: [
        (3, 12 as Int?, true, "25 %", IndicatorValue.State.computed),
        (1, 3, false, "33,3 %", .computed),
        (5, nil, true, "нет знаменателя", .missingDenominator),
        (5, 0, true, "нет знаменателя", .missingDenominator),
        (0, 0, false, "нет данных", .noData),
    ])
    func shareSaysWhyItIsMissing(
        numerator: Int, denominator: Int?, entered: Bool, text: String, state: IndicatorValue.State
    ) {
        let value = IndicatorValue(
            numerator: numerator, denominator: denominator, target: 30, enteredDenominator: entered)
        #expect(value.text == text)
        #expect(value.state == state)
        #expect((value.percent == nil) == (state != .computed), "a missing share is never shown as 0 %")
    }

    @Test func targetIsMetAtOrAboveIt() {
        #expect(IndicatorValue(numerator: 1, denominator: 2, target: 50, enteredDenominator: false).meetsTarget == true)
        #expect(
            IndicatorValue(numerator: 1, denominator: 3, target: 50, enteredDenominator: false).meetsTarget == false)
        #expect(IndicatorValue(numerator: 1, denominator: nil, target: 50, enteredDenominator: true).meetsTarget == nil)
    }

    @Test(arguments: [(4, 5, true), (3, 5, false), (7, 10, true), (6, 10, false), (5, 7, true), (4, 7, false)])
    func satisfactionThreshold(mark: Int, scale: Int, satisfied: Bool) {
        #expect(SatisfactionThreshold.standard.isSatisfied(mark: mark, scaleMax: scale) == satisfied)
    }

    @Test func defaultTargetsFollowTheRegulationAndHoldAfterTheThirdYear() {
        #expect(
            [0, 1, 2, 5].map { MunicipalIndicator.menteeChildren.defaultTarget(yearIndex: $0) } == [35, 50, 70, 70])
        #expect(MunicipalFigures.defaults(year: 2027, firstYear: 2026).targets[.mentorChildren] == 6)
        #expect(MunicipalFigures.defaults(year: 2026, firstYear: nil).targets[.youngSpecialists] == 50)
    }

    @Test func ageBandBirthDatesAgreeWithAges() throws {
        let reference = try #require(CalendarDate(year: 2026, month: 9, day: 1))
        let band = AgeBand.children10to19
        let (after, upTo) = band.birthDates(on: reference)
        var day = try #require(CalendarDate(year: 2005, month: 1, day: 1))
        while day.year < 2018 {
            let inside = day > after && day <= upTo
            #expect(inside == band.contains(birthDate: day, on: reference), "\(day)")
            day = day.adding(days: 17)
        }
        #expect(band.contains(birthDate: CalendarDate(year: 2016, month: 9, day: 1)!, on: reference))
        #expect(
            !band.contains(birthDate: CalendarDate(year: 2006, month: 9, day: 1)!, on: reference),
            "twenty on the reference date")
    }

    func figuresInput(
        _ targets: [MunicipalIndicator: String] = [:], wide: String? = "1000", narrow: String? = "400"
    ) -> MunicipalFiguresInput {
        var all = Dictionary(uniqueKeysWithValues: MunicipalIndicator.allCases.map { ($0.rawValue, "50") })
        for (indicator, text) in targets { all[indicator.rawValue] = text }
        return MunicipalFiguresInput(
            children10to19: wide, children15to19: narrow, youngSpecialists: nil, referenceDate: "01.09.2026",
            targets: all)
    }

    @Test func figuresAcceptMissingDenominatorsButNotImpossibleNumbers() throws {
        let figures = try figuresInput(wide: nil, narrow: nil).validate(year: 2026)
        #expect(figures.children10to19 == nil && figures.targets[.menteeChildren] == 50)
        #expect(
            throws: ValidationFailure(fields: [
                MunicipalFiguresInput.targetField(.menteeSatisfaction): "Целевое значение — число от 0 до 100."
            ])
        ) {
            try figuresInput([.menteeSatisfaction: "120"]).validate(year: 2026)
        }
        #expect(
            throws: ValidationFailure(fields: [
                "children15to19": "Детей 15–19 лет не может быть больше, чем детей 10–19 лет (100)."
            ])
        ) {
            try figuresInput(wide: "100", narrow: "400").validate(year: 2026)
        }
        #expect(throws: ValidationFailure.self) { try figuresInput(wide: "-5").validate(year: 2026) }
    }

    @Test func figuresReadNumbersSentAsJSONNumbers() throws {
        let json =
            #"{"children10to19": 1200, "targets": {"mentee_children": 35, "mentor_children": "2", "young_specialists": 50.5, "mentee_satisfaction": 65, "mentor_satisfaction": 65}}"#
        let figures = try JSONDecoder().decode(MunicipalFiguresInput.self, from: Data(json.utf8)).validate(year: 2026)
        #expect(
            figures.children10to19 == 1200 && figures.targets[.youngSpecialists] == 50.5
                && figures.targets[.mentorChildren] == 2)
    }

    @Test func impactCountsOnlyParticipantsMeasuredTwice() {
        let summary = ImpactSummary.summarize(
            [
                ImpactRecord(
                    participant: "a", group: "Наставляемые", entry: ["motivation": 4], exit: ["motivation": 7]),
                ImpactRecord(
                    participant: "b", group: "Наставляемые", entry: ["motivation": 6], exit: ["motivation": 5]),
                ImpactRecord(participant: "c", group: "Наставляемые", entry: nil, exit: ["motivation": 10]),
                ImpactRecord(participant: "d", group: "Наставляемые", entry: ["motivation": 1], exit: nil),
            ], parameters: ["motivation"])
        #expect(summary.summaries.count == 1)
        let motivation = summary.summaries[0]
        #expect(motivation.participants == 2 && motivation.meanChange == 1 && motivation.improvedPercent == 50)
        #expect(summary.exitWithoutEntry == 1 && summary.waitingForExit == 1)
    }

    @Test func processResultShareNeedsItsTotal() throws {
        let exams = try ProcessResultInput(period: "2025–2026 учебный год", kind: "oge", total: "40", count: "36")
            .validate()
        #expect(exams.valueText == "90 % (36 из 40)")
        #expect(try ProcessResultInput(period: "I полугодие", kind: "projects", count: "3").validate().valueText == "3")
        #expect(throws: ValidationFailure(fields: ["total": "Введите число."])) {
            try ProcessResultInput(period: "I полугодие", kind: "vpr", count: "3").validate()
        }
        #expect(throws: ValidationFailure(fields: ["count": "Не больше, чем участвовало (10)."])) {
            try ProcessResultInput(period: "I полугодие", kind: "ege", total: "10", count: "12").validate()
        }
    }

    @Test func emptyProgramShowsNoDataNotZero() {
        let cards = ProgramFacts().cards(targets: [.menteeSatisfaction: 65])
        let byKey = Dictionary(uniqueKeysWithValues: cards.map { ($0.key, $0) })
        #expect(byKey["matched_share"]?.value == "нет данных")
        #expect(byKey["meetings_per_pair_month"]?.value == "нет данных")
        #expect(byKey["mentee_satisfaction"]?.value == "нет данных" && byKey["mentee_satisfaction"]?.meetsTarget == nil)
        #expect(cards.allSatisfy { !$0.definition.isEmpty })
    }

    @Test func overallMarkIsTheFirstScaleAnswer() {
        let mark = Questionnaire.satisfactionMentee.overallMark(in: ["mentor": ["3"], "overall": ["8"]])
        #expect(mark?.mark == 8 && mark?.scaleMax == 10)
        #expect(Questionnaire.satisfactionMentee.overallMark(in: [:]) == nil)
    }

    @Test(arguments: [(2.0, "+2,0"), (-1.5, "-1,5"), (0.0, "0,0"), (-0.01, "0,0"), (0.04, "0,0")])
    func aChangeCarriesItsSign(change: Double, shown: String) {
        #expect(change.signedOneDecimal == shown)
    }

    /// A students-only program has no young-specialist card; a teachers-only one no cards about students.
    @Test func cardsFollowTheProgramsForms() {
        let keys = { (forms: [MentoringForm]) in Set(ProgramFacts().cards(targets: [:], forms: forms).map(\.key)) }
        let students = keys([.studentStudent])
        let teachers = keys([.teacherTeacher])
        #expect(!students.contains("young_specialists") && students.contains("mentee_children"))
        #expect(teachers.contains("young_specialists") && !teachers.contains("mentee_children"))
        #expect(!teachers.contains("mentor_children"))
        let every = ProgramFacts().cards(targets: [:], forms: MentoringForm.allCases)
        #expect(ProgramFacts().cards(targets: [:]).count == every.count)
    }
}
