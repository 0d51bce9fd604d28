import Documents
import Foundation
import MentoringCore

/// The organization's document templates: per kind, the version in use, the files, the upload form and the fields.
struct DocumentTemplatesContext: Encodable, Sendable {
    struct Kind: Encodable, Sendable {
        struct Version: Encodable, Sendable {
            var number: Int
            var what: String
            var by: String
            var at: String
        }

        struct Field: Encodable, Sendable {
            var marker: String
            var meaning: String
        }

        var title: String
        var current: String
        var templateURL: String
        var builtInURL: String
        var uploadAction: String
        var restoreAction: String?
        var error: String?
        var fieldID: String
        var versions: [Version]
        var fields: [Field]
    }

    var meta: PageMeta
    var notice: String?
    var manages: Bool
    var kinds: [Kind]

    init(
        meta: PageMeta, notice: String?, organization: UUID, manages: Bool, kinds: [TemplateKindState],
        failure: (String, DocumentKind)?
    ) throws {
        self.meta = meta
        self.notice = notice
        self.manages = manages
        let id = Slot.id(organization)
        self.kinds = kinds.map { state in
            Kind(
                title: state.kind.title,
                current: state.current.map { version in
                    version.fileName.map { "Свой шаблон, версия \(version.number) («\($0)»)" }
                        ?? "Встроенный (возвращён в версии \(version.number))"
                } ?? "Встроенный",
                templateURL: SiteURL.documentTemplateFile(id, kind: state.kind, builtIn: false).path,
                builtInURL: SiteURL.documentTemplateFile(id, kind: state.kind, builtIn: true).path,
                uploadAction: SiteURL.documentTemplate(id, kind: state.kind).path,
                restoreAction: state.usesBuiltIn ? nil : SiteURL.documentTemplateRestore(id, kind: state.kind).path,
                error: failure?.1 == state.kind ? failure?.0 : nil, fieldID: "file-" + state.kind.rawValue,
                versions: state.versions.map {
                    .init(
                        number: $0.number, what: $0.fileName ?? "встроенный шаблон", by: $0.uploadedBy,
                        at: $0.uploadedAt.russianDateTime)
                },
                fields: Self.fields(state.kind.schema, prefix: ""))
        }
    }

    /// Every marker of the schema with its meaning; a block's fields follow it, indented by a dash.
    static func fields(_ schema: TemplateSchema, prefix: String) -> [Kind.Field] {
        schema.fields.map { Kind.Field(marker: "{{\($0.name)}}", meaning: prefix + $0.meaning) }
            + schema.sections.flatMap { section in
                [Kind.Field(marker: "{{#\(section.name)}} … {{/\(section.name)}}", meaning: prefix + section.meaning)]
                    + fields(section.schema, prefix: prefix + "— ")
            }
    }
}
