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
        /// Media types of the success body: JSON, or the files a download may be.
        var produces = ["application/json"]
        var requestMedia = "application/json"
        /// Query parameters, each with its schema.
        var query: [(name: String, schema: JSONValue)] = []
        /// The query parameters without which the call is refused.
        var requiredQuery: [String] = []
        /// A read that can clash with the state too: a document the object's state does not give yet.
        var conflicts = false
    }

    static let docxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    static let xlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    static let csvType = "text/csv"
    static let binary: JSONValue = ["type": "string", "format": "binary"]

    static let operations: [Operation] =
        [
            .init(method: "get", path: "/me", summary: "Текущая учётная запись и её роли", response: ref("Me")),
            .init(
                method: "get", path: "/organizations", summary: "Доступные организации",
                response: list("Organization")),
            .init(
                method: "get", path: "/organizations/{organizationID}", summary: "Организация",
                response: ref("Organization")),
            .init(
                method: "get", path: "/organizations/{organizationID}/people",
                summary: "Участники организации (параметры q, category, consent, page)", response: ref("PersonPage"),
                query: [
                    ("q", OpenAPISchemas.string()),
                    ("category", OpenAPISchemas.enumeration(Person.Category.allCases.map(\.rawValue))),
                    ("consent", OpenAPISchemas.enumeration(Consent.Status.allCases.map(\.rawValue))),
                    ("page", ["type": "integer", "minimum": 1]),
                ]),
            .init(
                method: "post", path: "/organizations/{organizationID}/people", summary: "Добавить участника",
                request: "PersonInput", response: ref("Person"), status: "201"),
            .init(
                method: "get", path: "/people/{personID}", summary: "Карточка участника (чтение записывается в журнал)",
                response: ref("Person")),
            .init(
                method: "put", path: "/people/{personID}", summary: "Изменить данные участника", request: "PersonInput",
                response: ref("Person")),
            .init(
                method: "get", path: "/people/{personID}/consents", summary: "Согласия участника",
                response: list("Consent")),
            .init(
                method: "post", path: "/people/{personID}/consents", summary: "Добавить согласие",
                request: "ConsentInput",
                response: ref("Consent"), status: "201"),
            .init(
                method: "post", path: "/people/{personID}/consents/{consentID}/withdraw", summary: "Отозвать согласие",
                response: ref("Consent")),
            .init(
                method: "get", path: "/people/{personID}/representatives", summary: "Законные представители",
                response: list("Representative")),
            .init(
                method: "post", path: "/people/{personID}/representatives", summary: "Добавить законного представителя",
                request: "RepresentativeInput", response: ref("Representative"), status: "201"),
            .init(
                method: "get", path: "/audit", summary: "Журнал аудита (параметры person, from, to)",
                response: list("AuditEntry"),
                query: [
                    ("person", OpenAPISchemas.string("id участника или часть ФИО")), ("from", OpenAPISchemas.date),
                    ("to", OpenAPISchemas.date),
                ]),
            .init(
                method: "get", path: "/roadmaps", summary: "Доступные дорожные карты (без мероприятий)",
                response: list("Roadmap")),
            .init(
                method: "post", path: "/roadmaps", summary: "Создать дорожную карту по шаблону или по этапам",
                request: "RoadmapInput",
                response: ref("Roadmap"), status: "201"),
            .init(
                method: "post", path: "/roadmaps/import",
                summary:
                    "Прочитать дорожную карту из файла (multipart/form-data, поле "
                    + "file: DOCX, XLSX, CSV, TXT); ничего не сохраняет",
                request: "RoadmapUpload", response: ref("RoadmapImport"), requestMedia: "multipart/form-data"),
            .init(
                method: "get", path: "/roadmaps/{roadmapID}", summary: "Дорожная карта с этапами и мероприятиями",
                response: ref("Roadmap")),
            .init(
                method: "put", path: "/roadmaps/{roadmapID}",
                summary: "Утвердить (status approved, approvalOrder), архивировать",
                request: "RoadmapStatusInput", response: ref("Roadmap")),
            .init(
                method: "delete", path: "/roadmaps/{roadmapID}", summary: "Удалить дорожную карту",
                response: ["type": "null"], status: "204"),
            .init(
                method: "post", path: "/roadmaps/{roadmapID}/stages", summary: "Добавить этап", request: "StageInput",
                response: ref("Roadmap"), status: "201"),
            .init(
                method: "post", path: "/roadmaps/{roadmapID}/stages/{stageID}/activities",
                summary: "Добавить мероприятие в этап",
                request: "ActivityInput", response: ref("Roadmap"), status: "201"),
            .init(
                method: "put", path: "/roadmaps/{roadmapID}/activities/{activityID}",
                summary: "Изменить мероприятие: срок (текст перечитывается), статус, дата выполнения",
                request: "ActivityInput", response: ref("Roadmap")),
            .init(
                method: "delete", path: "/roadmaps/{roadmapID}/activities/{activityID}", summary: "Удалить мероприятие",
                response: ["type": "null"], status: "204"),
            .init(method: "get", path: "/openapi.json", summary: "Это описание API", response: ["type": "object"]),
        ] + baseOperations + matchingOperations + mentorshipOperations + monitoringOperations + accountOperations
        + safeguardingOperations + templateOperations + regulationOperations + agreementOperations
        + partnerOperations + numberingOperations + recognitionOperations + trainingOperations + contestOperations
        + bestPracticeOperations + publicSectionOperations

    static var document: JSONValue {
        var paths: [(String, JSONValue)] = []
        for path in uniquePaths {
            let ops = operations.filter { $0.path == path }.map { ($0.method, operation($0)) }
            paths.append((path, .object(ops)))
        }
        return [
            "openapi": "3.1.0",
            "info": [
                "title": "Наставник API", "version": "1.0.0",
                "description": .string(
                    "API системы «Наставник». Токен создаётся на странице учётной "
                        + "записи и передаётся в заголовке Authorization: Bearer."),
            ],
            "servers": [["url": "/api/v1"]],
            "security": [["bearer": []]],
            "paths": .object(paths),
            "components": [
                "securitySchemes": ["bearer": ["type": "http", "scheme": "bearer"]], "schemas": OpenAPISchemas.all,
            ],
        ]
    }

    private static var uniquePaths: [String] {
        var seen = Set<String>()
        return operations.map(\.path).filter { seen.insert($0).inserted }
    }

    private static func operation(_ op: Operation) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("summary", .string(op.summary))]
        let parameters = op.path.split(separator: "/").filter { $0.hasPrefix("{") }.map { part -> JSONValue in
            [
                "name": .string(String(part.dropFirst().dropLast())), "in": "path", "required": true,
                "schema": ["type": "string", "format": "uuid"],
            ]
        }
        let query = op.query.map { item -> JSONValue in
            [
                "name": .string(item.name), "in": "query", "required": .bool(op.requiredQuery.contains(item.name)),
                "schema": item.schema,
            ]
        }
        if !parameters.isEmpty || !query.isEmpty { pairs.append(("parameters", .array(parameters + query))) }
        if let request = op.request {
            let body: JSONValue = ["schema": ref(request)]
            pairs.append(("requestBody", ["required": true, "content": .object([(op.requestMedia, body)])]))
        }
        let success: JSONValue =
            op.status == "204"
            ? ["description": "Выполнено, без тела ответа"]
            : [
                "description": "Успех",
                "content": .object(op.produces.map { ($0, ["schema": op.response] as JSONValue) }),
            ]
        var responses: [(String, JSONValue)] = [(op.status, success)]
        for (code, text) in errors(op) {
            responses.append(
                (code, ["description": .string(text), "content": ["application/json": ["schema": ref("Error")]]]))
        }
        if op.path == "/openapi.json" { pairs.append(("security", [])) }
        pairs.append(("responses", .object(responses)))
        return .object(pairs)
    }

    /// The errors an operation can answer: every call can be unauthorised, refused, missing or met by a busy
    /// database; a call with a body can be malformed, too large, of another media type or refused by field; a
    /// change, and a document the state does not give yet, can clash with the state.
    static func errors(_ op: Operation) -> [(String, String)] {
        let clashes = op.method != "get" || op.conflicts
        var codes: [(String, String)] = [
            ("401", "Нет токена или он отозван"), ("403", "Недостаточно прав"),
            ("404", "Не найдено или вне доступа"),
        ]
        if op.request != nil || !op.query.isEmpty { codes.append(("400", "Запрос не разобран")) }
        if clashes { codes.append(("409", "Противоречит текущему состоянию (уже сделано, занято, изменено другим)")) }
        if op.request != nil {
            codes += [("413", "Слишком большой запрос или файл"), ("415", "Неподдерживаемый формат тела запроса")]
        }
        if op.request != nil || !op.query.isEmpty || op.path.contains("{") { codes.append(("422", "Ошибки в полях")) }
        codes.append(("503", "База данных занята: повторите через несколько секунд (Retry-After)"))
        return codes
    }

    static func ref(_ name: String) -> JSONValue { ["$ref": .string("#/components/schemas/\(name)")] }
    static func list(_ name: String) -> JSONValue { ["type": "array", "items": ref(name)] }
}
