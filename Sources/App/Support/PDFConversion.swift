import Foundation
import NIOPosix
import Vapor

/// DOCX to PDF through LibreOffice, where it is installed (`soffice`); the DOCX stays the document of record.
enum PDFConversion {
    /// LibreOffice did not finish in time (the error middleware answers 504).
    struct TimedOut: Error {
        static let message = "Преобразование в PDF не успело."
    }

    /// The LibreOffice binary where Debian and its users install it, if any.
    static var installed: String? {
        ["/usr/bin/soffice", "/usr/local/bin/soffice", "/usr/lib/libreoffice/program/soffice"]
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Converts on the thread pool, in a folder of its own, giving LibreOffice at most 120 seconds.
    static func pdf(from docx: Data, soffice: String, on pool: NIOThreadPool) async throws -> Data {
        try await pool.runIfActive {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pdf-\(UUID().uuidString)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let input = folder.appendingPathComponent("document.docx")
            try docx.write(to: input)
            let process = Process()
            process.executableURL = URL(fileURLWithPath: soffice)
            // A profile of its own: two conversions at once must not share LibreOffice's lock.
            process.arguments = [
                "-env:UserInstallation=file://" + folder.appendingPathComponent("profile").path,
                "--headless", "--convert-to", "pdf", "--outdir", folder.path, input.path,
            ]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            let deadline = Date().addingTimeInterval(120)
            while process.isRunning {
                if Date() > deadline {
                    process.terminate()
                    throw TimedOut()
                }
                Thread.sleep(forTimeInterval: 0.1)
            }
            return try Data(contentsOf: folder.appendingPathComponent("document.pdf"))
        }
    }
}
