import FluentKit
import Foundation
import MentoringCore
import Persistence

/// Whose public section: an organization's or a municipality's.
enum PublicSectionOwner: Sendable, Equatable {
    case organization(UUID)
    case municipality(UUID)

    func stored(on db: any Database) async throws -> PublicSectionModel? {
        switch self {
        case .organization(let id):
            try await PublicSectionModel.query(on: db).filter(\.$organization.$id == id).first()
        case .municipality(let id):
            try await PublicSectionModel.query(on: db).filter(\.$municipality.$id == id).first()
        }
    }

    /// The owner's news, newest first.
    func news(on db: any Database) async throws -> [NewsModel] {
        var query = NewsModel.query(on: db)
        switch self {
        case .organization(let id): query = query.filter(\.$organization.$id == id)
        case .municipality(let id): query = query.filter(\.$municipality.$id == id).filter(\.$organization.$id == nil)
        }
        return try await query.sort(\.$publishedOn, .descending).sort(\.$createdAt, .descending).all()
    }
}
