import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A reader of one part of an Office file that keeps a budget: every element counts, a step that passes a bound
/// stops the parser, and `parse` throws the bound's message instead of a broken-XML one. Subclasses override the
/// three steps (the delegate's methods are implemented here once, since Foundation on Linux gives them defaults
/// that a subclass could not override).
class BudgetedXMLReader: NSObject, XMLParserDelegate {
    var budget = ReadingBudget()
    private var failure: DocumentError?

    func start(_ name: String, attributes: [String: String]) throws {}
    func characters(_ string: String) throws {}
    func end(_ name: String) throws {}

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        guarded(parser) {
            try budget.element()
            try start(name, attributes: attributes)
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        guarded(parser) { try characters(string) }
    }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        guarded(parser) { try end(name) }
    }

    private func guarded(_ parser: XMLParser, _ step: () throws -> Void) {
        guard failure == nil else { return }
        do {
            try step()
        } catch let error as DocumentError {
            failure = error
            parser.abortParsing()
        } catch {
            failure = .brokenXML("")
            parser.abortParsing()
        }
    }

    func parse(_ data: Data, part: String) throws {
        // Foundation's parser traps on element names that are not UTF-8 (found by `Fuzz/documents.sh`); Office
        // writes its parts in UTF-8, so anything else is a damaged file.
        guard String(validating: data, as: UTF8.self) != nil else { throw DocumentError.brokenXML(part) }
        // A stream feeds libxml2 in chunks: a part handed over whole stops at its 10 MB input limit.
        let parser = XMLParser(stream: InputStream(data: data))
        parser.shouldResolveExternalEntities = false
        parser.delegate = self
        let finished = parser.parse()
        if let failure { throw failure == .brokenXML("") ? .brokenXML(part) : failure }
        guard finished, parser.parserError == nil else { throw DocumentError.brokenXML(part) }
    }
}
