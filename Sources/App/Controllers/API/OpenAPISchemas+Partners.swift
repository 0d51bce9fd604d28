import Foundation
import MentoringCore

extension OpenAPISchemas {
    /// Partners that supply mentors.
    static var partnerSchemas: [(String, JSONValue)] {
        let kind = enumeration(PartnerKind.allCases.map(\.rawValue))
        let texts = [
            "inn", "address", "contactName", "contactPhone", "contactEmail", "agreementNumber",
        ]
        return [
            (
                "Partner",
                record(
                    [("id", uuid), ("kind", kind), ("name", string())] + texts.map { ($0, string()) }
                        + [
                            ("agreementSignedOn", date), ("agreementValidUntil", date),
                            ("hasScan", ["type": "boolean"]), ("people", ["type": "integer"]),
                        ],
                    optional: texts + ["agreementSignedOn", "agreementValidUntil", "people"])
            ),
            (
                "PartnerInput",
                object(
                    [("kind", kind), ("name", string())] + texts.map { ($0, string()) }
                        + [("agreementSignedOn", date), ("agreementValidUntil", date)],
                    required: ["kind", "name"])
            ),
        ]
    }
}

extension OpenAPIDocument {
    static var partnerOperations: [Operation] {
        [
            .init(
                method: "get", path: "/organizations/{organizationID}/partners",
                summary: "Партнёры организации и сколько участников от каждого", response: list("Partner")),
            .init(
                method: "post", path: "/organizations/{organizationID}/partners", summary: "Добавить партнёра",
                request: "PartnerInput", response: ref("Partner"), status: "201"),
            .init(method: "get", path: "/partners/{partnerID}", summary: "Партнёр", response: ref("Partner")),
            .init(
                method: "put", path: "/partners/{partnerID}", summary: "Изменить сведения о партнёре и соглашении",
                request: "PartnerInput", response: ref("Partner")),
            .init(
                method: "get", path: "/partners/{partnerID}/agreement/document",
                summary: "Соглашение о сотрудничестве (DOCX)", response: binary, produces: [docxType]),
        ] + scanOperations("/partners/{partnerID}/agreement", "подписанного соглашения", response: "Partner")
    }
}
