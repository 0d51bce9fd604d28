import Foundation

extension OpenAPISchemas {
    /// The pattern of an organization's numbers of a kind of document.
    static var numberingSchemas: [(String, JSONValue)] {
        [
            (
                "DocumentNumbering",
                object([("numbering", string("Шаблон номера с {N}: «{N}-о»; пусто — вручную")), ("next", string())])
            )
        ]
    }
}

extension OpenAPIDocument {
    static var numberingOperations: [Operation] {
        [
            .init(
                method: "put", path: "/organizations/{organizationID}/orders/numbering",
                summary: "Шаблон номеров приказов; подписание без номера берёт следующий", request: "DocumentNumbering",
                response: ref("DocumentNumbering")),
            .init(
                method: "put", path: "/organizations/{organizationID}/mentor-agreements/numbering",
                summary: "Шаблон номеров дополнительных соглашений; соглашение с датой без номера берёт следующий",
                request: "DocumentNumbering", response: ref("DocumentNumbering")),
        ]
    }
}
