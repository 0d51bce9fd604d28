import Fluent
import FluentKit
import Foundation
import MentoringCore

/// The OpenAPI 3.1 description of `/api/v1`. A test checks that every registered API route is in it.
enum OpenAPIDocument {
    struct Operation {
        var method: String
        var path: String
        var summary: String
        var request: String?
        var response: JSONValue
        var status = "200"
    }

    static let operations: [Operation] = [
        .init(method: "get", path: "/me", summary: "Текущая учётная запись и её роли", response: ref("Me")),
        .init(method: "get", path: "/organizations", summary: "Доступные организации", response: list("Organization")),
        .init(method: "get", path: "/organizations/{organizationID}", summary: "Организация", response: ref("Organization")),
        .init(method: "get", path: "/organizations/{organizationID}/people",
              summary: "Участники организации (параметры q, category, consent, page)", response: ref("PersonPage")),
        .init(method: "post", path: "/organizations/{organizationID}/people", summary: "Добавить участника",
              request: "PersonInput", response: ref("Person"), status: "201"),
        .init(method: "get", path: "/people/{personID}", summary: "Карточка участника (чтение записывается в журнал)", response: ref("Person")),
        .init(method: "put", path: "/people/{personID}", summary: "Изменить данные участника", request: "PersonInput", response: ref("Person")),
        .init(method: "get", path: "/people/{personID}/consents", summary: "Согласия участника", response: list("Consent")),
        .init(method: "post", path: "/people/{personID}/consents", summary: "Добавить согласие", request: "ConsentInput",
              response: ref("Consent"), status: "201"),
        .init(method: "post", path: "/people/{personID}/consents/{consentID}/withdraw", summary: "Отозвать согласие",
              response: ref("Consent")),
        .init(method: "get", path: "/people/{personID}/representatives", summary: "Законные представители", response: list("Representative")),
        .init(method: "post", path: "/people/{personID}/representatives", summary: "Добавить законного представителя",
              request: "RepresentativeInput", response: ref("Representative"), status: "201"),
        .init(method: "get", path: "/audit", summary: "Журнал аудита (параметры person, from, to)", response: list("AuditEntry")),
        .init(method: "get", path: "/roadmaps", summary: "Доступные дорожные карты (без мероприятий)", response: list("Roadmap")),
        .init(method: "post", path: "/roadmaps", summary: "Создать дорожную карту по шаблону или по этапам", request: "RoadmapInput",
              response: ref("Roadmap"), status: "201"),
        .init(method: "post", path: "/roadmaps/import",
              summary: "Прочитать дорожную карту из файла (multipart/form-data, поле file: DOCX, XLSX, CSV, TXT); ничего не сохраняет",
              response: ref("RoadmapImport")),
        .init(method: "get", path: "/roadmaps/{roadmapID}", summary: "Дорожная карта с этапами и мероприятиями", response: ref("Roadmap")),
        .init(method: "put", path: "/roadmaps/{roadmapID}", summary: "Утвердить (status approved, approvalOrder), архивировать",
              request: "RoadmapStatusInput", response: ref("Roadmap")),
        .init(method: "delete", path: "/roadmaps/{roadmapID}", summary: "Удалить дорожную карту", response: ["type": "null"], status: "204"),
        .init(method: "post", path: "/roadmaps/{roadmapID}/stages", summary: "Добавить этап", request: "StageInput",
              response: ref("Roadmap"), status: "201"),
        .init(method: "post", path: "/roadmaps/{roadmapID}/stages/{stageID}/activities", summary: "Добавить мероприятие в этап",
              request: "ActivityInput", response: ref("Roadmap"), status: "201"),
        .init(method: "put", path: "/roadmaps/{roadmapID}/activities/{activityID}",
              summary: "Изменить мероприятие: срок (текст перечитывается), статус, дата выполнения", request: "ActivityInput", response: ref("Roadmap")),
        .init(method: "delete", path: "/roadmaps/{roadmapID}/activities/{activityID}", summary: "Удалить мероприятие",
              response: ["type": "null"], status: "204"),
        .init(method: "get", path: "/openapi.json", summary: "Это описание API", response: ["type": "object"]),
    ] + baseOperations + matchingOperations + mentorshipOperations + monitoringOperations + accountOperations

