import Foundation
import SQLiteNIO

// SQLite keeps UUIDs as text (the uuidString that Codable writes). Without a direct conversion, SQLiteKit's decoder
// reads every UUID through a generic unwrapping decoder, and the lists that read thousands of rows spend much of
// their time there. This conversion reads and writes exactly the same text, so stored data does not change.
extension UUID: @retroactive SQLiteDataConvertible {
    public init?(sqliteData: SQLiteData) {
        guard case .text(let text) = sqliteData, let id = UUID(uuidString: text) else { return nil }
        self = id
    }

    public var sqliteData: SQLiteData? { .text(uuidString) }
}
