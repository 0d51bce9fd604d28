import Fluent
import FluentKit
import Foundation
import MentoringCore

/// JSON Schemas of the API's bodies.
enum OpenAPISchemas {
    static func string(_ description: String? = nil, format: String? = nil) -> JSONValue {
        var pairs: [(String, JSONValue)] = [("type", "string")]
        if let format { pairs.append(("format", .string(format))) }
        if let description { pairs.append(("description", .string(description))) }
        return .object(pairs)
    }

    static func enumeration(_ values: [String]) -> JSONValue {
        ["type": "string", "enum": .array(values.map { .string($0) })]
    }

    /// An object the API is sent: a property that is not required may also be `null`, read as absent.
    static func object(_ properties: [(String, JSONValue)], required: [String] = []) -> JSONValue {
        let properties = properties.map { name, schema in (name, required.contains(name) ? schema : nullable(schema)) }
        return ["type": "object", "properties": .object(properties), "required": .array(required.map { .string($0) })]
    }

    /// The schema, or `null`.
    static func nullable(_ schema: JSONValue) -> JSONValue {
        guard case .object(var pairs) = schema, schema["$ref"] == nil else {
            return ["anyOf": [schema, ["type": "null"]]]
        }
        for index in pairs.indices {
            switch (pairs[index].0, pairs[index].1) {
            case ("type", .string(let type)): pairs[index].1 = [.string(type), "null"]
            case ("type", .array(let types)) where !types.contains(where: { $0.text == "null" }):
                pairs[index].1 = .array(types + ["null"])
            case ("enum", .array(let values)): pairs[index].1 = .array(values + [.null])
            default: break
            }
        }
        return .object(pairs)
    }

    /// An object the API answers with: every property is always sent except the `optional` ones, which are left out
    /// when they have no value. `APIContractTests` checks each answer against this.
    static func record(_ properties: [(String, JSONValue)], optional: [String] = []) -> JSONValue {
        let required = properties.map(\.0).filter { !optional.contains($0) }
        return ["type": "object", "properties": .object(properties), "required": .array(required.map { .string($0) })]
    }

    static let date = string("Дата ГГГГ-ММ-ДД", format: "date")
    static let uuid = string(format: "uuid")

    static let personDetails = object(
        [
            ("surname", string()), ("givenName", string()), ("patronymic", string()), ("birthDate", date),
            ("sex", enumeration(Person.Sex.allCases.map(\.rawValue))),
            ("categories", ["type": "array", "items": enumeration(Person.Category.allCases.map(\.rawValue))]),
            ("grade", string()), ("position", string()), ("subjects", ["type": "array", "items": string()]),
            ("teachingExperienceYears", ["type": "integer"]), ("isYoungSpecialist", ["type": "boolean"]),
            ("email", string()), ("phone", string()), ("partnerName", string()),
        ], required: ["surname", "givenName", "categories"])

    /// A named schema of the document, from the schemas built once.
    static func named(_ name: String) -> JSONValue? { built[name] }
    private static let built = all