    static let baseOperations: [Operation] = [
        .init(method: "get", path: "/organizations/{organizationID}/programs", summary: "Программы наставничества организации", response: list("Program")),
        .init(method: "post", path: "/organizations/{organizationID}/programs", summary: "Создать программу", request: "ProgramInput",
              response: ref("Program"), status: "201"),
        .init(method: "get", path: "/programs/{programID}", summary: "Программа", response: ref("Program")),
        .init(method: "get", path: "/programs/{programID}/mentors", summary: "База наставников (только с действующим согласием)", response: list("Mentor")),
        .init(method: "post", path: "/programs/{programID}/mentors", summary: "Добавить наставника (personID и поля профиля)",
              request: "MentorProfileInput", response: ref("Mentor"), status: "201"),
        .init(method: "get", path: "/programs/{programID}/mentees", summary: "База наставляемых с запросами", response: list("Mentee")),
        .init(method: "post", path: "/programs/{programID}/mentees", summary: "Добавить наставляемого (personID и поля профиля)",
              request: "MenteeProfileInput", response: ref("Mentee"), status: "201"),
        .init(method: "get", path: "/mentor-profiles/{profileID}", summary: "Профиль наставника", response: ref("Mentor")),
        .init(method: "put", path: "/mentor-profiles/{profileID}", summary: "Изменить профиль наставника", request: "MentorProfileInput", response: ref("Mentor")),
        .init(method: "get", path: "/mentee-profiles/{profileID}", summary: "Профиль наставляемого", response: ref("Mentee")),
        .init(method: "put", path: "/mentee-profiles/{profileID}", summary: "Изменить профиль наставляемого", request: "MenteeProfileInput", response: ref("Mentee")),
        .init(method: "get", path: "/organizations/{organizationID}/questionnaires", summary: "Анкеты: встроенные и свои, последние версии",
              response: list("Questionnaire")),
        .init(method: "post", path: "/organizations/{organizationID}/questionnaires", summary: "Сохранить свою анкету (тот же key — новая версия)",
              request: "QuestionnaireDefinition", response: ref("Questionnaire"), status: "201"),
        .init(method: "post", path: "/programs/{programID}/surveys", summary: "Отправить анкету: личные ссылки для каждого участника группы",
              request: "SurveyInput", response: ref("Survey"), status: "201"),
        .init(method: "get", path: "/surveys/{surveyID}", summary: "Анкетирование и его результаты по вопросам", response: ref("Survey")),
    ]

    static let matchingOperations: [Operation] = [
        .init(method: "get", path: "/programs/{programID}/matching-runs", summary: "Подборы пар программы", response: list("MatchingRunSummary")),
        .init(method: "post", path: "/programs/{programID}/matching-runs", summary: "Запустить подбор на базах программы (режим и веса)",
              request: "MatchingInput", response: ref("MatchingRun"), status: "201"),
        .init(method: "get", path: "/matching-runs/{runID}", summary: "Подбор: пары с объяснением, оставшиеся без пары, итоги", response: ref("MatchingRun")),
        .init(method: "post", path: "/matching-runs/{runID}/pairs", summary: "Закрепить (lock), снять закрепление (unlock), запретить (forbid) или разрешить (allow) пару",
              request: "MatchingPairInput", response: ref("MatchingRun")),
        .init(method: "post", path: "/matching-runs/{runID}/move", summary: "Переставить наставляемого к другому наставнику (пара закрепляется)",
              request: "MatchingPairInput", response: ref("MatchingRun")),
        .init(method: "post", path: "/matching-runs/{runID}/rerun", summary: "Повторить подбор с закреплёнными и запрещёнными парами",
              response: ref("MatchingRun"), status: "201"),
        .init(method: "post", path: "/matching-runs/{runID}/accept", summary: "Принять подбор: черновики пар и групп для приказа",
              response: ref("MatchingAcceptance")),
        .init(method: "get", path: "/municipalities/{municipalityID}/matching-runs", summary: "Подборы по муниципальной базе",
              response: list("MunicipalMatchingRunSummary")),
        .init(method: "post", path: "/municipalities/{municipalityID}/matching-runs",
              summary: "Запустить подбор по базам всех организаций муниципалитета (наставники других организаций — с их согласия)",
              request: "MatchingInput", response: ref("MunicipalMatchingRun"), status: "201"),
        .init(method: "get", path: "/municipal-matching-runs/{runID}", summary: "Муниципальный подбор: пары, организации, оставшиеся без пары",
              response: ref("MunicipalMatchingRun")),
        .init(method: "post", path: "/municipal-matching-runs/{runID}/accept",
              summary: "Передать пары в организации: черновики в программах наставляемых (ids — выбранные пары «наставник/наставляемый», пусто — все)",
              request: "MunicipalMatchingAcceptInput", response: ref("MunicipalMatchingAcceptance")),
    ]

