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
        var restoreLabel: String
        var error: String?
        var fieldID: String
        var versions: [Version]
        var fields: [Field]
    }

    /// The organization's letterhead: what is kept, the picture, the forms; nil on a municipality's page.
    struct Letterhead: Encodable, Sendable {
        var current: String?
        var imageURL: String
        var uploadAction: String
        var removeAction: String
        var error: String?
    }

    var meta: PageMeta
    var notice: String?
    var manages: Bool
    var letterhead: Letterhead?
    /// The municipality's templates, which its organizations use while they have none of their own.
    var municipal: Bool
    var kinds: [Kind]

    init(
        meta: PageMeta, notice: String?, holder: TemplateHolder, kinds: [TemplateKindState],
        letterhead: (fileName: String, image: TemplateImage)?, failure: (message: String, field: String)?
    ) {
        self.meta = meta
        self.notice = notice
        manages = holder.manages
        let municipal = holder.organizationID == nil
        self.municipal = municipal
        let id = Slot.id(holder.owner.id)
        self.letterhead =
            municipal
            ? nil
            : Letterhead(
                current: letterhead.map { "«\($0.fileName)», \($0.image.width) × \($0.image.height) точек" },
                imageURL: SiteURL.letterhead(id).path, uploadAction: SiteURL.letterhead(id).path,
                removeAction: SiteURL.letterheadRemove(id).path,
                error: failure?.field == "letterhead" ? failure?.message : nil)
        self.kinds = kinds.map { state in
            Kind(
                title: state.kind.title, current: Self.current(state),
                templateURL: SiteURL.documentTemplateFile(id, kind: state.kind, builtIn: false, municipal: municipal)
                    .path,
                builtInURL: SiteURL.documentTemplateFile(id, kind: state.kind, builtIn: true, municipal: municipal)
                    .path,
                uploadAction: SiteURL.documentTemplate(id, kind: state.kind, municipal: municipal).path,
                restoreAction: state.usesBuiltIn
                    ? nil : SiteURL.documentTemplateRestore(id, kind: state.kind, municipal: municipal).path,
                restoreLabel: state.municipal == nil ? "Вернуть встроенный шаблон" : "Вернуть шаблон муниципалитета",
                error: failure?.field == state.kind.rawValue ? failure?.message : nil,
                fieldID: "file-" + state.kind.rawValue,
                versions: state.versions.map {
                    .init(
                        number: $0.number, what: $0.fileName ?? "встроенный шаблон", by: $0.uploadedBy,
                        at: $0.uploadedAt.russianDateTime)
                },
                fields: Self.fields(state.kind.schema, prefix: ""))
        }
    }

    /// Which template is in use: the holder's own version, else the municipality's, else the built-in one.
    static func current(_ state: TemplateKindState) -> String {
        if let own = state.current, let file = own.fileName { return "Свой шаблон, версия \(own.number) («\(file)»)" }
        if let municipal = state.municipal, let file = municipal.fileName {
            return "Шаблон муниципалитета, версия \(municipal.number) («\(file)»)"
        }
        return state.current.map { "Встроенный (возвращён в версии \($0.number))" } ?? "Встроенный"
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
