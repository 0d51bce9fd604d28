import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Vapor

/// A stored file sent back as an attachment with its own name and type.
enum FileDownload {
    static func response(_ data: Data, fileName: String, contentType: String?) -> Response {
        let response = Response(status: .ok, body: .init(data: data))
        response.headers.contentType =
            contentType.flatMap { HTTPMediaType.parse($0) }
            ?? HTTPMediaType.fileExtension(fileName.split(separator: ".").last.map(String.init) ?? "")
            ?? HTTPMediaType(type: "application", subType: "octet-stream")
        response.headers.replaceOrAdd(name: .contentDisposition, value: attachment(fileName))
        return response
    }

    /// `attachment` with the name twice (RFC 6266): an ASCII stand-in for old clients, and the real name in UTF-8 as
    /// `filename*`. Quotes, backslashes and control characters never reach the header.
    static func attachment(_ fileName: String) -> String {
        let fallback = String(
            fileName.unicodeScalars.map { scalar in
                scalar.isASCII && scalar.value >= 0x20 && scalar.value != 0x7F && scalar != "\"" && scalar != "\\"
                    ? Character(scalar) : "_"
            })
        let unreserved = CharacterSet(
            charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZ" + "abcdefghijklmnopqrstuvwxyz"
                + "0123456789-._~")
        let encoded = fileName.addingPercentEncoding(withAllowedCharacters: unreserved) ?? fallback
        return "attachment; filename=\"\(fallback)\"; filename*=UTF-8''\(encoded)"
    }

    /// A generated Word document, named with today's date.
    static func docx(_ document: WordDocument, name: String, req: Request) throws -> Response {
        response(try document.data(), fileName: "\(name)-\(req.clock.today).docx", contentType: nil)
    }

    /// A list as the file the address asks for: `docx`, `xlsx` or `csv`; any other ending is not a page.
    static func tabular(_ list: ListExport, name: String, format: String, req: Request) throws -> Response {
        let date = req.clock.today.description
        switch format {
        case "docx": return response(try list.docx(), fileName: "\(name)-\(date).docx", contentType: nil)
        case "xlsx": return response(try list.xlsx(), fileName: "\(name)-\(date).xlsx", contentType: nil)
        case "csv": return response(list.csv(), fileName: "\(name)-\(date).csv", contentType: "text/csv; charset=utf-8")
        default: throw DomainError.notFound
        }
    }
}

extension HTTPMediaType {
    /// "application/pdf" → the media type; nil for anything malformed.
    static func parse(_ text: String) -> HTTPMediaType? {
        let parts = text.split(separator: ";")[0].split(separator: "/")
        guard parts.count == 2 else { return nil }
        return HTTPMediaType(
            type: String(parts[0]).trimmingCharacters(in: .whitespaces),
            subType: String(parts[1]).trimmingCharacters(in: .whitespaces))
    }
}
