import Foundation

extension JSONEncoder {
    /// Keys in a fixed order, for the small answers that monitors and scripts compare as text (health, errors).
    static var sortedKeys: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }
}
