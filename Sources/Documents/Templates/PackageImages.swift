import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Puts the pictures a template placed into the package: each as a media part, related to every part that draws it,
/// with its type declared — what Word and LibreOffice need to show an inline drawing.
struct PackageImages {
    let images: [TemplateImage]

    init(_ images: [TemplateImage]) { self.images = images }

    static let relationshipsNamespace = "http://schemas.openxmlformats.org/package/2006/relationships"
    static let imageType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"

    func media(_ index: Int) -> String { "media/nastavnik-image\(index + 1).\(images[index].format.rawValue)" }

    func add(to parts: inout [(path: String, data: Data)], partsUsing users: [String]) throws(DocumentError) {
        for user in users { try relate(user, in: &parts) }
        for index in images.indices { parts.append(("word/" + media(index), images[index].data)) }
        try declareTypes(in: &parts)
    }

    /// Adds the pictures' relationships to the part's `_rels` file, made when the part had none.
    private func relate(_ path: String, in parts: inout [(path: String, data: Data)]) throws(DocumentError) {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let rels = String(path[..<slash]) + "_rels/" + String(path[slash...]) + ".rels"
        let existing = parts.firstIndex { $0.path == rels }
        let empty = Data("<Relationships xmlns=\"\(Self.relationshipsNamespace)\"/>".utf8)
        let document = try DocxTemplate.parse(existing.map { parts[$0].data } ?? empty, rels)
        guard let root = document.rootElement() else { throw .brokenXML(rels) }
        for index in images.indices {
            let relationship = XMLElement(name: "Relationship")
            for (name, value) in [
                ("Id", TemplateFiller.relationship(index)), ("Type", Self.imageType), ("Target", media(index)),
            ] {
                relationship.addAttribute(XMLNode.attribute(withName: name, stringValue: value) as! XMLNode)
            }
            root.addChild(relationship)
        }
        let data = document.xmlData()
        if let existing { parts[existing].data = data } else { parts.append((rels, data)) }
    }

    /// Declares the pictures' extensions in `[Content_Types].xml` where they are not declared yet.
    private func declareTypes(in parts: inout [(path: String, data: Data)]) throws(DocumentError) {
        let path = "[Content_Types].xml"
        guard let index = parts.firstIndex(where: { $0.path == path }),
            let root = try DocxTemplate.parse(parts[index].data, path).rootElement()
        else { throw .notADocx }
        let declared = Set(
            root.childElements.filter { $0.localName == "Default" }
                .compactMap { $0.attribute(forName: "Extension")?.stringValue?.lowercased() })
        for format in Set(images.map(\.format)) where !declared.contains(format.rawValue) {
            let type = XMLElement(name: "Default", uri: root.uri)
            type.addAttribute(XMLNode.attribute(withName: "Extension", stringValue: format.rawValue) as! XMLNode)
            type.addAttribute(XMLNode.attribute(withName: "ContentType", stringValue: format.mediaType) as! XMLNode)
            root.addChild(type)
        }
        parts[index].data = root.rootDocument?.xmlData() ?? parts[index].data
    }
}
