import Foundation

/// The documents an organization may draw from its own template instead of the built-in one.
public enum DocumentKind: String, CaseIterable, Codable, Sendable {
    case order

    public var title: String {
        switch self {
        case .order: "Приказ"
        }
    }

    /// The file name a template of this kind downloads as.
    public var fileName: String {
        switch self {
        case .order: "Шаблон приказа.docx"
        }
    }
}
