import Foundation

/// An uploaded file: a consent's or an order's scan, a roadmap's evidence. Its type is what its bytes prove
/// (`FileSignature`), an unknown kind is kept as plain bytes, and a chosen file that is empty is kept as such so the
/// form can say so instead of dropping it.
struct ScanUpload: Sendable {
    var fileName: String
    var contentType: String
    var data: Data

    static let maxBytes = 5 * 1024 * 1024
    static let allowedTypes = [FileSignature.pdf, FileSignature.jpeg, FileSignature.png]
    static let emptyProblem = "Файл пустой: выберите файл ещё раз."
    static let missingProblem = "Передайте скан (PDF, JPEG или PNG) в поле file (multipart/form-data)."

    init(fileName: String, data: Data) {
        self.fileName = fileName
        self.data = data
        contentType = FileSignature.mediaType(of: data, fileName: fileName) ?? FileSignature.octetStream
    }
}
