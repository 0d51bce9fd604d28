import Foundation
import MentoringCore

extension OpenAPISchemas {
    /// Certificates of no criminal record.
    static var safeguardingSchemas: [(String, JSONValue)] {
        let status = record(
            [
                ("code", enumeration(["missing", "valid", "expiring", "expired"])), ("title", string()),
                ("validUntil", date), ("daysLeft", ["type": "integer"]),
            ], optional: ["validUntil", "daysLeft"])
        let certificate = record([
            ("id", uuid), ("number", string()), ("issuedOn", date), ("issuedBy", string()),
            ("hasScan", ["type": "boolean"]),
        ])
        let strings: JSONValue = ["type": "array", "items": string()]
        return [
            (
                "CriminalRecordCertificateInput",
                object(
                    [("number", string()), ("issuedOn", date), ("issuedBy", string())],
                    required: ["number", "issuedOn", "issuedBy"])
            ),
            (
                "CriminalRecordCertificates",
                record([
                    ("personID", uuid), ("required", ["type": "boolean"]), ("status", status),
                    ("certificates", ["type": "array", "items": certificate]),
                ])
            ),
            (
                "CertificateRoster",
                record([
                    ("validityMonths", ["type": "integer"]), ("needAttention", ["type": "integer"]),
                    (
                        "mentors",
                        [
                            "type": "array",
                            "items": record([
                                ("personID", uuid), ("name", string()), ("role", string()), ("programs", strings),
                                ("status", status),
                            ]),
                        ]
                    ),
                ])
            ),
            (
                "CertificateSettingsInput",
                object(
                    [("validityMonths", ["type": "integer", "minimum": 1, "maximum": 60])], required: ["validityMonths"]
                )
            ),
        ]
    }
}

extension OpenAPIDocument {
    static let safeguardingOperations: [Operation] = [
        .init(
            method: "get", path: "/people/{personID}/criminal-record-certificates",
            summary: "Справки об отсутствии судимости участника (ст. 351.1 ТК РФ) и их статус",
            response: ref("CriminalRecordCertificates")),
        .init(
            method: "post", path: "/people/{personID}/criminal-record-certificates",
            summary: "Внести представленную справку (скан прикладывается на странице участника)",
            request: "CriminalRecordCertificateInput", response: ref("CriminalRecordCertificates"), status: "201"),
        .init(
            method: "get", path: "/organizations/{organizationID}/criminal-record-certificates",
            summary: "Взрослые наставники несовершеннолетних, которым нужна справка, со статусом справки",
            response: ref("CertificateRoster")),
        .init(
            method: "put", path: "/organizations/{organizationID}/criminal-record-certificates/settings",
            summary: "Срок, в течение которого организация принимает справку (месяцев)",
            request: "CertificateSettingsInput", response: ref("CertificateRoster")),
    ]
}
