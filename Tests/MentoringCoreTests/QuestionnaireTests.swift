import Foundation
import MentoringCore
import Testing

struct QuestionnaireTests {
    static func choices(_ question: Question) -> [Choice] {
        switch question.choiceSource {
        case .pedagogicalVocabulary: Vocabulary.standard(.pedagogical).terms.map(Choice.init)
        case .studentVocabulary: Vocabulary.standard(.student).terms.map(Choice.init)
        case .programMentors:
            [Choice(value: "m1", title: "Петрова А. И."), Choice(value: "m2", title: "Сидоров Б. В.")]
        default: question.options.map(Choice.init)
        }
    }

    @Test(arguments: Questionnaire.builtIn)
    func everyBuiltInTemplateIsWellFormed(template: Questionnaire) throws {
        try template.validateStructure()
    }

    @Test func requiredQuestionsAndBadValuesGetMessagesNextToTheirFields() {
        let raw: Answers = ["study": ["7"], "hours": ["много"], "format": ["Очно"]]
        #expect {
            try Questionnaire.menteeNeedsStudent.validate(raw, choices: Self.choices)
        } throws: { error in
            let fields = (error as? ValidationFailure)?.fields ?? [:]
            return fields["q_study"] == "Выберите оценку от 1 до 5."
                && fields["q_main_request"] == "Ответьте на этот вопрос."
                && fields["q_hours"] == "Введите число." && fields["q_format"] == nil
        }
    }

    @Test func conditionalQuestionsCountOnlyWhenShown() throws {
        let base: Answers = ["study": ["4"], "main_request": ["Математика"], "hours": ["2"], "format": ["Очно"]]
        var withOlympiad = base
        withOlympiad["olympiad"] = ["Нет"]
        withOlympiad["olympiad_subject"] = ["физика"]
        let clean = try Questionnaire.menteeNeedsStudent.validate(withOlympiad, choices: Self.choices)
        #expect(clean["olympiad_subject"] == nil)
        withOlympiad["olympiad"] = ["Да"]
        #expect(
            try Questionnaire.menteeNeedsStudent.validate(withOlympiad, choices: Self.choices)["olympiad_subject"] == [
                "физика"
            ])
        // The mentor questionnaire requires the competency list that matches the chosen audience only.
        let mentor: Answers = [
            "with_whom": ["С обучающимися"], "competencies_students": ["Физика"], "experience": ["20 лет в школе"],
            "hours": ["3"], "capacity": ["2"], "format": ["Дистанционно"],
        ]
        #expect(
            try Questionnaire.mentorOffer.validate(mentor, choices: Self.choices)["competencies_students"] == ["Физика"]
        )
    }

    @Test func rankingsAcceptEachOptionOnce() throws {
        let ok = try Questionnaire.preference.validate(["ranking": ["m2", "m1"]], choices: Self.choices)
        #expect(ok["ranking"] == ["m2", "m1"])
        #expect(
            throws: ValidationFailure(fields: ["q_ranking": "Каждый вариант можно поставить только на одно место."])
        ) {
            try Questionnaire.preference.validate(["ranking": ["m1", "m1"]], choices: Self.choices)
        }
        #expect(throws: ValidationFailure(fields: ["q_ranking": "Выберите варианты из списка."])) {
            try Questionnaire.preference.validate(["ranking": ["m9"]], choices: Self.choices)
        }
    }

    @Test func answersProposeProfileChangesForReview() throws {
        let answers = try Questionnaire.menteeNeedsTeacher.validate(
            [
                "years": ["1"], "situation": ["Я молодой специалист (первые три года работы)"], "difficulty": ["4"],
                "main_request": ["Управление классом и дисциплина"],
                "requests": ["Работа с родителями", "Управление классом и дисциплина"],
                "hours": ["2,4"], "format": ["Очно"], "interests": ["театр, походы"],
            ], choices: Self.choices)
        let proposal = ProfileProposal(questionnaire: .menteeNeedsTeacher, answers: answers)
        #expect(
            proposal.requests == [
                MenteeRequest(text: "Управление классом и дисциплина", priority: 1),
                MenteeRequest(text: "Работа с родителями", priority: 2),
            ])
        let profile = MenteeProfile(
            form: .teacherTeacher, weeklyHours: 1, waitingSince: CalendarDate(year: 2026, month: 9, day: 1)!)
        let changes = proposal.changes(to: profile)
        #expect(changes.map(\.field) == ["Запросы", "Интересы", "Часов в неделю", "Формат встреч"])
        #expect(
            changes.first { $0.field == "Часов в неделю" } == ProfileChange(field: "Часов в неделю", old: "1", new: "2")
        )
        let applied = proposal.applied(to: profile)
        #expect(applied.interests == ["театр", "походы"] && applied.format == .inPerson)
        #expect(proposal.changes(to: applied).isEmpty)
    }

    @Test func mentorAnswersFillCapacityAndTheMunicipalFlag() throws {
        let answers = try Questionnaire.mentorOffer.validate(
            [
                "with_whom": ["С педагогами"],
                "competencies_teachers": ["Подготовка к ОГЭ и ЕГЭ", "Работа с родителями"],
                "experience": ["25 лет"], "hours": ["3"], "capacity": ["3"], "group": ["Да"], "format": ["Очно"],
                "offered": ["Да"],
            ], choices: Self.choices)
        let profile = ProfileProposal(questionnaire: .mentorOffer, answers: answers).applied(to: MentorProfile())
        #expect(profile.competencies == ["Подготовка к ОГЭ и ЕГЭ", "Работа с родителями"])
        #expect(
            profile.capacity == 3 && profile.groupAllowed && profile.offeredToOthers && profile.experience == "25 лет")
    }

    @Test func resultsCountSharesAveragesAndRanks() {
        let responses: [Answers] = [
            ["rating": ["5"], "achieved": ["Да"], "comment": ["Отлично"]],
            ["rating": ["4"], "achieved": ["Да"]],
            ["rating": ["3"], "achieved": ["Нет"]],
        ]
        let summary = SurveyResults.summarize(.meetingFeedback, responses: responses, choices: Self.choices)
        #expect(summary[0].average == 4)
        #expect(summary[0].counts.map(\.count) == [0, 0, 1, 1, 1])
        #expect(summary[1].counts.map(\.title) == ["Да", "Частично", "Нет"])
        #expect(summary[1].counts[0].count == 2 && abs(summary[1].counts[0].percent - 66.67) < 0.01)
        #expect(summary[2].texts == ["Отлично"])
        let ranks = SurveyResults.summarize(
            .preference, responses: [["ranking": ["m2", "m1"]], ["ranking": ["m2"]]], choices: Self.choices)
        #expect(ranks[0].counts.map(\.meanRank) == [2, 1])
    }

    @Test func aTemplateWithBrokenConditionsIsRefused() {
        var template = Questionnaire.compatibility
        template.sections[0].questions[3].showIf = .init(question: "nowhere", answers: ["Да"])
        template.sections[0].questions[1].id = "comfort"
        #expect {
            try template.validateStructure()
        } throws: { error in
            let fields = (error as? ValidationFailure)?.fields ?? [:]
            return fields["question.why_not"] != nil && fields["question.comfort"] != nil
        }
    }
}
