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
                        ("inUse", enumeration(["own", "municipality", "built_in"])),
                    ], optional: ["version", "fileName", "uploadedBy", "uploadedAt"])
            ),
            (
                "Letterhead",
                record([("fileName", string()), ("width", ["type": "integer"]), ("height", ["type": "integer"])])
            ),
            (
                "LetterheadUpload",
                object(
                    [("file", ["type": "string", "format": "binary", "description": "PNG или JPEG до 2 МБ"])],
                    required: ["file"])
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
        let letterhead = "/organizations/{organizationID}/letterhead"
        return [
            .init(
                method: "get", path: letterhead, summary: "Бланк организации (картинка)", response: binary,
                produces: ["image/png", "image/jpeg"]),
            .init(
                method: "put", path: letterhead, summary: "Загрузить бланк организации (заменяет прежний)",
                request: "LetterheadUpload", response: ref("Letterhead"), requestMedia: "multipart/form-data"),
            .init(
                method: "delete", path: letterhead, summary: "Удалить бланк организации", response: ["type": "null"],
                status: "204"),
        ]
            + templateOperations(base: "/organizations/{organizationID}/document-templates", of: "организации")
            + templateOperations(base: "/municipalities/{municipalityID}/document-templates", of: "муниципалитета")
    }

    /// The operations on one holder's templates; `of` names the holder in the genitive.
    private static func templateOperations(base: String, of holder: String) -> [Operation] {
        [
            .init(
                method: "get", path: base, summary: "Шаблоны документов \(holder) и действующие версии",
                response: list("DocumentTemplate"))
        ]
            + DocumentKind.allCases.flatMap { kind -> [Operation] in
                let path = "\(base)/\(kind.rawValue)"
                return [
                    .init(
                        method: "post", path: path,
                        summary: "Загрузить шаблон \(holder) «\(kind.title)»"
                            + " (проверяется по меткам, становится новой версией)",
                        request: "DocumentTemplateUpload", response: ref("DocumentTemplate"), status: "201",
                        requestMedia: "multipart/form-data"),
                    .init(
                        method: "get", path: "\(path)/document",
                        summary: "Действующий для \(holder) шаблон «\(kind.title)» (DOCX)", response: binary,
                        produces: [docxType]),
                    .init(
                        method: "post", path: "\(path)/built-in",
                        summary: "Вернуть шаблон «\(kind.title)» по умолчанию", response: ref("DocumentTemplate")),
                    .init(
                        method: "get", path: "\(path)/built-in/document",
                        summary: "Встроенный шаблон «\(kind.title)» (DOCX)", response: binary, produces: [docxType]),
                ]
            }
    }
}
