import Foundation
import MentoringCore
import Persistence

/// One version of a holder's template of a kind of document.
struct TemplateVersion: Sendable {
    var number: Int
    /// nil: the built-in template was put back.
    var fileName: String?
    var uploadedBy: String
    var uploadedAt: Date

    init(_ record: some TemplateVersionRecord) {
        (number, fileName) = (record.version, record.fileName)
        (uploadedBy, uploadedAt) = (record.uploadedBy, record.uploadedAt)
    }
}

/// A kind of document with the template in use and the versions before it.
struct TemplateKindState: Sendable {
    var kind: DocumentKind
    /// Newest first; empty while the built-in template has always been used.
    var versions: [TemplateVersion]
    /// For an organization: its municipality's own template, which it uses while its own is the built-in one.
    var municipal: TemplateVersion?

    var current: TemplateVersion? { versions.first }
    var usesBuiltIn: Bool { current?.fileName == nil }

    /// Each kind with its versions, from a holder's history (newest first).
    static func all(_ history: [some TemplateVersionRecord]) -> [TemplateKindState] {
        DocumentKind.allCases.map { kind in
            TemplateKindState(kind: kind, versions: history.filter { $0.kind == kind }.map(TemplateVersion.init))
        }
    }
}

/// Whose templates a page or a call is about, with what the user may do there.
struct TemplateHolder: Sendable {
    var owner: SettingOwner
    var name: String
    var manages: Bool
    /// The organization's municipality, whose templates it inherits; nil for a municipality.
    var municipalityID: UUID?
    var organizationID: UUID? { if case .organization(let id) = owner { id } else { nil } }
    var role: Role?
}
