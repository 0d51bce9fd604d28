import Foundation

extension Questionnaire {
    /// The templates every organization starts with, in the order the program uses them.
    public static let builtIn: [Questionnaire] = [
        menteeNeedsTeacher, menteeNeedsStudent, mentorOffer, preference, compatibility, meetingFeedback,
        satisfactionMentee, satisfactionMentor, monitoring,
    ]

    static let yesNo = ["Да", "Нет"]
    static let formats = MeetingFormat.allCases.map(\.title)

    /// Stage 2: what a teacher who wants a mentor needs.
    public static let menteeNeedsTeacher = Questionnaire(
        key: "mentee-needs-teacher", title: "Анкета наставляемого педагога: мои профессиональные запросы",
        intro:
            "Анкета помогает подобрать наставника, который поможет именно с тем, что вам сейчас важно. Ответы видит куратор программы.",
        audience: .mentee,
        sections: [
            QuestionnaireSection(
                title: "О вашей работе",
                questions: [
                    Question(
                        "years", "Сколько лет вы работаете в образовании?", kind: .number, minimum: 0, maximum: 60,
                        required: true),
                    Question(
                        "situation", "Что лучше всего описывает вашу ситуацию?", kind: .singleChoice,
                        options: [
                            "Я молодой специалист (первые три года работы)", "Я перешёл в новую организацию",
                            "Я осваиваю новый предмет или новые условия работы", "Хочу развиваться дальше",
                        ], required: true),
                    Question(
                        "difficulty", "Насколько трудно вам сейчас даётся работа?", kind: .scale,
                        help: "1 — совсем легко, 5 — очень трудно",
                        scaleMax: 5, required: true),
                ]),
            QuestionnaireSection(
                title: "С чем нужна помощь",
                questions: [
                    Question(
                        "main_request", "Главное, в чём вам нужна помощь наставника", kind: .vocabulary,
                        choiceSource: .pedagogicalVocabulary, maxChoices: 1, required: true, profileField: .mainRequest),
                    Question(
                        "requests", "Что ещё хотелось бы освоить или улучшить?", kind: .vocabulary,
                        choiceSource: .pedagogicalVocabulary, help: "Не больше пяти пунктов", maxChoices: 5,
                        profileField: .requests),
                    Question(
                        "request_notes", "Опишите свой запрос своими словами", kind: .longText,
                        profileField: .requestNotes),
                ]),
            QuestionnaireSection(
                title: "Как удобно работать",
                questions: [
                    Question(
                        "hours", "Сколько часов в неделю вы готовы уделять встречам с наставником?", kind: .number,
                        minimum: 0, maximum: 20, required: true, profileField: .weeklyHours),
                    Question(
                        "format", "Как вам удобнее встречаться?", kind: .singleChoice, options: formats, required: true,
                        profileField: .format),
                    Question(
                        "interests", "Ваши интересы и увлечения", kind: .shortText, help: "Через запятую",
                        profileField: .interests),
                ]),
        ])

    /// Stage 2: what a student who wants a mentor needs.
    public static let menteeNeedsStudent = Questionnaire(
        key: "mentee-needs-student", title: "Анкета обучающегося: в чём мне нужна поддержка",
        intro: "Ответь честно: так мы найдём тебе наставника, с которым будет интересно и полезно.",
        audience: .mentee,
        sections: [
            QuestionnaireSection(
                title: "Учёба",
                questions: [
                    Question(
                        "study", "Как ты оцениваешь свою учёбу сейчас?", kind: .scale,
                        help: "1 — очень трудно, 5 — всё получается",
                        scaleMax: 5, required: true),
                    Question(
                        "main_request", "С чем тебе больше всего нужна помощь?", kind: .vocabulary,
                        choiceSource: .studentVocabulary, maxChoices: 1, required: true, profileField: .mainRequest),
                    Question(
                        "requests", "Что ещё было бы полезно?", kind: .vocabulary, choiceSource: .studentVocabulary,
                        help: "Можно выбрать до пяти пунктов", maxChoices: 5, profileField: .requests),
                    Question(
                        "olympiad", "Хочешь участвовать в олимпиадах или конкурсах?", kind: .singleChoice,
                        options: yesNo),
                    Question(
                        "olympiad_subject", "В каких?", kind: .shortText,
                        showIf: .init(question: "olympiad", answers: ["Да"])),
                ]),
            QuestionnaireSection(
                title: "О тебе",
                questions: [
                    Question(
                        "interests", "Чем ты увлекаешься?", kind: .shortText, help: "Через запятую",
                        profileField: .interests),
                    Question(
                        "request_notes", "Что ещё важно знать наставнику?", kind: .longText, profileField: .requestNotes
                    ),
                    Question(
                        "hours", "Сколько часов в неделю ты готов заниматься с наставником?", kind: .number,
                        minimum: 0, maximum: 10, required: true, profileField: .weeklyHours),
                    Question(
                        "format", "Как удобнее встречаться?", kind: .singleChoice, options: formats, required: true,
                        profileField: .format),
                ]),
        ])

