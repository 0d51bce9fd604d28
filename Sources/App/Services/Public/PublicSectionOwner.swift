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

    /// The owner's news, newest first; the newest `limit` of them when given.
    func news(on db: any Database, limit: Int? = nil) async throws -> [NewsModel] {
        var query = NewsModel.query(on: db)
        switch self {
        case .organization(let id): query = query.filter(\.$organization.$id == id)
        case .municipality(let id): query = query.filter(\.$municipality.$id == id).filter(\.$organization.$id == nil)
        }
        query = query.sort(\.$publishedOn, .descending).sort(\.$createdAt, .descending)
        if let limit { query = query.range(..<limit) }
        return try await query.all()
    }
}
