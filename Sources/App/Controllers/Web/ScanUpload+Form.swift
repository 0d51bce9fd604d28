import Foundation
import Vapor

extension ScanUpload {
    /// The file of a form field; `nil` when none was chosen.
    init?(_ file: File?) {
        guard let file, !(file.filename.isEmpty && file.data.readableBytes == 0) else { return nil }
        self.init(fileName: file.filename, data: Data(file.data.readableBytesView))
    }

    /// The field of a multipart form, read leniently: a form without it has chosen no file.
    init?(_ req: Request, field: String) {
        self.init(try? req.content.get(File.self, at: field))
    }
}
