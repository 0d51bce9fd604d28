import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The few WordprocessingML walks the template engine needs, on a parsed part.
extension XMLElement {
    /// Child elements, in order.
    var childElements: [XMLElement] { (children ?? []).compactMap { $0 as? XMLElement } }

    /// Every element of that name below this one, in document order (the element itself included).
    func descendants(named name: String) -> [XMLElement] {
        var found: [XMLElement] = self.name == name ? [self] : []
        for child in childElements { found += child.descendants(named: name) }
        return found
    }

    /// The text of the paragraphs below, as Word shows it (runs joined).
    var wordText: String { descendants(named: "w:t").map { $0.stringValue ?? "" }.joined() }
}

extension XMLElement {
    /// Joins the runs of every paragraph below so that each marker lies inside one text element. Word splits a
    /// typed `{{организация.наименование}}` into several runs (a spell-check mark, an edit's revision id, a change of
    /// language): the characters of a marker move into the text element where the marker starts, the others lose
    /// them, and the formatting of the first run applies to the whole marker.
    func joinMarkerRuns() {
        for paragraph in descendants(named: "w:p") {
            let texts = paragraph.descendants(named: "w:t")
            guard texts.count > 1 else { continue }
            var characters: [Character] = []
            var owner: [Int] = []
            for (index, text) in texts.enumerated() {
                let value = text.stringValue ?? ""
                characters += value
                owner += Array(repeating: index, count: value.count)
            }
            let full = String(characters)
            guard full.contains(TemplateMarker.start) else { continue }
            var moved = false
            for range in Self.joinedSpans(full) {
                let lower = full.distance(from: full.startIndex, to: range.lowerBound)
                let upper = full.distance(from: full.startIndex, to: range.upperBound)
                for index in lower..<upper where owner[index] != owner[lower] {
                    owner[index] = owner[lower]
                    moved = true
                }
            }
            guard moved else { continue }
            var rebuilt = Array(repeating: "", count: texts.count)
            for (index, character) in characters.enumerated() { rebuilt[owner[index]].append(character) }
            for (text, value) in zip(texts, rebuilt) { text.setText(value) }
        }
    }

    /// Each marker, and each inline block from its `{{#x}}` to its `{{/x}}` (whose text repeats as one piece).
    private static func joinedSpans(_ text: String) -> [Range<String.Index>] {
        let markers = TemplateMarker.scan(text).markers
        var spans = markers.map(\.0)
        for (index, (range, marker)) in markers.enumerated() {
            guard case .open(let name) = marker,
                let close = TemplateMarker.matchingClose(of: name, in: markers, from: index + 1)
            else { continue }
            let wholeParagraph =
                index == 0 && TemplateMarker.leading(text) != nil && close == markers.count - 1
                && TemplateMarker.trailing(text) != nil
            if !wholeParagraph { spans.append(range.lowerBound..<markers[close].0.upperBound) }
        }
        return spans
    }

    /// Sets a `w:t`'s text, keeping its spaces.
    func setText(_ value: String) {
        stringValue = value
        if value.first == " " || value.last == " " || value.contains("  ") {
            if attribute(forName: "xml:space") == nil {
                addAttribute(XMLNode.attribute(withName: "xml:space", stringValue: "preserve") as! XMLNode)
            }
        }
    }
}
