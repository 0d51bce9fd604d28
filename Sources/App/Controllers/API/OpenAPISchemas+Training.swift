import Foundation
import MentoringCore

extension OpenAPISchemas {
    /// The municipality's training plan.
    static var trainingSchemas: [(String, JSONValue)] {
        let integer: JSONValue = ["type": "integer"]
        let uuids: JSONValue = ["type": "array", "items": uuid]
        let training: [(String, JSONValue)] = [
            ("id", uuid), ("title", string()), ("provider", string()), ("hours", integer), ("startsOn", date),
            ("endsOn", date), ("place", string()), ("registered", integer),
            (
                "sessions",
                ["type": "array", "items": record([("id", uuid), ("heldOn", date), ("topic", string())])]
            ),
            (
                "registrants",
                [
                    "type": "array",
                    "items": record(
                        [
                            ("id", uuid), ("name", string()), ("organization", string()), ("attended", uuids),
                            ("certificate", integer),
                        ], optional: ["certificate"]),
                ]
            ),
        ]
        return [
            ("Training", record(training, optional: ["place", "sessions", "registrants"])),
            (
                "TrainingInput",
                object(
                    [
                        ("title", string()), ("provider", string()), ("hours", string("Целое число от 1 до 1000")),
                        ("startsOn", date), ("endsOn", date), ("place", string()),
                    ], required: ["title", "provider", "hours", "startsOn", "endsOn"])
            ),
            ("TrainingSessionInput", object([("heldOn", date), ("topic", string())], required: ["heldOn", "topic"])),
            (
                "TrainingAttendance",
                object(
                    [("attended", ["type": "array", "items": string("«регистрация:занятие», два UUID")])],
                    required: ["attended"])
            ),
            ("TrainingCertificatesIssued", record([("issued", integer)])),
            (
                "OrganizationTraining",
                record([
                    ("training", OpenAPIDocument.ref("Training")),
                    (
                        "people",
                        [
                            "type": "array",
                            "items": record(
                                [
                                    ("personID", uuid), ("name", string()), ("registered", ["type": "boolean"]),
                                    ("attended", integer), ("certificate", integer),
                                ], optional: ["certificate"]),
                        ]
                    ),
                ])
            ),
        ]
    }
}

extension OpenAPIDocument {
    static var trainingOperations: [Operation] {
        [
            .init(
                method: "get", path: "/municipalities/{municipalityID}/trainings", summary: "План обучения наставников",
                response: list("Training")),
            .init(
                method: "post", path: "/municipalities/{municipalityID}/trainings", summary: "Запланировать курс",
                request: "TrainingInput", response: ref("Training"), status: "201"),
            .init(
                method: "get", path: "/trainings/{trainingID}", summary: "Курс: занятия, записанные, посещение",
                response: ref("Training")),
            .init(
                method: "put", path: "/trainings/{trainingID}", summary: "Изменить сведения о курсе",
                request: "TrainingInput", response: ref("Training")),
            .init(
                method: "post", path: "/trainings/{trainingID}/sessions", summary: "Добавить занятие",
                request: "TrainingSessionInput", response: ref("Training"), status: "201"),
            .init(
                method: "put", path: "/trainings/{trainingID}/attendance", summary: "Отметить посещение занятий",
                request: "TrainingAttendance", response: ref("Training")),
            .init(
                method: "post", path: "/trainings/{trainingID}/certificates",
                summary: "Выдать сертификаты посетившим все занятия", response: ref("TrainingCertificatesIssued"),
                conflicts: true),
            .init(
                method: "get", path: "/trainings/{trainingID}/certificates/document",
                summary: "Выданные сертификаты (DOCX)", response: binary, produces: [docxType], conflicts: true),
            .init(
                method: "get", path: "/organizations/{organizationID}/trainings",
                summary: "Курсы муниципалитета и сколько записано от организации", response: list("Training")),
            .init(
                method: "get", path: "/organizations/{organizationID}/trainings/{trainingID}",
                summary: "Курс для организации: её наставники и их запись", response: ref("OrganizationTraining")),
            .init(
                method: "put", path: "/organizations/{organizationID}/trainings/{trainingID}",
                summary: "Записать на курс наставников организации", request: "EventParticipants",
                response: ref("OrganizationTraining")),
            .init(
                method: "post", path: "/organizations/{organizationID}/trainings/{trainingID}/evidence",
                summary: "Приложить курс к мероприятию дорожной карты", request: "EventEvidence",
                response: ["type": "null"], status: "204"),
        ]
    }
}
