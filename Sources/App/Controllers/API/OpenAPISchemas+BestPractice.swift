import Foundation
import MentoringCore

extension OpenAPISchemas {
    /// Cases of best practice.
    static var bestPracticeSchemas: [(String, JSONValue)] {
        let statuses = enumeration(BestPracticeStatus.allCases.map(\.rawValue))
        return [
            (
                "BestPractice",
                record(
                    [
                        ("id", uuid), ("organizationID", uuid), ("mentorshipID", uuid), ("programID", uuid),
                        ("form", enumeration(MentoringForm.allCases.map(\.rawValue))), ("roleModel", string()),
                        ("theme", string()), ("title", string()), ("problem", string()), ("actions", string()),
                        ("results", string()), ("indicators", string()), ("status", statuses),
                        ("reviewNote", string()), ("publishable", ["type": "boolean"]),
                    ], optional: ["mentorshipID", "roleModel", "reviewNote", "publishable"])
            ),
            (
                "BestPracticeInput",
                object(
                    [
                        ("source", string("«mentorship:ID» или «program:ID», при создании")),
                        ("form", enumeration(MentoringForm.allCases.map(\.rawValue) + [""])),
                        ("title", string()),
                        ("problem", string()), ("actions", string()), ("results", string()),
                        ("indicators", string("Пусто — из мониторинга пары или программы")),
                    ], required: ["title", "problem", "actions", "results"])
            ),
            ("BestPracticeStep", object([("status", statuses), ("note", string())], required: ["status"])),
        ]
    }
}

extension OpenAPIDocument {
    static var bestPracticeOperations: [Operation] {
        [
            .init(
                method: "get", path: "/organizations/{organizationID}/best-practices",
                summary: "Лучшие практики организации", response: list("BestPractice")),
            .init(
                method: "post", path: "/organizations/{organizationID}/best-practices",
                summary: "Создать практику из завершённой пары или программы", request: "BestPracticeInput",
                response: ref("BestPractice"), status: "201"),
            .init(
                method: "get", path: "/best-practices/{practiceID}", summary: "Практика",
                response: ref("BestPractice")),
            .init(
                method: "put", path: "/best-practices/{practiceID}", summary: "Изменить черновик практики",
                request: "BestPracticeInput", response: ref("BestPractice"), conflicts: true),
            .init(
                method: "post", path: "/best-practices/{practiceID}/status",
                summary: "Шаг практики: одобрить, предложить, принять, вернуть", request: "BestPracticeStep",
                response: ref("BestPractice"), conflicts: true),
            .init(
                method: "get", path: "/municipalities/{municipalityID}/best-practices",
                summary: "Муниципальная база лучших практик и поиск", response: list("BestPractice"),
                query: [
                    ("form", OpenAPISchemas.enumeration(MentoringForm.allCases.map(\.rawValue))),
                    ("theme", OpenAPISchemas.string()), ("organization", OpenAPISchemas.uuid),
                    ("q", OpenAPISchemas.string()), ("status", OpenAPISchemas.enumeration(["accepted", "offered"])),
                ]),
        ]
    }
}
