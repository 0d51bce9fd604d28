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
                        "eligibility",
                        rows(
                            [("kind", kinds), ("meets", ["type": "boolean"]), ("shortfall", string())], ["shortfall"])
                    ),
                ])
            )
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
                method: "get", path: "/orders/{orderID}/diplomas/document",
                summary: "Благодарственные письма или грамоты по подписанному приказу о поощрении (DOCX)",
                response: binary, produces: [docxType]),
        ]
    }
}
