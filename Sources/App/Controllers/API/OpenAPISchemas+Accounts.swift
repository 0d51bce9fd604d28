import Foundation
import MentoringCore

extension OpenAPIDocument {
    static let accountOperations: [Operation] = [
        .init(
            method: "get", path: "/accounts",
            summary: "Учётные записи, которыми вы управляете (параметры q, role, state)",
            response: list("Account"),
            query: [
                ("q", OpenAPISchemas.string()), ("role", OpenAPISchemas.enumeration(Role.allCases.map(\.rawValue))),
                ("state", OpenAPISchemas.enumeration(AccountState.allCases.map(\.rawValue))),
            ]),
        .init(
            method: "get", path: "/accounts/{accountID}", summary: "Учётная запись с ролями", response: ref("Account")),
        .init(
            method: "post", path: "/accounts/{accountID}/block",
            summary: "Заблокировать: сеансы и токены перестают работать",
            response: ref("Account")),
        .init(
            method: "post", path: "/accounts/{accountID}/unblock", summary: "Разблокировать", response: ref("Account")),
        .init(
            method: "post", path: "/accounts/{accountID}/grants", summary: "Выдать роль (не шире своей)",
            request: "GrantInput", response: ref("Account"), status: "201"),
        .init(
            method: "delete", path: "/accounts/{accountID}/grants/{grantID}", summary: "Отозвать роль",
            response: ["type": "null"], status: "204"),
        .init(
            method: "put", path: "/accounts/{accountID}/person",
            summary: "Связать учётную запись с участником ({\"personID\": id}) или отвязать (null)",
            request: "AccountPersonInput", response: ref("Account")),
        .init(
            method: "get", path: "/invitations", summary: "Приглашения мест, где вы выдаёте роли",
            response: list("Invitation")),
        .init(
            method: "post", path: "/invitations",
            summary: "Пригласить по e-mail: одноразовая ссылка на 7 дней (в ответе — только если почта не настроена)",
            request: "InvitationInput", response: ref("Invitation"), status: "201"),
        .init(
            method: "post", path: "/invitations/{invitationID}/resend",
            summary: "Новая ссылка и срок; прежняя перестаёт работать",
            response: ref("Invitation")),
        .init(
            method: "post", path: "/invitations/{invitationID}/revoke", summary: "Отозвать приглашение",
            response: ["type": "null"], status: "204"),
        .init(
            method: "get", path: "/regions",
            summary: "Регионы с муниципалитетами и органами управления (своя территория)",
            response: list("Region")),
        .init(
            method: "post", path: "/regions", summary: "Добавить регион (администратор)", request: "PlaceInput",
            response: ref("Place"), status: "201"),
        .init(
            method: "post", path: "/municipalities", summary: "Добавить муниципалитет региона (name, regionID)",
            request: "PlaceInput", response: ref("Place"), status: "201"),
        .init(
            method: "post", path: "/authorities",
            summary: "Добавить орган управления муниципалитета (municipalityID) или региона (regionID)",
            request: "PlaceInput", response: ref("Place"), status: "201"),
        .init(
            method: "post", path: "/organizations",
            summary: "Зарегистрировать организацию в муниципалитете своей территории",
            request: "OrganizationInput", response: ref("Organization"), status: "201"),
        .init(
            method: "put", path: "/organizations/{organizationID}", summary: "Изменить организацию и её муниципалитет",
            request: "OrganizationInput", response: ref("Organization")),
        .init(
            method: "get", path: "/organizations/{organizationID}/consents",
            summary: "Согласия класса или программы (grade, program): статусы и чего не хватает",
            response: list("ConsentRow"), query: consentFilter),
        .init(
            method: "post", path: "/organizations/{organizationID}/consents/entry",
            summary: "Подписанные бланки одной таблицей: сохраняется всё или ничего", request: "ConsentEntryInput",
            response: list("ConsentRow")),
        .init(
            method: "post", path: "/organizations/{organizationID}/consents/links",
            summary: "Ссылки на электронное согласие тем, кому не хватает согласий (grade, program)",
            response: ref("ConsentLinks"), query: consentFilter),
        .init(
            method: "get", path: "/programs/{programID}/accounts",
            summary: "Кто из участников программы (audience) получит приглашение "
                + "или код", response: list("AccountCandidate"), query: audience, requiredQuery: ["audience"]),
        .init(
            method: "post", path: "/programs/{programID}/accounts/invite",
            summary: "Пригласить по e-mail всех, у кого есть адрес (audience)", response: list("IssuedInvitation"),
            query: audience, requiredQuery: ["audience"]),
        .init(
            method: "post", path: "/programs/{programID}/accounts/codes",
            summary: "Коды входа для тех, у кого нет e-mail (audience); коды — только в этом ответе",
            response: list("IssuedInvitation"), query: audience,
            requiredQuery: ["audience"]),
    ]

