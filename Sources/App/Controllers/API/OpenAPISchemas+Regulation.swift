import Foundation
import MentoringCore

extension OpenAPISchemas {
    /// The regulation of the mentoring system.
    static var regulationSchemas: [(String, JSONValue)] {
        let section = object(
            [("title", string()), ("points", ["type": "array", "items": string("Пункт, без номера")])],
            required: ["title", "points"])
        return [
            (
                "Regulation",
                record(
                    [
                        ("status", enumeration(RegulationStatus.allCases.map(\.rawValue))),
                        ("sections", ["type": "array", "items": section]),
                        (
                            "approvedBy",
                            record(
                                [("orderID", uuid), ("number", string()), ("signedOn", date)],
                                optional: ["number", "signedOn"])
                        ),
                        ("editedBy", string()), ("editedAt", string(format: "date-time")),
                    ], optional: ["approvedBy", "editedBy", "editedAt"])
            ),
            ("RegulationInput", object([("sections", ["type": "array", "items": section])], required: ["sections"])),
        ]
    }
}

extension OpenAPIDocument {
    static var regulationOperations: [Operation] {
        let path = "/organizations/{organizationID}/regulation"
        return [
            .init(
                method: "get", path: path, summary: "Положение о системе наставничества: текст, статус, приказ",
                response: ref("Regulation")),
            .init(
                method: "put", path: path, summary: "Изменить разделы положения (пока оно не утверждено)",
                request: "RegulationInput", response: ref("Regulation")),
            .init(
                method: "post", path: "\(path)/redraft", summary: "Составить положение заново по данным организации",
                response: ref("Regulation")),
            .init(
                method: "post", path: "\(path)/new-edition",
                summary: "Начать новую редакцию утверждённого положения", response: ref("Regulation")),
            .init(
                method: "get", path: "\(path)/document", summary: "Положение в том виде, в каком оно есть (DOCX)",
                response: binary, produces: [docxType]),
        ]
    }
}
