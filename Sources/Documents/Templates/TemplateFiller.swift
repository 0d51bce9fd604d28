import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Fills the blocks of a part (a body, a header, a table cell) from scopes, innermost first. A repeated block is a
/// paragraph holding both of its markers, a table row holding both, or the paragraphs from the one that opens it to
/// the one that closes it at the same level. What cannot be filled is noted, not thrown: the same walk checks an
/// uploaded template against its schema.
final class TemplateFiller {
    /// A filled text: words, and the pictures placed among them.
    enum Piece {
        case text(String)
        case image(TemplateImage)
    }

    private(set) var problems: [String] = []
    /// The pictures placed, each once; the n-th is related to the parts as `relationship(n)`.
    private(set) var images: [TemplateImage] = []
    /// Whether the part being filled has a picture: its relationships must name them.
    var partHasImages = false
    private var drawings = 0

    static func relationship(_ index: Int) -> String { "rIdNastavnikImage\(index + 1)" }

    func fill(_ container: XMLElement, _ scopes: [TemplateScope]) {
        var index = 0
        while index < container.childElements.count {
            let child = container.childElements[index]
            switch child.name {
            case "w:p": index = paragraph(at: index, in: container, scopes)
            case "w:tbl":
                for row in child.childElements where row.name == "w:tr" { self.row(row, scopes) }
                index += 1
            default:
                fill(child, scopes)
                index += 1
            }
        }
    }

    /// Fills the paragraph at `index`, or the block it opens; returns the index of what follows.
    private func paragraph(at index: Int, in container: XMLElement, _ scopes: [TemplateScope]) -> Int {
        let start = container.childElements[index]
        let text = start.wordText
        if let unclosed = TemplateMarker.scan(text).unclosed {
            note("Метка не закрыта: «\(unclosed)» — допишите «}}».")
        }
        guard case .open(let name)? = TemplateMarker.leading(text), !TemplateMarker.isInline(text, name) else {
            substitute(in: start, scopes)
            return index + 1
        }
        let closes = { (element: XMLElement) in TemplateMarker.trailing(element.wordText) == .close(name) }
        let siblings = container.childElements
        guard let end = (index..<siblings.count).first(where: { siblings[$0].name == "w:p" && closes(siblings[$0]) })
        else {
            note("Блок {{#\(name)}} не закрыт: после него на том же уровне нет {{/\(name)}}.")
            remove(.open(name), from: start)
            substitute(in: start, scopes)
            return index + 1
        }
        let range = Array(siblings[index...end])
        var inserted = 0
        for item in items(name, scopes) {
            let holder = XMLElement(name: "holder")
            for (offset, original) in range.enumerated() {
                let copy = original.copy() as! XMLElement
                if offset == 0 { remove(.open(name), from: copy) }
                if offset == range.count - 1 { remove(.close(name), from: copy) }
                // The paragraphs that only held a marker of a multi-paragraph block go with the marker.
                let markerLine = range.count > 1 && (offset == 0 || offset == range.count - 1)
                if !(markerLine && isEmptyParagraph(copy)) { holder.addChild(copy) }
            }
            fill(holder, [item] + scopes)
            for filled in holder.childElements {
                filled.detach()
                container.insertChild(filled, at: index + inserted)
                inserted += 1
            }
        }
        for element in range { element.detach() }
        return index + inserted
    }

    /// A row whose text starts with `{{#x}}` and ends with `{{/x}}` repeats; any other row has its cells filled.
    private func row(_ row: XMLElement, _ scopes: [TemplateScope]) {
        let text = row.wordText
        guard case .open(let name)? = TemplateMarker.leading(text), !TemplateMarker.isInline(text, name) else {
            for cell in row.childElements where cell.name == "w:tc" { fill(cell, scopes) }
            return
        }
        guard TemplateMarker.trailing(text) == .close(name) else {
            note("Строка таблицы, которая начинается с {{#\(name)}}, должна заканчиваться {{/\(name)}}.")
            return
        }
        guard let table = row.parent as? XMLElement else { return }
        for item in items(name, scopes) {
            let copy = row.copy() as! XMLElement
            remove(.open(name), from: copy)
            remove(.close(name), from: copy)
            for cell in copy.childElements where cell.name == "w:tc" { fill(cell, [item] + scopes) }
            table.insertChild(copy, at: table.childElements.firstIndex { $0 === row }!)
        }
        row.detach()
    }

    /// The items of a block: a list's, one (the scopes themselves) for a non-empty text, none otherwise.
    private func items(_ name: String, _ scopes: [TemplateScope]) -> [TemplateScope] {
        switch lookup(name, scopes) {
        case .list(let items)?: return items
        case .text(let text)?: return text.isEmpty ? [] : [TemplateScope()]
        case .image?: return [TemplateScope()]
        case nil:
            note("Неизвестный блок {{#\(name)}}.")
            return []
        }
    }

