import Fluent
import FluentKit
import Foundation
import MentoringCore

extension OpenAPISchemas {
    static let span = object([("start", date), ("end", date)])
    static let due = record(
        [
            ("text", string("Срок, как написан в документе")), ("start", date), ("end", date),
            ("checkpoint", ["type": "boolean"]), ("repeatRule", enumeration(RepeatRule.allCases.map(\.rawValue))),
            ("occurrences", ["type": "array", "items": span]),
        ], optional: ["start", "end", "repeatRule"])

    static var roadmapSchemas: [(String, JSONValue)] {
        let activityInput = object([
            ("number", string()), ("title", string()),
            ("due", string("Срок текстом: «Сентябрь – октябрь 2025 г.», «до 28.10.2025»")),
            ("responsible", string("Ответственные, по одному на строку")), ("responsible_account", uuid),
            ("deliverable", string()),
            ("status", enumeration(RoadmapActivity.Status.allCases.map(\.rawValue))), ("done_on", string("ДД.ММ.ГГГГ")),
            ("notes", string()),
        ])
        let importedActivity = object([
            ("number", string()), ("title", string()),
            (
                "due",
                object([
                    ("text", string()), ("start", date), ("end", date),
                    ("checkpoint", ["type": "boolean"]), ("repeat", enumeration(RepeatRule.allCases.map(\.rawValue))),
                ])
            ),
            ("responsible", ["type": "array", "items": string()]), ("deliverable", string()),
            ("line", ["type": "integer"]),
        ])
        return [
            (
                "Roadmap",
                record(
                    [
                        ("id", uuid), ("title", string()), ("organizationID", uuid), ("authorityID", uuid),
                        ("ownerName", string()), ("period", span),
                        ("status", enumeration(Roadmap.Status.allCases.map(\.rawValue))), ("approvalOrder", string()),
                        ("progress", ["type": "number"]),
                        (
                            "stages",
                            [
                                "type": "array",
                                "items": record(
                                    [
                                        ("id", uuid), ("number", string()), ("title", string()), ("goal", string()),
                                        (
                                            "activities",
                                            [
                                                "type": "array",
                                                "items": record(
                                                    [
                                                        ("id", uuid), ("number", string()), ("title", string()),
                                                        ("due", due),
                                                        ("responsible", ["type": "array", "items": string()]),
                                                        ("responsibleAccount", uuid), ("deliverable", string()),
                                                        (
                                                            "deliverableKind",
                                                            enumeration(DeliverableKind.allCases.map(\.rawValue))
                                                        ),
                                                        (
                                                            "status",
                                                            enumeration(RoadmapActivity.Status.allCases.map(\.rawValue))
                                                        ), ("doneOn", date), ("notes", string()),
                                                        ("overdue", ["type": "boolean"]),
                                                        (
                                                            "evidence",
                                                            [
                                                                "type": "array",
                                                                "items": record(
                                                                    [
                                                                        ("id", uuid), ("title", string()),
                                                                        ("link", string()),
                                                                        ("fileName", string()),
                                                                    ], optional: ["link", "fileName"]),
                                                            ]
                                                        ),
                                                    ],
                                                    optional: [
                                                        "responsibleAccount", "deliverable", "deliverableKind",
                                                        "doneOn", "notes",
                                                    ]),
                                            ]
                                        ),
                                    ], optional: ["goal"]),
                            ]
                        ),
                    ], optional: ["organizationID", "authorityID", "approvalOrder", "progress", "stages"])
            ),
            (
                "RoadmapInput",
                object([
                    ("organizationID", uuid), ("authorityID", uuid),
                    ("template", enumeration(RoadmapTemplate.all.map(\.id))), ("title", string()), ("period", span),
                    (
                        "stages",
                        [
                            "type": "array",
                            "items": object([
                                ("number", string()), ("title", string()), ("goal", string()),
                                ("activities", ["type": "array", "items": activityInput]),
                            ]),
                        ]
                    ),
                ])
            ),
            (
                "RoadmapStatusInput",
                object(
                    [("status", enumeration(Roadmap.Status.allCases.map(\.rawValue))), ("approvalOrder", string())],
                    required: ["status"])
            ),
            (
                "RoadmapUpload",
                object(
                    [
                        (
                            "file",
                            [
                                "type": "string", "format": "binary",
                                "description": "DOCX, XLSX, CSV или TXT",
                            ]
                        )
                    ], required: ["file"])
            ),
            (
                "StageInput",
                object([("number", string()), ("title", string()), ("goal", string())], required: ["title"])
            ),
            ("ActivityInput", activityInput),
            (
                "RoadmapImport",
                object([
                    ("title", string()), ("period", span),
                    (
                        "stages",
                        [
                            "type": "array",
                            "items": object([
                                ("number", string()), ("title", string()),
                                ("activities", ["type": "array", "items": importedActivity]),
                            ]),
                        ]
                    ),
                    (
                        "warnings",
                        ["type": "array", "items": object([("line", ["type": "integer"]), ("message", string())])]
                    ),
                ])
            ),
        ]
    }
}

extension JSONValue {
    /// An object with more properties after its own.
    func appending(_ more: [(String, JSONValue)]) -> JSONValue {
        guard case .object(let pairs) = self else { return self }
        return .object(pairs + more)
    }
}
