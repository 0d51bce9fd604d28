import Foundation
import MentoringCore

extension OpenAPISchemas {
    /// Mentors' consents, additional agreements and payments (Labour Code art. 351.8).
    static var agreementSchemas: [(String, JSONValue)] {
        let integer: JSONValue = ["type": "integer"]
        let boolean: JSONValue = ["type": "boolean"]
        let payment = enumeration(["monthly", "salary_share", "unpaid"])
        return [
            (
                "MentorAgreement",
                record(
                    [
                        ("mentorshipID", uuid), ("employee", boolean), ("payment", payment),
                        ("monthlyAmount", string("«5 000,00 ₽»")), ("salaryPercent", integer),
                        ("consentSignedOn", date), ("agreementNumber", string()), ("agreementSignedOn", date),
                        ("signed", boolean), ("missing", string("Что не подписано")),
                        ("hasConsentScan", boolean), ("hasAgreementScan", boolean),
                    ],
                    optional: [
                        "monthlyAmount", "salaryPercent", "consentSignedOn", "agreementNumber", "agreementSignedOn",
                        "missing",
                    ])
            ),
            (
                "ScanUpload",
                object(
                    [("file", ["type": "string", "format": "binary", "description": "PDF, JPEG или PNG до 5 МБ"])],
                    required: ["file"])
            ),
            (
                "MentorAgreementInput",
                object([
                    ("payment", payment), ("amount", string("Рублей в месяц: «5000», «4500,50»")),
                    ("percent", string("Процент оклада, 1–100")), ("consentSignedOn", date),
                    ("agreementNumber", string()), ("agreementSignedOn", date),
                ])
            ),
            (
                "MentorAgreements",
                record(
                    [
                        ("requiresSignedPapers", boolean), ("agreementNumbering", string("Шаблон номера с {N}")),
                        (
                            "pairs",
                            [
                                "type": "array",
                                "items": record(
                                    [
                                        ("mentorshipID", uuid), ("mentor", string()),
                                        ("status", enumeration(MentorshipStatus.allCases.map(\.rawValue))),
                                        ("missing", string()),
                                    ], optional: ["missing"]),
                            ]
                        ),
                    ], optional: ["agreementNumbering"])
            ),
            (
                "MentorAgreementSettings",
                object([("requiresSignedPapers", boolean)], required: ["requiresSignedPapers"])
            ),
            (
                "MentorPayment",
                record(
                    [
                        ("mentor", string()), ("mentees", string()), ("program", string()), ("period", string()),
                        ("payment", string()), ("days", integer), ("daysInMonth", integer),
                        ("dueKopecks", integer),
                    ], optional: ["dueKopecks"])
            ),
        ]
    }
}

extension OpenAPIDocument {
    static var agreementOperations: [Operation] {
        let pair = "/mentorships/{mentorshipID}/agreement"
        let org = "/organizations/{organizationID}"
        let month = OpenAPISchemas.string("Месяц ГГГГ-ММ; по умолчанию текущий")
        return [
            .init(
                method: "get", path: pair, summary: "Согласие и дополнительное соглашение наставника пары",
                response: ref("MentorAgreement")),
            .init(
                method: "put", path: pair, summary: "Внести выплату и даты подписания (ст. 351.8 ТК РФ)",
                request: "MentorAgreementInput", response: ref("MentorAgreement")),
            .init(
                method: "get", path: "\(pair)/document", summary: "Дополнительное соглашение (DOCX)",
                response: binary, produces: [docxType], conflicts: true),
            .init(
                method: "get", path: "\(pair)/consent/document", summary: "Согласие наставника (DOCX)",
                response: binary, produces: [docxType]),
        ]
            + scanOperations(pair, "подписанного соглашения", response: "MentorAgreement")
            + scanOperations("\(pair)/consent", "подписанного согласия", response: "MentorAgreement") + [
                .init(
                    method: "get", path: "\(org)/mentor-agreements",
                    summary: "Пары организации и неподписанные документы наставников", response: ref("MentorAgreements")
                ),
                .init(
                    method: "put", path: "\(org)/mentor-agreements/settings",
                    summary: "Требовать подписанные документы наставника до начала работы пары",
                    request: "MentorAgreementSettings", response: ref("MentorAgreements")),
                .init(
                    method: "get", path: "\(org)/mentor-payments",
                    summary: "Выплаты наставникам за месяц (month=ГГГГ-ММ)", response: list("MentorPayment"),
                    query: [("month", month)]),
                .init(
                    method: "get", path: "\(org)/mentor-payments/document",
                    summary: "Выплаты наставникам за месяц для бухгалтерии (XLSX)", response: binary,
                    produces: [xlsxType], query: [("month", month)]),
            ]
    }
}

extension OpenAPIDocument {
    static let scanTypes = ["application/pdf", "image/jpeg", "image/png"]

    /// Uploading a signed scan (multipart, field `file`) and downloading it; `what` in the genitive.
    static func scanOperations(_ path: String, _ what: String, response: String) -> [Operation] {
        [
            .init(
                method: "put", path: "\(path)/scan", summary: "Загрузить скан \(what) (заменяет прежний)",
                request: "ScanUpload", response: ref(response), requestMedia: "multipart/form-data"),
            .init(
                method: "get", path: "\(path)/scan", summary: "Скан \(what)", response: binary,
                produces: scanTypes),
        ]
    }
}
