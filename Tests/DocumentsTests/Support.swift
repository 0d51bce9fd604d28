import Foundation

@testable import Documents

/// Files the tests read: the project's own fixtures, and the field samples when the shared folder is present.
enum Files {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let samples = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../../shared/domain/samples").standardizedFileURL

    static func fixture(_ name: String) throws -> Data { try Data(contentsOf: fixtures.appendingPathComponent(name)) }

    static func sample(_ name: String) -> Data? { try? Data(contentsOf: samples.appendingPathComponent(name)) }
}

/// A DOCX assembled from a body of WordprocessingML, as Word would save it.
enum DocxFixture {
    static func make(body: String, contentTypes: Bool = true) throws -> Data {
        let zip = try ZipBuilder()
        if contentTypes {
            try zip.add(
                "[Content_Types].xml",
                OfficeXML.contentTypes(
                    main: "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
                    mainPath: "/word/document.xml", extra: [:]))
        }
        try zip.add(
            "word/document.xml",
            """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)</w:body></w:document>
            """)
        return zip.data
    }

    static func paragraph(_ text: String) -> String { "<w:p><w:r><w:t>\(text)</w:t></w:r></w:p>" }

    /// A cell; `span` columns wide, or continuing a vertical merge when `merged` is "continue".
    static func cell(_ text: String, span: Int = 1, merge: String? = nil) -> String {
        var properties = span > 1 ? "<w:gridSpan w:val=\"\(span)\"/>" : ""
        if let merge { properties += merge == "continue" ? "<w:vMerge/>" : "<w:vMerge w:val=\"\(merge)\"/>" }
        let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: false).map { paragraph(String($0)) }
            .joined()
        return "<w:tc><w:tcPr>\(properties)</w:tcPr>\(paragraphs)</w:tc>"
    }

    static func row(_ cells: String...) -> String { "<w:tr>" + cells.joined() + "</w:tr>" }

    static func table(_ rows: String...) -> String { "<w:tbl>" + rows.joined() + "</w:tbl>" }
}
