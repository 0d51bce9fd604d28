import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A DOCX with markers — `{{организация.наименование}}`, `{{#пары}} … {{/пары}}` — in its body, headers and footers,
/// filled into a document people sign. An organization edits the wording, letterhead and signatories in Word or
/// LibreOffice; the engine joins the runs those editors split a marker into, and leaves everything else (styles,
/// images, fields of the page) as it was.
public struct DocxTemplate: Sendable {
    public static let maximumBytes = 10 * 1024 * 1024
    public static let mediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    /// The parts markers are read in.
    static func fillable(_ path: String) -> Bool {
        path == "word/document.xml"
            || (path.hasPrefix("word/header") || path.hasPrefix("word/footer")) && path.hasSuffix(".xml")
    }

    private let parts: [(path: String, data: Data)]
    /// The organization's letterhead, for the field `организация.бланк`; without it the field is empty.
    public var letterhead: TemplateImage?
    public static let letterheadField = TemplateSchema.Field(
        "организация.бланк", "Бланк организации — картинка из её реквизитов; пусто, если не загружена")

    /// Reads the file as a template; refuses what is not a DOCX, is too large, or hides a DTD in a part it fills.
    public init(_ data: Data) throws(DocumentError) {
        guard !data.isEmpty else { throw .empty }
        guard data.count <= Self.maximumBytes else { throw .tooLarge(limitMB: Self.maximumBytes / 1024 / 1024) }
        guard let zip = SafeZip(data), zip.contains("[Content_Types].xml"), zip.contains("word/document.xml") else {
            throw .notADocx
        }
        var parts: [(String, Data)] = []
        for entry in zip.archive where entry.type == .file {
            let read: Data?
            do {
                read = try zip.part(entry.path, corrupt: .brokenXML(entry.path))
            } catch {
                throw (error as? DocumentError) ?? .brokenXML(entry.path)
            }
            guard let part = read else { continue }
            if Self.fillable(entry.path), String(decoding: part.prefix(4096), as: UTF8.self).contains("<!DOCTYPE") {
                throw .brokenXML(entry.path)
            }
            parts.append((entry.path, part))
        }
        self.parts = parts
        for (path, data) in parts where Self.fillable(path) { _ = try Self.parse(data, path) }
    }

    /// What is wrong with the template for this kind of document, in Russian; empty when it can be used. Every kind
    /// may place the organization's letterhead.
    public func problems(against schema: TemplateSchema) -> [String] {
        let filler = TemplateFiller()
        for (path, data) in parts where Self.fillable(path) {
            guard let document = try? Self.parse(data, path), let root = document.rootElement() else { continue }
            root.joinMarkerRuns()
            filler.fill(root, [Self.sample(schema), Self.sample(TemplateSchema(fields: [Self.letterheadField]))])
        }
        return filler.problems
    }

    /// The document filled from `scope` (and the letterhead); throws the problems when the template does not fit.
    public func filled(_ scope: TemplateScope) throws -> Data {
        let filler = TemplateFiller()
        let requisites = TemplateScope([Self.letterheadField.name: letterhead.map { .image($0) } ?? .text("")])
        var output: [(path: String, data: Data)] = []
        var withImages: [String] = []
        for (path, data) in parts {
            guard Self.fillable(path), let document = try? Self.parse(data, path), let root = document.rootElement()
            else {
                output.append((path, data))
                continue
            }
            root.joinMarkerRuns()
            filler.partHasImages = false
            filler.fill(root, [scope, requisites])
            if filler.partHasImages { withImages.append(path) }
            output.append((path, document.xmlData(options: [.nodeCompactEmptyElement])))
        }
        guard filler.problems.isEmpty else { throw TemplateError(problems: filler.problems) }
        if !filler.images.isEmpty { try PackageImages(filler.images).add(to: &output, partsUsing: withImages) }
        let zip = try ZipBuilder()
        for (path, data) in output { try zip.add(path, data: data) }
        return zip.data
    }

    /// A part as a tree; whitespace kept, since Word's text runs hold meaningful spaces.
    static func parse(_ data: Data, _ path: String) throws(DocumentError) -> XMLDocument {
        do {
            return try XMLDocument(data: data, options: [.nodePreserveWhitespace])
        } catch {
            throw .brokenXML(path)
        }
    }

    /// Every field of the schema with a placeholder, every list with one item: what a check fills the template with.
    static func sample(_ schema: TemplateSchema) -> TemplateScope {
        var scope = TemplateScope()
        for field in schema.fields { scope.set(field.name, "…") }
        for section in schema.sections { scope.set(section.name, items: [sample(section.schema)]) }
        return scope
    }
}

/// A template that does not fit its values: the problems, in Russian.
public struct TemplateError: Error, Equatable, Sendable {
    public var problems: [String]
}
