import Foundation
import ZIPFoundation

/// Reads parts of an Office file (a ZIP) without trusting the sizes it declares: a zip bomb stops at the limit.
///
/// The bytes are read from a temporary file, never from memory: ZIPFoundation's in-memory file traps when a crafted
/// directory points past the end of the data (found by `Fuzz/documents.sh`), while a real file just reads nothing.
/// The file is unlinked as soon as it is open, so nothing stays on disk.
struct SafeZip {
    static let maximumPartBytes = 64 * 1024 * 1024
    let archive: Archive

    init?(_ data: Data) {
        let file = FileManager.default.temporaryDirectory
            .appendingPathComponent("nastavnik-upload-\(UUID().uuidString).zip")
        defer { try? FileManager.default.removeItem(at: file) }
        do {
            try data.write(to: file)
            archive = try Archive(url: file, accessMode: .read, pathEncoding: nil)
        } catch {
            return nil
        }
    }

    func contains(_ path: String) -> Bool { archive[path] != nil }

    /// The part's bytes, or nil when it is missing; throws when it unpacks beyond the limit or is corrupt.
    func part(_ path: String, corrupt: DocumentError) throws -> Data? {
        guard let entry = archive[path] else { return nil }
        guard entry.uncompressedSize <= UInt64(Self.maximumPartBytes) else { throw DocumentError.suspiciousArchive }
        var result = Data()
        do {
            _ = try archive.extract(entry, skipCRC32: true) { chunk in
                result.append(chunk)
                if result.count > Self.maximumPartBytes { throw DocumentError.suspiciousArchive }
            }
        } catch let error as DocumentError {
            throw error
        } catch {
            throw corrupt
        }
        return result
    }
}

/// Builds an Office file: parts added in order, deflated.
struct ZipBuilder {
    private let archive: Archive

    init() throws {
        archive = try Archive(data: Data(), accessMode: .create, pathEncoding: nil)
    }

    func add(_ path: String, _ text: String) throws { try add(path, data: Data(text.utf8)) }

    func add(_ path: String, data: Data) throws {
        try archive.addEntry(
            with: path, type: .file, uncompressedSize: Int64(data.count),
            modificationDate: Date(timeIntervalSince1970: 1_700_000_000), compressionMethod: .deflate
        ) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
    }

    var data: Data { archive.data ?? Data() }
}
