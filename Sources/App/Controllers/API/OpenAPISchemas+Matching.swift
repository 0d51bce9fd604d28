import Foundation
import Matching

extension OpenAPISchemas {
    static var matchingSchemas: [(String, JSONValue)] {
        let number: JSONValue = ["type": "number"]
        let integer: JSONValue = ["type": "integer"]
        let criterion = object([
            ("criterion", enumeration(Criterion.allCases.map(\.rawValue))), ("value", number), ("share", number),
            ("contribution", number), ("detail", string()),
        ])
        let score = object([
            ("score", number), ("criteria", ["type": "array", "items": criterion]),
            (
                "covered",
                [
                    "type": "array",
                    "items": object([("request", string()), ("priority", integer), ("competency", string())]),
                ]
            ),
            ("uncovered", ["type": "array", "items": string()]),
            ("sharedInterests", ["type": "array", "items": string()]),
            ("menteeRankOfMentor", integer), ("mentorRankOfMentee", integer),
        ])
        let pair = object([
            ("mentee", string("id профиля наставляемого")), ("mentor", string("id профиля наставника")),
            ("score", score),
            ("locked", ["type": "boolean"]), ("priority", number), ("groupTheme", string()),
        ])
        let unmatched = object([
            ("mentee", string()), ("reason", enumeration(UnmatchedReason.allCases.map(\.rawValue))),
            ("detail", string()),
            (
                "candidates",
                ["type": "array", "items": object([("mentor", string()), ("score", number), ("freePlaces", integer)])]
            ),
        ])
        let result = object([
            ("mode", enumeration(MatchMode.allCases.map(\.rawValue))), ("pairs", ["type": "array", "items": pair]),
            ("unmatched", ["type": "array", "items": unmatched]),
            (
                "totals",
                object([
                    ("mentees", integer), ("mentors", integer), ("pairs", integer), ("matchedPercent", number),
                    ("meanScore", number), ("totalScore", number), ("unmatched", ["type": "object"]),
                ])
            ),
            (
                "proof",
                object([
                    ("provedOptimal", ["type": "boolean"]), ("dualBound", number), ("rounds", integer),
                    ("candidatePairs", integer),
                    ("allowedPairs", integer), ("blockingPairs", integer), ("editedByCurator", ["type": "boolean"]),
                ])
            ),
            ("warnings", ["type": "array", "items": string()]),
        ])
        return [
            (
                "MatchingInput",
                object([
                    ("mode", enumeration(MatchMode.allCases.map(\.rawValue))),
                    ("proposing", enumeration(["mentees", "mentors"])),
                    ("requests", string("вес, по умолчанию 0.4")), ("interests", string("0.15")),
                    ("hours", string("0.1")),
                    ("distance", string("0.1")), ("format", string("0.1")), ("preferences", string("0.15")),
                    ("waitlist", string("приоритет ожидания, 0.05")),
                ])
            ),
            (
                "MatchingPairInput",
                object(
                    [
                        ("action", enumeration(["lock", "unlock", "forbid", "allow"])), ("mentee", string()),
                        ("mentor", string()),
                    ],
                    required: ["mentee", "mentor"])
            ),
            (
                "MatchingRun",
                record([
                    ("id", uuid), ("programID", uuid), ("status", enumeration(["proposed", "accepted"])),
                    ("createdAt", string(format: "date-time")),
                    ("createdBy", string()), ("result", result), ("names", ["type": "object"]),
                ])
            ),
            (
                "MatchingRunSummary",
                record([
                    ("id", uuid), ("mode", string()), ("status", string()), ("pairs", integer),
                    ("matchedPercent", number),
                    ("meanScore", number), ("unmatched", integer), ("createdAt", string(format: "date-time")),
                ])
            ),
            (
                "MatchingAcceptance",
                record([
                    ("mentorships", ["type": "array", "items": uuid]),
                    ("skipped", ["type": "array", "items": string()]),
                ])
            ),
            (
                "MunicipalMatchingRun",
                record([
                    ("id", uuid), ("municipalityID", uuid), ("status", enumeration(["proposed", "accepted"])),
                    ("crossPairs", integer), ("createdAt", string(format: "date-time")), ("createdBy", string()),
                    ("result", result), ("names", ["type": "object"]),
                    ("organizations", ["type": "object", "description": "id профиля → организация"]),
                ])
            ),
            (
                "MunicipalMatchingRunSummary",
                record([
                    ("id", uuid), ("mode", string()), ("status", string()), ("pairs", integer),
                    ("crossPairs", integer), ("matchedPercent", number), ("createdAt", string(format: "date-time")),
                ])
            ),
            (
                "MunicipalMatchingAcceptInput",
                object([("ids", ["type": "array", "items": string("«id наставника/id наставляемого»")])])
            ),
            (
                "MunicipalMatchingAcceptance",
                record([("created", integer), ("skipped", ["type": "array", "items": string()])])
            ),
        ]
    }
}
