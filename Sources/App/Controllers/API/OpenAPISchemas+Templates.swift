import Foundation
import MentoringCore

extension OpenAPISchemas {
    /// Document templates.
    static var templateSchemas: [(String, JSONValue)] {
        [
            (
                "DocumentTemplate",
                record(
                    [
                        ("kind", enumeration(DocumentKind.allCases.map(\.rawValue))), ("title", string()),
                        ("usesBuiltIn", ["type": "boolean"]), ("version", ["type": "integer"]), ("fileName", string()),
                        ("uploadedBy", string()), ("uploadedAt", string(format: "date-time")),
                    ], optional: ["version", "fileName", "uploadedBy", "uploadedAt"])
            ),
            (
                "DocumentTemplateUpload",
                object(
                    [("file", ["type": "string", "format": "binary", "description": "Шаблон DOCX с метками"])],
                    required: ["file"])
            ),
        ]
    }
}

extension OpenAPIDocument {
    static var templateOperations: [Operation] {
        let base = "/organizations/{organizationID}/document-templates"
        return [
            .init(
                method: "get", path: base, summary: "Шаблоны документов организации и действующие версии",
                response: list("DocumentTemplate"))
        ]
            + DocumentKind.allCases.flatMap { kind -> [Operation] in
                let path = "\(base)/\(kind.rawValue)"
                return [
                    .init(
                        method: "post", path: path,
                        summary:
                            "Загрузить свой шаблон «\(kind.title)» (проверяется по меткам, становится новой версией)",
                        request: "DocumentTemplateUpload", response: ref("DocumentTemplate"), status: "201",
                        requestMedia: "multipart/form-data"),
                    .init(
                        method: "get", path: "\(path)/document", summary: "Действующий шаблон «\(kind.title)» (DOCX)",
                        response: binary, produces: [docxType]),
                    .init(
                        method: "post", path: "\(path)/built-in", summary: "Вернуть встроенный шаблон «\(kind.title)»",
                        response: ref("DocumentTemplate")),
                    .init(
                        method: "get", path: "\(path)/built-in/document",
                        summary: "Встроенный шаблон «\(kind.title)» (DOCX)", response: binary, produces: [docxType]),
                ]
            }
    }
}
