import Foundation
import MentoringCore

/// The operations of the program's bases, matching and mentorships.
extension OpenAPIDocument {
    static let baseOperations: [Operation] = [
        .init(
            method: "get", path: "/organizations/{organizationID}/programs",
            summary: "Программы наставничества организации", response: list("Program")),
        .init(
            method: "post", path: "/organizations/{organizationID}/programs", summary: "Создать программу",
            request: "ProgramInput",
            response: ref("Program"), status: "201"),
        .init(method: "get", path: "/programs/{programID}", summary: "Программа", response: ref("Program")),
        .init(
            method: "get", path: "/programs/{programID}/mentors",
            summary: "База наставников (только с действующим согласием)", response: list("Mentor")),
        .init(
            method: "post", path: "/programs/{programID}/mentors",
            summary: "Добавить наставника (personID и поля профиля)",
            request: "MentorProfileInput", response: ref("Mentor"), status: "201"),
        .init(
            method: "get", path: "/programs/{programID}/mentees", summary: "База наставляемых с запросами",
            response: list("Mentee")),
        .init(
            method: "post", path: "/programs/{programID}/mentees",
            summary: "Добавить наставляемого (personID и поля профиля)",
            request: "MenteeProfileInput", response: ref("Mentee"), status: "201"),
        .init(
            method: "get", path: "/mentor-profiles/{profileID}", summary: "Профиль наставника",
            response: ref("Mentor")),
        .init(
            method: "put", path: "/mentor-profiles/{profileID}", summary: "Изменить профиль наставника",
            request: "MentorProfileInput", response: ref("Mentor")),
        .init(
            method: "get", path: "/mentee-profiles/{profileID}", summary: "Профиль наставляемого",
            response: ref("Mentee")),
        .init(
            method: "put", path: "/mentee-profiles/{profileID}", summary: "Изменить профиль наставляемого",
            request: "MenteeProfileInput", response: ref("Mentee")),
        .init(
            method: "get", path: "/organizations/{organizationID}/questionnaires",
            summary: "Анкеты: встроенные и свои, последние версии",
            response: list("Questionnaire")),
        .init(
            method: "post", path: "/organizations/{organizationID}/questionnaires",
            summary: "Сохранить свою анкету (тот же key — новая версия)",
            request: "QuestionnaireDefinition", response: ref("Questionnaire"), status: "201"),
        .init(
            method: "post", path: "/programs/{programID}/surveys",
            summary: "Отправить анкету: личные ссылки для каждого участника группы",
            request: "SurveyInput", response: ref("Survey"), status: "201"),
        .init(
            method: "get", path: "/surveys/{surveyID}", summary: "Анкетирование и его результаты по вопросам",
            response: ref("Survey")),
    ]

    static let matchingOperations: [Operation] = [
        .init(
            method: "get", path: "/programs/{programID}/matching-runs", summary: "Подборы пар программы",
            response: list("MatchingRunSummary")),
        .init(
            method: "post", path: "/programs/{programID}/matching-runs",
            summary: "Запустить подбор на базах программы (режим и веса)",
            request: "MatchingInput", response: ref("MatchingRun"), status: "201"),
        .init(
            method: "get", path: "/matching-runs/{runID}",
            summary: "Подбор: пары с объяснением, оставшиеся без пары, итоги", response: ref("MatchingRun")),
        .init(
            method: "post", path: "/matching-runs/{runID}/pairs",
            summary: "Закрепить (lock), снять закрепление (unlock), запретить (forbid) или разрешить (allow) пару",
            request: "MatchingPairInput", response: ref("MatchingRun")),
        .init(
            method: "post", path: "/matching-runs/{runID}/move",
            summary: "Переставить наставляемого к другому наставнику (пара закрепляется)",
            request: "MatchingPairInput", response: ref("MatchingRun")),
        .init(
            method: "post", path: "/matching-runs/{runID}/rerun",
            summary: "Повторить подбор с закреплёнными и запрещёнными парами",
            response: ref("MatchingRun"), status: "201"),
        .init(
            method: "post", path: "/matching-runs/{runID}/accept",
            summary: "Принять подбор: черновики пар и групп для приказа",
            response: ref("MatchingAcceptance")),
        .init(
            method: "get", path: "/municipalities/{municipalityID}/matching-runs",
            summary: "Подборы по муниципальной базе",
            response: list("MunicipalMatchingRunSummary")),
        .init(
            method: "post", path: "/municipalities/{municipalityID}/matching-runs",
            summary:
                "Запустить подбор по базам всех организаций муниципалитета "
                + "(наставники других организаций — с их согласия)",
            request: "MatchingInput", response: ref("MunicipalMatchingRun"), status: "201"),
        .init(
            method: "get", path: "/municipal-matching-runs/{runID}",
            summary: "Муниципальный подбор: пары, организации, оставшиеся без пары",
            response: ref("MunicipalMatchingRun")),
        .init(
            method: "post", path: "/municipal-matching-runs/{runID}/accept",
            summary:
                "Передать пары в организации: черновики в программах наставляемых (ids — "
                + "выбранные пары «наставник/наставляемый», пусто — все)",
            request: "MunicipalMatchingAcceptInput", response: ref("MunicipalMatchingAcceptance")),
    ]

