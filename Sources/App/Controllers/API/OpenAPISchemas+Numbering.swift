import Foundation

extension OpenAPISchemas {
    /// The pattern of an organization's order numbers.
    static var numberingSchemas: [(String, JSONValue)] {
        [
            (
                "OrderNumbering",
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
                summary: "Шаблон номеров приказов; подписание без номера берёт следующий", request: "OrderNumbering",
                response: ref("OrderNumbering"))
        ]
    }
}
