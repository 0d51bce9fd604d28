import Foundation

extension Questionnaire {
    /// Stage 5: after the group meeting each side ranks the people they met.
    public static let preference = Questionnaire(
        key: "preference", title: "Кого бы вы выбрали: после групповой встречи",
        intro:
            "Расположите тех, с кем вы познакомились, в порядке предпочтения: первым — того, с кем хотели бы работать больше всего.",
        audience: .mentee,
        sections: [
            QuestionnaireSection(
                title: "Ваш выбор",
                questions: [
                    Question(
                        "ranking", "Наставники в порядке вашего предпочтения", kind: .ranking,
                        choiceSource: .programMentors, required: true),
                    Question("why", "Почему первый в вашем списке?", kind: .longText),
                ])
        ])

    /// After the trial meeting: do the two fit each other?
    public static let compatibility = Questionnaire(
        key: "compatibility", title: "Совместимость после пробной встречи", audience: .participant,
        sections: [
            QuestionnaireSection(
                title: "Пробная встреча",
                questions: [
                    Question(
                        "comfort", "Насколько комфортно вам было общаться?", kind: .scale, scaleMax: 5, required: true),
                    Question("useful", "Насколько полезной была встреча?", kind: .scale, scaleMax: 5, required: true),
                    Question(
                        "continue", "Хотите продолжить работу в этой паре?", kind: .singleChoice,
                        options: ["Да", "Скорее да", "Скорее нет", "Нет"], required: true),
                    Question(
                        "why_not", "Что мешает?", kind: .longText, required: true,
                        showIf: .init(question: "continue", answers: ["Скорее нет", "Нет"])),
                ])
        ])

    /// After every meeting: a few seconds to answer.
    public static let meetingFeedback = Questionnaire(
        key: "meeting-feedback", title: "Обратная связь после встречи", audience: .participant,
        sections: [
            QuestionnaireSection(
                title: "Встреча",
                questions: [
                    Question("rating", "Как прошла встреча?", kind: .scale, scaleMax: 5, required: true),
                    Question(
                        "achieved", "Удалось ли сделать то, что планировали?", kind: .singleChoice,
                        options: ["Да", "Частично", "Нет"], required: true),
                    Question("comment", "Что было самым полезным и что изменить в следующий раз?", kind: .longText),
                ])
        ])

    /// Stage 7: how satisfied the mentee is with taking part.
    public static let satisfactionMentee = Questionnaire(
        key: "satisfaction-mentee", title: "Удовлетворённость участием в программе: наставляемый", audience: .mentee,
        sections: [
            QuestionnaireSection(
                title: "Оцените от 1 до 10",
                questions: [
                    Question(
                        "overall", "Насколько вы удовлетворены участием в программе наставничества?", kind: .scale,
                        scaleMax: 10, required: true),
                    Question("mentor", "Насколько вам помог наставник?", kind: .scale, scaleMax: 10, required: true),
                    Question(
                        "meetings", "Насколько полезными были встречи?", kind: .scale, scaleMax: 10, required: true),
                    Question(
                        "expectations", "Насколько оправдались ваши ожидания?", kind: .scale, scaleMax: 10,
                        required: true),
                    Question(
                        "again", "Хотели бы вы продолжить работу с наставником?", kind: .singleChoice, options: yesNo),
                    Question("proposals", "Что стоит изменить в программе?", kind: .longText),
                ])
        ])

    /// Stage 7: how satisfied the mentor is with taking part.
    public static let satisfactionMentor = Questionnaire(
        key: "satisfaction-mentor", title: "Удовлетворённость участием в программе: наставник", audience: .mentor,
        sections: [
            QuestionnaireSection(
                title: "Оцените от 1 до 10",
                questions: [
                    Question(
                        "overall", "Насколько вы удовлетворены участием в программе наставничества?", kind: .scale,
                        scaleMax: 10, required: true),
                    Question(
                        "mentee_progress", "Насколько вырос ваш наставляемый?", kind: .scale, scaleMax: 10,
                        required: true),
                    Question(
                        "support", "Насколько вам помогали куратор и организация?", kind: .scale, scaleMax: 10,
                        required: true),
                    Question(
                        "own_growth", "Насколько участие было полезным для вас самих?", kind: .scale, scaleMax: 10,
                        required: true),
                    Question("again", "Готовы ли вы стать наставником снова?", kind: .singleChoice, options: yesNo),
                    Question("proposals", "Что стоит изменить в программе?", kind: .longText),
                ])
        ])

    /// Impact monitoring: the same parameters on entry and on exit, so the change can be measured.
    public static let monitoring = Questionnaire(
        key: "monitoring", title: "Мониторинг влияния программы: входной и итоговый замер",
        intro: "Эту анкету заполняют дважды — в начале и в конце программы. Отвечайте о себе сегодняшнем.",
        audience: .participant,
        sections: [
            QuestionnaireSection(
                title: "Оцените от 1 до 10",
                questions: [
                    Question(
                        "motivation", "Мотивация учиться и развиваться", kind: .scale, scaleMax: 10, required: true),
                    Question(
                        "confidence", "Уверенность в тех умениях, ради которых вы пришли в программу", kind: .scale,
                        scaleMax: 10, required: true),
                    Question(
                        "adaptation", "Насколько вы чувствуете себя своим в коллективе", kind: .scale, scaleMax: 10,
                        required: true),
                    Question(
                        "communication", "Лёгкость общения с коллегами и сверстниками", kind: .scale, scaleMax: 10,
                        required: true),
                    Question(
                        "become_mentor", "Желание самому стать наставником", kind: .scale, scaleMax: 10, required: true),
                    Question("results", "Ваши результаты за период: конкурсы, олимпиады, проекты", kind: .longText),
                ])
        ])
}