    /// Stage 3: «Чем я могу быть полезен в качестве наставника?»
    public static let mentorOffer = Questionnaire(
        key: "mentor-offer", title: "Чем я могу быть полезен в качестве наставника?",
        intro: "Анкета для тех, кто готов стать наставником. По ответам куратор сформирует базу наставников.",
        audience: .mentor,
        sections: [
            QuestionnaireSection(
                title: "Кого вы готовы сопровождать",
                questions: [
                    Question(
                        "with_whom", "С кем вы готовы работать?", kind: .singleChoice,
                        options: ["С педагогами", "С обучающимися"], required: true),
                    Question(
                        "competencies_teachers", "В чём вы можете помочь коллеге?", kind: .vocabulary,
                        choiceSource: .pedagogicalVocabulary, required: true,
                        showIf: .init(question: "with_whom", answers: ["С педагогами"]), profileField: .competencies),
                    Question(
                        "competencies_students", "В чём вы можете помочь обучающемуся?", kind: .vocabulary,
                        choiceSource: .studentVocabulary, required: true,
                        showIf: .init(question: "with_whom", answers: ["С обучающимися"]), profileField: .competencies),
                    Question(
                        "competency_notes", "Что ещё вы умеете и готовы передать?", kind: .longText,
                        profileField: .competencyNotes),
                    Question(
                        "ages", "Возраст или классы наставляемых, с которыми вам комфортно", kind: .shortText,
                        help: "Например: 5–7 классы; молодые специалисты", profileField: .menteeAges),
                ]),
            QuestionnaireSection(
                title: "Ваш опыт",
                questions: [
                    Question(
                        "experience", "Жизненный и профессиональный опыт, которым вы готовы поделиться",
                        kind: .longText,
                        required: true, profileField: .experience),
                    Question(
                        "interests", "Ваши интересы и увлечения", kind: .shortText, help: "Через запятую",
                        profileField: .interests),
                    Question("mentored_before", "Были ли вы наставником раньше?", kind: .singleChoice, options: yesNo),
                ]),
            QuestionnaireSection(
                title: "Время и формат",
                questions: [
                    Question(
                        "hours", "Сколько часов в неделю вы готовы уделять наставничеству?", kind: .number,
                        minimum: 0, maximum: 20, required: true, profileField: .weeklyHours),
                    Question(
                        "capacity", "Скольких наставляемых вы готовы вести одновременно?", kind: .number,
                        minimum: 0, maximum: 15, required: true, profileField: .capacity),
                    Question(
                        "group", "Готовы ли вы к групповому наставничеству?", kind: .singleChoice, options: yesNo,
                        profileField: .groupAllowed),
                    Question(
                        "format", "Как вам удобнее встречаться?", kind: .singleChoice, options: formats, required: true,
                        profileField: .format),
                    Question(
                        "offered", "Можно ли предлагать вас наставляемым других организаций муниципалитета?",
                        kind: .singleChoice,
                        options: yesNo, profileField: .offeredToOthers),
                ]),
        ])
}