    static let mentorshipOperations: [Operation] = [
        .init(
            method: "get", path: "/programs/{programID}/mentorships",
            summary: "Пары и группы программы: статус, встречи в неделю, последняя встреча, средняя оценка, риски",
            response: list("MentorshipRow")),
        .init(
            method: "post", path: "/programs/{programID}/mentorships",
            summary: "Составить пару вручную (черновик до приказа)",
            request: "MentorshipInput", response: ref("Mentorship"), status: "201"),
        .init(
            method: "get", path: "/mentorships/{mentorshipID}",
            summary: "Пара: участники, программа, встречи, приказы, история", response: ref("Mentorship")),
        .init(
            method: "post", path: "/mentorships/{mentorshipID}/status",
            summary:
                "Начать работу (activate), завершить (complete), прекратить (terminate "
                + "с reason), отметить лучшую практику (best_practice)",
            request: "MentorshipStatusChange", response: ref("Mentorship")),
        .init(
            method: "post", path: "/mentorships/{mentorshipID}/mentor",
            summary: "Сменить наставника: новая пара-черновик, связанная со старой",
            request: "MentorshipStatusChange", response: ref("Mentorship"), status: "201"),
        .init(
            method: "post", path: "/mentorships/{mentorshipID}/plan",
            summary: "Изменить персонализированную программу: draft, goal, task, task_status, goal_achieved, texts",
            request: "PlanChange", response: ref("Mentorship")),
        .init(
            method: "get", path: "/mentorships/{mentorshipID}/plan/document",
            summary: "Персонализированная программа (DOCX)", response: binary, produces: [docxType]),
        .init(
            method: "post", path: "/mentorships/{mentorshipID}/report",
            summary: "Текст аналитического отчёта наставника; action submit сдаёт его",
            request: "MentorReportInput", response: ref("Mentorship")),
        .init(
            method: "get", path: "/mentorships/{mentorshipID}/report/document",
            summary: "Аналитический отчёт наставника (DOCX)", response: binary, produces: [docxType]),
        .init(
            method: "post", path: "/mentorships/{mentorshipID}/meetings",
            summary: "Запланировать встречу или внести прошедшую (участники получат форму обратной связи)",
            request: "MeetingInput",
            response: ref("Meeting"), status: "201"),
        .init(
            method: "post", path: "/meetings/{meetingID}",
            summary: "Отметить встречу проведённой (held) или отменённой (cancelled)",
            request: "MeetingOutcome", response: ref("Meeting")),
        .init(
            method: "get", path: "/organizations/{organizationID}/orders", summary: "Реестр приказов организации",
            response: list("OrderSummary")),
        .init(
            method: "post", path: "/organizations/{organizationID}/orders",
            summary: "Подготовить проект приказа из данных программы",
            request: "OrderInput", response: ref("Order"), status: "201"),
        .init(method: "get", path: "/orders/{orderID}", summary: "Приказ", response: ref("Order")),
        .init(
            method: "post", path: "/orders/{orderID}/sign",
            summary: "Отметить приказ подписанным: номер и дата; пары закрепляются, наставники входят в реестр",
            request: "OrderSignInput", response: ref("Order")),
        .init(
            method: "get", path: "/orders/{orderID}/document", summary: "Приказ (DOCX)", response: binary,
            produces: [docxType]),
    ]
}
