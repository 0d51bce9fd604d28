import Foundation

/// The documents an organization may draw from its own template instead of the built-in one.
public enum DocumentKind: String, CaseIterable, Codable, Sendable {
    case order
    case regulation

    public var title: String {
        switch self {
        case .order: "Приказ"
        case .regulation: "Положение о системе наставничества"
        }
    }

    /// The file name a template of this kind downloads as.
    public var fileName: String {
        switch self {
        case .order: "Шаблон приказа.docx"
        case .regulation: "Шаблон положения.docx"
        }
    }
}
