import Foundation
import MentoringCore

extension OpenAPISchemas {
    /// Contests of mentors.
    static var contestSchemas: [(String, JSONValue)] {
        let integer: JSONValue = ["type": "integer"]
        let strings: JSONValue = ["type": "array", "items": string()]
        let application = record(
            [
                ("id", uuid), ("name", string()), ("organization", string()), ("nomination", string()),
                ("record", string()), ("essay", string()), ("place", string("«1» или «1–2» при равенстве баллов")),
                ("total", ["type": "number"]), ("recused", ["type": "boolean"]),
                ("ownPoints", ["type": "array", "items": integer]),
            ], optional: ["place", "total", "recused", "ownPoints"])
        return [
            (
                "Contest",
                record(
                    [
                        ("id", uuid), ("title", string()), ("nominations", strings),
                        (
                            "criteria",
                            ["type": "array", "items": record([("title", string()), ("maxPoints", integer)])]
                        ),
                        ("applicationsUntil", date), ("scoringUntil", date), ("closed", ["type": "boolean"]),
                        ("jurors", ["type": "array", "items": uuid]),
                        ("applications", ["type": "array", "items": application]),
                    ], optional: ["jurors", "applications"])
            ),
            (
                "ContestInput",
                object(
                    [
                        ("title", string()), ("nominations", string("По одной в строке")),
                        ("criteria", string("По одному в строке: «Название — баллы»")), ("applicationsUntil", date),
                        ("scoringUntil", date),
                    ], required: ["title", "nominations", "criteria", "applicationsUntil", "scoringUntil"])
            ),
            ("ContestJury", object([("jurors", ["type": "array", "items": uuid])], required: ["jurors"])),
            (
                "ContestPoints",
                object(
                    [("points", ["type": "array", "items": ["type": "integer", "minimum": 0, "maximum": 100]])],
                    required: ["points"])
            ),
            (
                "ContestApplicationInput",
                object(
                    [
                        ("person", uuid), ("nomination", string()), ("essay", string()),
                        ("publicationConsent", enumeration(["true"])),
                    ], required: ["person", "nomination", "essay", "publicationConsent"])
            ),
        ]
    }
}

extension OpenAPIDocument {
    static var contestOperations: [Operation] {
        [
            .init(
                method: "get", path: "/municipalities/{municipalityID}/contests", summary: "Конкурсы наставников",
                response: list("Contest")),
            .init(
                method: "post", path: "/municipalities/{municipalityID}/contests", summary: "Объявить конкурс",
                request: "ContestInput", response: ref("Contest"), status: "201"),
            .init(
                method: "get", path: "/contests/{contestID}", summary: "Конкурс: жюри, заявки, итоги",
                response: ref("Contest")),
            .init(
                method: "put", path: "/contests/{contestID}/jury", summary: "Состав жюри", request: "ContestJury",
                response: ref("Contest"), conflicts: true),
            .init(
                method: "post", path: "/contests/{contestID}/close", summary: "Подвести итоги",
                response: ref("Contest"), conflicts: true),
            .init(
                method: "get", path: "/contests/{contestID}/results/document", summary: "Приказ об итогах (DOCX)",
                response: binary, produces: [docxType], conflicts: true),
            .init(
                method: "get", path: "/contests/{contestID}/diplomas/document",
                summary: "Дипломы победителей и лауреатов (DOCX)", response: binary, produces: [docxType],
                conflicts: true),
            .init(
                method: "get", path: "/contests/{contestID}/scoring",
                summary: "Страница члена жюри: заявки и свои оценки",
                response: ref("Contest")),
            .init(
                method: "put", path: "/contests/{contestID}/applications/{applicationID}/scores",
                summary: "Оценить заявку по каждому критерию", request: "ContestPoints", response: ref("Contest"),
                conflicts: true),
            .init(
                method: "get", path: "/organizations/{organizationID}/contests",
                summary: "Конкурсы муниципалитета организации", response: list("Contest")),
            .init(
                method: "get", path: "/organizations/{organizationID}/contests/{contestID}",
                summary: "Конкурс и заявки организации", response: ref("Contest")),
            .init(
                method: "post", path: "/organizations/{organizationID}/contests/{contestID}",
                summary: "Выдвинуть наставника: заявка заполняется из портфолио", request: "ContestApplicationInput",
                response: ref("Contest"), status: "201"),
        ]
    }
}
