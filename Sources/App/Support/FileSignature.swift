import Foundation

/// What an uploaded file is, read from its first bytes and never from the type the browser declared: an HTML page
/// sent as `application/pdf` is not a PDF.
enum FileSignature {
    static let pdf = "application/pdf", jpeg = "image/jpeg", png = "image/png"
    static let octetStream = "application/octet-stream"

    /// Office files are ZIP archives; their kind is told by the name's ending once the bytes say ZIP.
    private static let zipKinds = [
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
        "odt": "application/vnd.oasis.opendocument.text",
        "ods": "application/vnd.oasis.opendocument.spreadsheet",
    ]

    /// The media type the content proves, or `nil` when the bytes match none of the kinds kept here.
    static func mediaType(of data: Data, fileName: String) -> String? {
        if data.starts(with: Array("%PDF-".utf8)) { return pdf }
        if data.starts(with: [0xFF, 0xD8, 0xFF]) { return jpeg }
        if data.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return png }
        if data.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            let ending = fileName.split(separator: ".").last.map { $0.lowercased() } ?? ""
            return zipKinds[ending] ?? "application/zip"
        }
        return nil
    }
}
