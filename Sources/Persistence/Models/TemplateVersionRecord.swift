import FluentKit
import Foundation
import MentoringCore

/// The versions of a holder's templates — an organization's or a municipality's — one table each, read and written
/// the same way.
package protocol TemplateVersionRecord: Model where IDValue == UUID {
    /// The holder's column.
    static var owner: KeyPath<Self, FieldProperty<Self, UUID>> { get }
    var kind: DocumentKind { get set }
    var version: Int { get set }
    var fileName: String? { get set }
    var data: Data? { get set }
    var uploadedBy: String { get set }
    var uploadedAt: Date { get set }
    /// The columns a version's history is read by, without the file.
    static var columns: Columns<Self> { get }
    init()
}

/// Key paths of a template version's columns, which the shared queries read.
package struct Columns<Record: Fields> {
    let kind: KeyPath<Record, FieldProperty<Record, DocumentKind>>
    let version: KeyPath<Record, FieldProperty<Record, Int>>
    let fileName: KeyPath<Record, OptionalFieldProperty<Record, String>>
    let uploadedBy: KeyPath<Record, FieldProperty<Record, String>>
    let uploadedAt: KeyPath<Record, FieldProperty<Record, Date>>

    package init(
        kind: KeyPath<Record, FieldProperty<Record, DocumentKind>>,
        version: KeyPath<Record, FieldProperty<Record, Int>>,
        fileName: KeyPath<Record, OptionalFieldProperty<Record, String>>,
        uploadedBy: KeyPath<Record, FieldProperty<Record, String>>,
        uploadedAt: KeyPath<Record, FieldProperty<Record, Date>>
    ) {
        (self.kind, self.version, self.fileName) = (kind, version, fileName)
        (self.uploadedBy, self.uploadedAt) = (uploadedBy, uploadedAt)
    }
}

extension TemplateVersionRecord {
    package init(owner: UUID, kind: DocumentKind, version: Int, file: (name: String, data: Data)?, by: String, at: Date)
    {
        self.init()
        self[keyPath: Self.owner].value = owner
        self.kind = kind
        self.version = version
        fileName = file?.name
        data = file?.data
        uploadedBy = by
        uploadedAt = at
    }

    /// The versions of a holder's templates, newest first, without their files.
    package static func history(of owner: UUID, on db: any Database) async throws -> [Self] {
        let c = columns
        return try await query(on: db).filter(Self.owner == owner)
            .field(\._$id).field(Self.owner).field(c.kind).field(c.version).field(c.fileName)
            .field(c.uploadedBy).field(c.uploadedAt)
            .sort(c.version, .descending).all()
    }

    /// The version in use, with its file; nil while the holder has never changed the template.
    package static func current(of owner: UUID, kind: DocumentKind, on db: any Database) async throws -> Self? {
        try await query(on: db).filter(Self.owner == owner).filter(columns.kind == kind)
            .sort(columns.version, .descending).first()
    }

    /// The number of the holder's latest version of the kind; 0 before the first.
    package static func lastVersion(of owner: UUID, kind: DocumentKind, on db: any Database) async throws -> Int {
        try await query(on: db).filter(Self.owner == owner).filter(columns.kind == kind).max(columns.version) ?? 0
    }
}