    static var all: JSONValue {
        let base: JSONValue = [
            "Error": object(
                [
                    (
                        "error",
                        object(
                            [
                                ("code", string()), ("message", string()),
                                ("fields", ["type": "object", "additionalProperties": string()]),
                            ],
                            required: ["code", "message", "fields"])
                    )
                ], required: ["error"]),
            "Me": record([
                ("login", string()), ("displayName", string()),
                (
                    "grants",
                    [
                        "type": "array",
                        "items": record(
                            [
                                ("role", enumeration(Role.allCases.map(\.rawValue))), ("scope", string()),
                                ("scopeID", uuid),
                            ], optional: ["scopeID"]),
                    ]
                ),
            ]),
            "Organization": record([
                ("id", uuid), ("municipality", string()),
                (
                    "details",
                    record(
                        [
                            ("kind", enumeration(Organization.Kind.allCases.map(\.rawValue))), ("fullName", string()),
                            ("shortName", string()),
                            ("address", string()), ("headName", string()), ("headPosition", string()),
                            ("siteURL", string()),
                        ],
                        optional: ["address", "headName", "headPosition", "siteURL"])
                ),
            ]),
            "Person": record(
                [
                    ("id", uuid), ("organizationID", uuid), ("details", personDetails), ("age", ["type": "integer"]),
                    ("isMinor", ["type": "boolean"]),
                    ("consentStatus", enumeration(Consent.Status.allCases.map(\.rawValue))),
                    ("anonymized", ["type": "boolean"]), ("version", ["type": "integer"]),
                ], optional: ["age"]),
            "PersonPage": record([
                ("items", OpenAPIDocument.list("Person")), ("page", ["type": "integer"]),
                ("pageCount", ["type": "integer"]), ("total", ["type": "integer"]),
            ]),
            "PersonInput": object(
                [
                    ("surname", string()), ("givenName", string()), ("patronymic", string()),
                    ("birthDate", string("ГГГГ-ММ-ДД или ДД.ММ.ГГГГ")),
                    ("sex", enumeration(Person.Sex.allCases.map(\.rawValue))),
                    ("categories", ["type": "array", "items": enumeration(Person.Category.allCases.map(\.rawValue))]),
                    ("grade", string()), ("position", string()),
                    ("subjects", string("Через запятую, или массив строк")),
                    ("teachingExperienceYears", ["type": ["integer", "string"]]),
                    ("isYoungSpecialist", ["type": ["boolean", "string"]]),
                    ("email", string()), ("phone", string()), ("partnerName", string()),
                ], required: ["surname", "givenName", "categories"]),
            "Consent": record(
                [
                    ("id", uuid), ("personID", uuid), ("kind", enumeration(Consent.Kind.allCases.map(\.rawValue))),
                    ("purpose", string()), ("signedBy", string("subject или id законного представителя")),
                    ("signedOn", date), ("validUntil", date), ("withdrawnOn", date),
                    ("status", enumeration(Consent.Status.allCases.map(\.rawValue))), ("textSHA256", string()),
                    ("hasScan", ["type": "boolean"]),
                ], optional: ["validUntil", "withdrawnOn"]),
            "ConsentInput": object(
                [
                    ("kind", enumeration(Consent.Kind.allCases.map(\.rawValue))), ("purpose", string()),
                    (
                        "signedBy",
                        string("subject или id законного представителя; для несовершеннолетнего — представитель")
                    ),
                    ("signedOn", string("ГГГГ-ММ-ДД")), ("validUntil", string("ГГГГ-ММ-ДД")),
                    ("text", string("Точный текст согласия")),
                ],
                required: ["kind", "purpose", "signedBy", "signedOn", "text"]),
            "Representative": record([
                ("id", uuid),
                (
                    "details",
                    record(
                        [
                            ("fullName", string()), ("relation", string()),
                            ("phone", string()), ("email", string()),
                        ],
                        optional: ["phone", "email"])
                ),
            ]),
            "RepresentativeInput": object(
                [("fullName", string()), ("relation", string()), ("phone", string()), ("email", string())],
                required: ["fullName", "relation"]),
            "AuditEntry": record(
                [
                    ("id", uuid), ("at", string(format: "date-time")), ("actor", string()), ("role", string()),
                    ("action", enumeration(AuditAction.allCases.map(\.rawValue))), ("objectKind", string()),
                    ("objectID", uuid), ("personID", uuid), ("organizationID", uuid),
                    ("fields", ["type": "array", "items": string()]), ("requestID", string()),
                    ("clientAddress", string()),
                ],
                optional: ["objectID", "personID", "organizationID", "clientAddress"]),
        ]
        return base.appending(roadmapSchemas).appending(baseSchemas).appending(matchingSchemas).appending(
            mentorshipSchemas
        ).appending(monitoringSchemas)
            .appending(accountSchemas).appending(safeguardingSchemas)
            .appending(templateSchemas).appending(regulationSchemas).appending(agreementSchemas)
            .appending(partnerSchemas).appending(numberingSchemas).appending(recognitionSchemas)
            .appending(trainingSchemas).appending(contestSchemas).appending(bestPracticeSchemas)
            .appending(publicSectionSchemas)
    }
}