    static let consentFilter: [(name: String, schema: JSONValue)] = [
        ("grade", OpenAPISchemas.string("Класс, например 7Б")), ("program", OpenAPISchemas.uuid),
    ]
    static let audience: [(name: String, schema: JSONValue)] = [
        ("audience", OpenAPISchemas.enumeration(ProgramAccounts.Audience.allCases.map(\.rawValue)))
    ]
}

extension OpenAPISchemas {
    static var accountSchemas: [(String, JSONValue)] {
        let roles = enumeration(Role.allCases.map(\.rawValue))
        let grant = record(
            [
                ("id", uuid), ("role", roles), ("organizationID", uuid), ("municipalityID", uuid),
                ("regionID", uuid), ("title", string("«Куратор — Школа № 5»")),
            ], optional: ["id", "organizationID", "municipalityID", "regionID"])
        let place: [(String, JSONValue)] = [
            ("organizationID", string("Для ролей организации", format: "uuid")),
            ("municipalityID", string("Для координатора муниципалитета", format: "uuid")),
            ("regionID", string("Для координатора региона", format: "uuid")),
        ]
        return [
            (
                "Account",
                record(
                    [
                        ("id", uuid), ("login", string()), ("displayName", string()), ("email", string()),
                        ("personID", uuid), ("state", enumeration(AccountState.allCases.map(\.rawValue))),
                        ("lastSignInAt", string(format: "date-time")), ("grants", ["type": "array", "items": grant]),
                    ], optional: ["email", "personID", "lastSignInAt"])
            ),
            ("GrantInput", object([("role", roles)] + place, required: ["role"])),
            (
                "Invitation",
                record(
                    [
                        ("id", uuid), ("email", string()), ("displayName", string()), ("grant", grant),
                        ("personID", uuid), ("state", enumeration(InvitationState.allCases.map(\.rawValue))),
                        ("createdAt", string(format: "date-time")), ("expiresAt", string(format: "date-time")),
                        ("accountID", uuid), ("link", string("Ссылка приглашения, только без настроенной почты")),
                    ], optional: ["email", "personID", "accountID", "link"])
            ),
            ("Place", record([("id", uuid), ("name", string())])),
            (
                "AccountPersonInput",
                object(
                    [("personID", ["type": ["string", "null"], "format": "uuid"])],
                    required: ["personID"])
            ),
            (
                "ConsentLinks",
                record([("sent", ["type": "integer"]), ("unreachable", ["type": "array", "items": string()])])
            ),
            (
                "AccountCandidate",
                record(
                    [
                        ("name", string()), ("email", string()), ("personID", uuid),
                        ("representativeID", uuid), ("standing", string()),
                    ],
                    optional: ["email", "personID", "representativeID"])
            ),
            (
                "IssuedInvitation",
                record(
                    [
                        ("invitationID", uuid), ("name", string()),
                        ("code", string("Код входа, только для распечатки")),
                    ], optional: ["code"])
            ),
            (
                "ConsentRow",
                record(
                    [
                        ("personID", uuid), ("fullName", string()), ("grade", string()),
                        ("minor", ["type": "boolean"]), ("statuses", ["type": "object"]),
                        ("missing", ["type": "array", "items": string()]), ("problem", string()),
                        ("reachableByLink", ["type": "boolean"]),
                    ], optional: ["grade", "problem"])
            ),
            (
                "ConsentEntryInput",
                object(
                    [
                        (
                            "rows",
                            [
                                "type": "object", "description": "id участника → {kinds, signedBy, signedOn}",
                                "additionalProperties": object(
                                    [
                                        ("kinds", ["type": "array", "items": string()]),
                                        ("signedBy", string("subject или id законного представителя")),
                                        ("signedOn", string("ДД.ММ.ГГГГ")),
                                    ], required: ["kinds", "signedBy", "signedOn"]),
                            ]
                        )
                    ], required: ["rows"])
            ),
            (
                "PlaceInput",
                object([("name", string()), ("regionID", uuid), ("municipalityID", uuid)], required: ["name"])
            ),
            (
                "Region",
                record([
                    ("id", uuid), ("name", string()),
                    ("authorities", ["type": "array", "items": OpenAPIDocument.ref("Place")]),
                    (
                        "municipalities",
                        [
                            "type": "array",
                            "items": record([
                                ("id", uuid), ("name", string()),
                                ("authorities", ["type": "array", "items": OpenAPIDocument.ref("Place")]),
                                ("organizations", ["type": "integer"]),
                            ]),
                        ]
                    ),
                ])
            ),
            (
                "OrganizationInput",
                object(
                    [
                        ("kind", enumeration(Organization.Kind.allCases.map(\.rawValue))), ("fullName", string()),
                        ("shortName", string()),
                        ("address", string()), ("headName", string()), ("headPosition", string()),
                        ("siteURL", string()),
                        ("municipalityID", uuid),
                    ], required: ["kind", "fullName", "shortName", "municipalityID"])
            ),
            (
                "InvitationInput",
                object(
                    [
                        ("email", string()), ("displayName", string("По умолчанию — ФИО участника")),
                        ("role", roles), ("personID", uuid), ("representativeID", uuid),
                    ] + place,
                    required: ["email", "role"])
            ),
        ]
    }
}
