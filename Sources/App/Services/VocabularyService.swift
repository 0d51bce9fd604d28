import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The vocabularies in force: an organization's own list, else its municipality's, else the standard one.
struct VocabularyService {
    let scope: RequestScope

    func vocabulary(_ group: Vocabulary.Group, for organization: OrganizationModel) async throws -> Vocabulary {
        if let own = try await stored(group, .organization(try organization.requireID()))?.value { return own }
        if let municipal = try await stored(group, .municipality(organization.$municipality.id))?.value {
            return municipal
        }
        return .standard(group)
    }

    /// The terms of several groups in force for the organization, group after group in the vocabulary's order.
    func terms(of groups: [Vocabulary.Group], for organization: OrganizationModel) async throws -> [String] {
        var terms: [String] = []
        for group in Vocabulary.Group.allCases where groups.contains(group) {
            terms += try await vocabulary(group, for: organization).terms
        }
        return terms
    }

    func vocabulary(_ group: Vocabulary.Group, owner: SettingOwner) async throws -> Vocabulary? {
        try await stored(group, owner)?.value
    }

    func stored(_ group: Vocabulary.Group, _ owner: SettingOwner) async throws -> VocabularyModel? {
        let query = VocabularyModel.query(on: scope.db).filter(\.$group == group.rawValue)
        switch owner {
        case .organization(let id): query.filter(\.$organization.$id == id)
        case .municipality(let id): query.filter(\.$municipality.$id == id).filter(\.$organization.$id == nil)
        }
        return try await query.first()
    }

    /// Saves the owner's list; the caller has checked the right to change it.
    func save(_ group: Vocabulary.Group, terms text: String, owner: SettingOwner) async throws -> Vocabulary {
        let terms = try Vocabulary.terms(fromLines: text)
        let model = try await stored(group, owner) ?? VocabularyModel()
        model.group = group.rawValue
        model.terms = terms.joined(separator: "\n")
        model.updatedAt = scope.now
        switch owner {
        case .organization(let id): model.$organization.id = id
        case .municipality(let id): model.$municipality.id = id
        }
        try await scope.db.atomically { db in
            try await model.save(on: db)
            let organizationID: UUID? = if case .organization(let id) = owner { id } else { nil }
            try await AuditLog(scope: scope.on(db)).record(
                .update, .vocabulary, objectID: model.id, organizationID: organizationID,
                fields: [group.rawValue])
        }
        return Vocabulary(group: group, terms: terms)
    }

}
