import Foundation
import MentoringCore

extension OpenAPISchemas {
    /// Mentors' records and rewards.
    static var recognitionSchemas: [(String, JSONValue)] {
        let integer: JSONValue = ["type": "integer"]
        let kinds = enumeration(RewardKind.allCases.map(\.rawValue))
        let rows = { (properties: [(String, JSONValue)], optional: [String]) -> JSONValue in
            ["type": "array", "items": record(properties, optional: optional)]
        }
        return [
            (
                "MentorRecord",
                record([
                    ("personID", uuid), ("years", integer), ("completed", integer), ("active", integer),
                    ("mentees", integer),
                    (
                        "mentorships",
                        rows(
                            [
                                ("program", string()), ("startsOn", date),
                                ("status", enumeration(MentorshipStatus.allCases.map(\.rawValue))),
                                ("mentees", integer),
                            ], ["startsOn"])
                    ),
                    ("rewards", rows([("kind", kinds), ("order", string()), ("date", date)], [])),
                    (
                        "trainings",
                        rows(
                            [("course", string()), ("hours", integer), ("completedOn", date), ("document", string())],
                            ["hours", "completedOn", "document"])
                    ),
                    (
                        "eligibility",
                        rows(
                            [("kind", kinds), ("meets", ["type": "boolean"]), ("shortfall", string())], ["shortfall"])
                    ),
                ])
            ),
            (
                "MentoringEvent",
                record(
                    [
                        ("id", uuid), ("kind", enumeration(MentoringEventKind.allCases.map(\.rawValue))),
                        ("title", string()), ("heldOn", date), ("place", string()), ("summary", string()),
                        ("participants", ["type": "array", "items": uuid]),
                        ("materials", rows([("id", uuid), ("fileName", string())], [])),
                    ], optional: ["place", "summary", "materials"])
            ),
            (
                "MentoringEventInput",
                object(
                    [
                        ("kind", enumeration(MentoringEventKind.allCases.map(\.rawValue))), ("title", string()),
                        ("heldOn", date), ("place", string("Место или ссылка")), ("summary", string()),
                    ], required: ["kind", "title", "heldOn"])
            ),
            ("EventParticipants", object([("people", ["type": "array", "items": uuid])], required: ["people"])),
            ("EventEvidence", object([("activity", uuid)], required: ["activity"])),
        ]
    }
}

extension OpenAPIDocument {
    static var recognitionOperations: [Operation] {
        [
            .init(
                method: "get", path: "/people/{personID}/mentor-record",
                summary: "Портфолио наставника из данных системы и поощрения, условиям которых он отвечает",
                response: ref("MentorRecord")),
            .init(
                method: "get", path: "/organizations/{organizationID}/events", summary: "Мероприятия наставничества",
                response: list("MentoringEvent")),
            .init(
                method: "post", path: "/organizations/{organizationID}/events", summary: "Записать мероприятие",
                request: "MentoringEventInput", response: ref("MentoringEvent"), status: "201"),
            .init(
                method: "get", path: "/events/{eventID}", summary: "Мероприятие, присутствовавшие и материалы",
                response: ref("MentoringEvent")),
            .init(
                method: "put", path: "/events/{eventID}", summary: "Изменить сведения о мероприятии",
                request: "MentoringEventInput", response: ref("MentoringEvent")),
            .init(
                method: "put", path: "/events/{eventID}/participants",
                summary: "Кто присутствовал: наставники и наставляемые организации", request: "EventParticipants",
                response: ref("MentoringEvent")),
            .init(
                method: "post", path: "/events/{eventID}/materials", summary: "Приложить фото или материал",
                request: "ScanUpload", response: ref("MentoringEvent"), status: "201",
                requestMedia: "multipart/form-data"),
            .init(
                method: "get", path: "/events/{eventID}/materials/{materialID}", summary: "Фото или материал",
                response: binary, produces: scanTypes),
            .init(
                method: "post", path: "/events/{eventID}/evidence",
                summary: "Приложить мероприятие к мероприятию дорожной карты", request: "EventEvidence",
                response: ["type": "null"], status: "204"),
            .init(
                method: "get", path: "/orders/{orderID}/diplomas/document",
                summary: "Благодарственные письма или грамоты по подписанному приказу о поощрении (DOCX)",
                response: binary, produces: [docxType], conflicts: true),
        ]
    }
}