    private func lookup(_ name: String, _ scopes: [TemplateScope]) -> TemplateValue? {
        scopes.lazy.compactMap { $0[name] }.first
    }

    private func substitute(in element: XMLElement, _ scopes: [TemplateScope]) {
        for text in element.descendants(named: "w:t") {
            let value = text.stringValue ?? ""
            guard value.contains(TemplateMarker.start) else { continue }
            write(substitute(value, scopes), into: text)
        }
    }

    /// The text with its fields filled and its inline blocks (`{{#x}} … {{/x}}` inside a text) repeated per item.
    private func substitute(_ value: String, _ scopes: [TemplateScope]) -> [Piece] {
        let found = TemplateMarker.scan(value).markers
        var result: [Piece] = []
        func add(_ text: Substring) {
            if case .text(let before)? = result.last {
                result[result.count - 1] = .text(before + text)
            } else if !text.isEmpty {
                result.append(.text(String(text)))
            }
        }
        var position = value.startIndex
        var index = 0
        while index < found.count {
            let (range, marker) = found[index]
            add(value[position..<range.lowerBound])
            position = range.upperBound
            index += 1
            switch marker {
            case .field(let name):
                switch lookup(name, scopes) {
                case .text(let filled)?: add(filled[...])
                case .image(let image)?: result.append(.image(image))
                case .list?: note("{{\(name)}} — это список: пишите {{#\(name)}} … {{/\(name)}}.")
                case nil: note("Неизвестное поле {{\(name)}}.")
                }
            case .open(let name):
                guard let close = TemplateMarker.matchingClose(of: name, in: found, from: index) else {
                    note("Блок {{#\(name)}} не закрыт: после него на том же уровне нет {{/\(name)}}.")
                    continue
                }
                let inner = String(value[range.upperBound..<found[close].0.lowerBound])
                for item in items(name, scopes) {
                    for piece in substitute(inner, [item] + scopes) {
                        if case .text(let text) = piece { add(text[...]) } else { result.append(piece) }
                    }
                }
                position = found[close].0.upperBound
                index = close + 1
            case .close(let name):
                note("Лишняя метка {{/\(name)}}: блок {{#\(name)}} перед ней не открыт.")
            }
        }
        add(value[position...])
        return result
    }

    /// The pieces go into the text's run: the first text into the text element, then line breaks (`w:br`), further
    /// text elements and pictures (`w:drawing`) after it.
    private func write(_ pieces: [Piece], into text: XMLElement) {
        var elements: [XMLElement] = []
        var first: String?
        for piece in pieces {
            switch piece {
            case .text(let value):
                for (number, line) in value.components(separatedBy: "\n").enumerated() {
                    if number > 0 { elements.append(XMLElement(name: "w:br")) }
                    if first == nil && elements.isEmpty {
                        first = line
                    } else {
                        let next = XMLElement(name: "w:t")
                        next.setText(line)
                        elements.append(next)
                    }
                }
            case .image(let image):
                if first == nil { first = "" }
                elements.append(drawing(image))
            }
        }
        text.setText(first ?? "")
        guard !elements.isEmpty, let run = text.parent as? XMLElement,
            var at = run.children?.firstIndex(where: { $0 === text })
        else { return }
        for element in elements {
            at += 1
            run.insertChild(element, at: at)
        }
    }

    /// The picture as an inline drawing of the part being filled.
    private func drawing(_ image: TemplateImage) -> XMLElement {
        let index = images.firstIndex(of: image) ?? images.count
        if index == images.count { images.append(image) }
        partHasImages = true
        drawings += 1
        let xml = image.drawing(relationship: Self.relationship(index), id: 9_000 + drawings)
        // Built from numbers and fixed names, the drawing parses; were it not to, the place stays empty.
        return (try? XMLElement(xmlString: xml)) ?? XMLElement(name: "w:t")
    }

    private func remove(_ marker: TemplateMarker, from element: XMLElement) {
        for text in element.descendants(named: "w:t") {
            let value = text.stringValue ?? ""
            if let (range, _) = TemplateMarker.scan(value).markers.first(where: { $0.1 == marker }) {
                text.setText(value.replacingCharacters(in: range, with: ""))
                return
            }
        }
    }

    private func isEmptyParagraph(_ element: XMLElement) -> Bool {
        element.wordText.trimmingCharacters(in: .whitespaces).isEmpty
    }

    private func note(_ problem: String) {
        if !problems.contains(problem) { problems.append(problem) }
    }
}
