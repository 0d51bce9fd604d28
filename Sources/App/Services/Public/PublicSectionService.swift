import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// A public section as its managers see it: the words on it, the news, the offers to mentor that came through it.
struct PublicSectionState {
    struct Application {
        var model: MentorApplicationModel
        var name: String
        var program: String?
    }

    var owner: PublicSectionOwner
    var name: String
    var details: PublicSectionDetails
    var news: [NewsModel]
    var applications: [Application]
}

/// The managers' side of the public section: an organization's curator or head, a municipality's coordinator write
/// its words and news and read the offers to mentor; anyone else gets 404 (403 for an organization's reader).
struct PublicSectionService {
    let scope: RequestScope

    /// The owner's name, the organization it belongs to with the user's access (nil for a municipality), and the role
    /// the audit records, checking the user manages it.
    private func managed(
        _ owner: PublicSectionOwner
    ) async throws -> (name: String, org: (model: OrganizationModel, access: OrganizationAccess)?, role: Role?) {
        switch owner {
        case .organization(let id):
            let (org, access) = try await OrganizationDirectory(scope: scope).managedOrganization(id)
            return (org.shortName, (org, access), access.role)
        case .municipality(let id):
            return (try await MunicipalMonitoring(scope: scope).municipality(id).name, nil, scope.user.mainRole)
        }
    }

    func read(_ owner: PublicSectionOwner) async throws -> PublicSectionState {
        let (name, org, role) = try await managed(owner)
        var applications: [PublicSectionState.Application] = []
        if let (org, access) = org {
            let rows = try await MentorApplicationModel.query(on: scope.db).filter(
                \.$organization.$id == org.requireID()
            )
            .with(\.$person).with(\.$program).sort(\.$createdAt, .descending).all()
            let consents = try await ConsentLookup(db: scope.db).consents(of: rows.map { $0.$person.id })
            applications = try rows.map {
                .init(
                    model: $0, name: try access.name(of: $0.person, consents: consents, on: scope.today),
                    program: $0.program?.title)
            }
            if !rows.isEmpty {
                try await AuditLog(scope: scope).record(
                    .list, .mentorApplication, organizationID: org.id, role: role, fields: ["name", "offer"])
            }
        }
        return PublicSectionState(
            owner: owner, name: name, details: try await owner.stored(on: scope.db)?.details ?? .init(),
            news: try await owner.news(on: scope.db), applications: applications)
    }

    /// Saves the words; of two first saves at once the second finds the row the first made and changes it.
    func save(_ owner: PublicSectionOwner, _ input: PublicSectionInput) async throws -> PublicSectionDetails {
        let (_, org, role) = try await managed(owner)
        let details = try input.validated()
        try await DatabaseContention.againIfDuplicate {
            try await scope.db.atomically { db in
                let row = try await owner.stored(on: db) ?? PublicSectionModel()
                switch owner {
                case .organization(let id): row.$organization.id = id
                case .municipality(let id): row.$municipality.id = id
                }
                (row.details, row.updatedAt) = (details, scope.now)
                try await row.save(on: db)
                try await AuditLog(scope: scope.on(db)).record(
                    .update, .publicSection, objectID: row.id, organizationID: org?.model.id, role: role,
                    fields: ["intro", "contacts"])
            }
        }
        return details
    }

    func addNews(_ owner: PublicSectionOwner, _ input: NewsInput) async throws -> NewsModel {
        let (_, org, role) = try await managed(owner)
        let news = NewsModel()
        news.details = try input.validated(today: scope.today)
        switch owner {
        case .organization(let id):
            (news.$organization.id, news.$municipality.id) = (id, org?.model.$municipality.id ?? id)
        case .municipality(let id): news.$municipality.id = id
        }
        (news.createdBy, news.createdAt) = (scope.user.displayName, scope.now)
        try await scope.db.atomically { db in
            try await news.create(on: db)
            try await AuditLog(scope: scope.on(db)).record(
                .create, .news, objectID: news.id, organizationID: org?.model.id, role: role,
                fields: ["title", "body", "publishedOn"])
        }
        return news
    }

    /// Takes a piece of news off the section; its owner's managers only. A second deletion at once deletes nothing.
    func deleteNews(_ id: UUID) async throws -> PublicSectionOwner {
        guard let news = try await NewsModel.find(id, on: scope.db) else { throw DomainError.notFound }
        let owner: PublicSectionOwner =
            news.$organization.id.map { .organization($0) } ?? .municipality(news.$municipality.id)
        let (_, org, role) = try await managed(owner)
        try await scope.db.atomically { db in
            try await NewsModel.query(on: db).filter(\.$id == id).delete()
            try await AuditLog(scope: scope.on(db)).record(
                .delete, .news, objectID: id, organizationID: org?.model.id, role: role)
        }
        return owner
    }
}