    static let mentorshipOperations: [Operation] = [
        .init(method: "get", path: "/programs/{programID}/mentorships",
              summary: "Пары и группы программы: статус, встречи в неделю, последняя встреча, средняя оценка, риски", response: list("MentorshipRow")),
        .init(method: "post", path: "/programs/{programID}/mentorships", summary: "Составить пару вручную (черновик до приказа)",
              request: "MentorshipInput", response: ref("Mentorship"), status: "201"),
        .init(method: "get", path: "/mentorships/{mentorshipID}", summary: "Пара: участники, программа, встречи, приказы, история", response: ref("Mentorship")),
        .init(method: "post", path: "/mentorships/{mentorshipID}/status",
              summary: "Начать работу (activate), завершить (complete), прекратить (terminate с reason), отметить лучшую практику (best_practice)",
              request: "MentorshipStatusChange", response: ref("Mentorship")),
        .init(method: "post", path: "/mentorships/{mentorshipID}/mentor", summary: "Сменить наставника: новая пара-черновик, связанная со старой",
              request: "MentorshipStatusChange", response: ref("Mentorship"), status: "201"),
        .init(method: "post", path: "/mentorships/{mentorshipID}/plan",
              summary: "Изменить персонализированную программу: draft, goal, task, task_status, goal_achieved, texts", request: "PlanChange", response: ref("Mentorship")),
        .init(method: "get", path: "/mentorships/{mentorshipID}/plan/document", summary: "Персонализированная программа (DOCX)", response: docx),
        .init(method: "post", path: "/mentorships/{mentorshipID}/report", summary: "Текст аналитического отчёта наставника; action submit сдаёт его",
              request: "MentorReportInput", response: ref("Mentorship")),
        .init(method: "get", path: "/mentorships/{mentorshipID}/report/document", summary: "Аналитический отчёт наставника (DOCX)", response: docx),
        .init(method: "post", path: "/mentorships/{mentorshipID}/meetings",
              summary: "Запланировать встречу или внести прошедшую (участники получат форму обратной связи)", request: "MeetingInput",
              response: ref("Meeting"), status: "201"),
        .init(method: "post", path: "/meetings/{meetingID}", summary: "Отметить встречу проведённой (held) или отменённой (cancelled)",
              request: "MeetingOutcome", response: ref("Meeting")),
        .init(method: "get", path: "/organizations/{organizationID}/orders", summary: "Реестр приказов организации", response: list("OrderSummary")),
        .init(method: "post", path: "/organizations/{organizationID}/orders", summary: "Подготовить проект приказа из данных программы",
              request: "OrderInput", response: ref("Order"), status: "201"),
        .init(method: "get", path: "/orders/{orderID}", summary: "Приказ", response: ref("Order")),
        .init(method: "post", path: "/orders/{orderID}/sign", summary: "Отметить приказ подписанным: номер и дата; пары закрепляются, наставники входят в реестр",
              request: "OrderSignInput", response: ref("Order")),
        .init(method: "get", path: "/orders/{orderID}/document", summary: "Приказ (DOCX)", response: docx),
    ]

    static let docx: JSONValue = ["type": "string", "format": "binary",
                                          "description": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"]

    static var document: JSONValue {
        var paths: [(String, JSONValue)] = []
        for path in uniquePaths {
            let ops = operations.filter { $0.path == path }.map { ($0.method, operation($0)) }
            paths.append((path, .object(ops)))
        }
        return [
            "openapi": "3.1.0",
            "info": ["title": "Наставник API", "version": "1.0.0",
                     "description": "API системы «Наставник». Токен создаётся на странице учётной записи и передаётся в заголовке Authorization: Bearer."],
            "servers": [["url": "/api/v1"]],
            "security": [["bearer": []]],
            "paths": .object(paths),
            "components": ["securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]], "schemas": OpenAPISchemas.all],
        ]
    }

    private static var uniquePaths: [String] {
        var seen = Set<String>()
        return operations.map(\.path).filter { seen.insert($0).inserted }
    }

    private static func operation(_ op: Operation) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("summary", .string(op.summary))]
        let parameters = op.path.split(separator: "/").filter { $0.hasPrefix("{") }.map { part -> JSONValue in
            ["name": .string(String(part.dropFirst().dropLast())), "in": "path", "required": true,
             "schema": ["type": "string", "format": "uuid"]]
        }
        if !parameters.isEmpty { pairs.append(("parameters", .array(parameters))) }
        if let request = op.request {
            pairs.append(("requestBody", ["required": true, "content": ["application/json": ["schema": ref(request)]]]))
        }
        var responses: [(String, JSONValue)] = [(op.status, ["description": "Успех", "content": ["application/json": ["schema": op.response]]])]
        for (code, text) in [("400", "Запрос не разобран"), ("401", "Нет токена"), ("404", "Не найдено или вне доступа"), ("422", "Ошибки в полях")] {
            responses.append((code, ["description": .string(text), "content": ["application/json": ["schema": ref("Error")]]]))
        }
        if op.path == "/openapi.json" { pairs.append(("security", [])) }
        pairs.append(("responses", .object(responses)))
        return .object(pairs)
    }

    static func ref(_ name: String) -> JSONValue { ["$ref": .string("#/components/schemas/\(name)")] }
    static func list(_ name: String) -> JSONValue { ["type": "array", "items": ref(name)] }
}
