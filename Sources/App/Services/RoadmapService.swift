import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// A roadmap the user can open, with what they may do to it.
struct FoundRoadmap {
    var model: RoadmapModel
    var ownerName: String
    var manages: Bool
}

/// Finds, saves and lists roadmaps. An organization's roadmap is the staff's working plan: open to those who read the
/// whole organization (`readsRoadmap`) and changed by its curator or head; an authority's by its coordinators.
/// Mentors, mentees and representatives do not find it at all (404).
struct RoadmapService {
    let scope: RequestScope

    func find(_ id: UUID) async throws -> FoundRoadmap {
        guard let model = try await RoadmapModel.query(on: scope.db).filter(\.$id == id).first(),
            let found = try await access(to: model)
        else { throw DomainError.notFound }
        return found
    }

    func managed(_ id: UUID) async throws -> FoundRoadmap {
        let found = try await find(id)
        guard found.manages else {
            throw DomainError.refused(
                "Изменять дорожную карту может куратор, руководитель или координатор органа управления.")
        }
        return found
    }

    private func access(to model: RoadmapModel) async throws -> FoundRoadmap? {
        if let organizationID = model.$organization.id {
            guard let (org, access) = try? await OrganizationDirectory(scope: scope).organization(organizationID),
                access.readsRoadmap
            else { return nil }
            return FoundRoadmap(model: model, ownerName: org.shortName, manages: access.manages)
        }
        guard let authorityID = model.$authority.id,
            let authority = try await AuthorityModel.find(authorityID, on: scope.db),
            try await AuthorityDirectory(scope: scope).covers(authority)
        else { return nil }
        return FoundRoadmap(model: model, ownerName: authority.name, manages: true)
    }

    /// Every roadmap the user can open, newest first.
    func accessible() async throws -> [FoundRoadmap] {
        let organizations = try await OrganizationDirectory(scope: scope).accessible()
        let authorities = try await AuthorityDirectory(scope: scope).accessible()
        let models = try await RoadmapModel.query(on: scope.db).with(\.$activities).sort(\.$createdAt, .descending)
            .all()
        return models.compactMap { model in
            if let id = model.$organization.id,
                let entry = organizations.first(where: { $0.organization.id == id && $0.access.readsRoadmap })
            {
                return FoundRoadmap(
                    model: model, ownerName: entry.organization.shortName, manages: entry.access.manages)
            }
            if let id = model.$authority.id, let authority = authorities.first(where: { $0.id == id }) {
                return FoundRoadmap(model: model, ownerName: authority.name, manages: true)
            }
            return nil
        }
    }

    /// The roadmaps' pages are the staff's: to a mentor, a mentee or a representative they do not exist.
    func requireStaff() throws {
        guard scope.user.isStaff else { throw DomainError.notFound }
    }

    /// Owners for a new roadmap's form; staff who may make none is told why (403).
    func creationOwners(refusal: String) async throws -> [(owner: Roadmap.Owner, name: String)] {
        try requireStaff()
        let owners = try await ownerChoices()
        guard !owners.isEmpty else { throw DomainError.refused(refusal) }
        return owners
    }

    /// Owners the user may create a roadmap for: managed organizations and covered authorities.
    func ownerChoices() async throws -> [(owner: Roadmap.Owner, name: String)] {
        let organizations = try await OrganizationDirectory(scope: scope).accessible().filter(\.access.manages)
        let authorities = try await AuthorityDirectory(scope: scope).accessible()
        return try authorities.map { (.authority(.init(try $0.requireID())), $0.name) }
            + organizations.map { (.organization($0.organization.typedID), $0.organization.shortName) }
    }

    /// Saves a whole roadmap — from an import, a template or the API — as the owner's draft.
    func save(_ roadmap: Roadmap, owner: Roadmap.Owner) async throws -> UUID {
        try await requireManagement(of: owner)
        var failure = ValidationFailure()
        if roadmap.title.trimmingCharacters(in: .whitespaces).isEmpty {
            failure.add("title", "Укажите название дорожной карты.")
        }
        if let start = roadmap.period.start, let end = roadmap.period.end, end < start {
            failure.add("period_end", "Конец периода раньше начала.")
        }
        try failure.throwIfAny()
        return try await scope.db.atomically { db in
            let model = RoadmapModel()
            switch owner {
            case .organization(let id): model.$organization.id = id.rawValue
            case .authority(let id): model.$authority.id = id.rawValue
            }
            model.title = roadmap.title
            model.period = roadmap.period
            model.status = roadmap.status
            model.approvalOrder = roadmap.approvalOrder
            model.source = roadmap.source
            model.feedToken = Secrets.token()
            model.createdAt = scope.now
            try await model.create(on: db)
            for (stagePosition, stage) in roadmap.stages.enumerated() {
                let stageModel = RoadmapStageModel()
                stageModel.$roadmap.id = (try model.requireID())
                stageModel.position = stagePosition
                stageModel.number = stage.number
                stageModel.title = stage.title
                stageModel.goal = stage.goal
                stageModel.expectedResult = stage.expectedResult
                try await stageModel.create(on: db)
                for (position, activity) in stage.activities.enumerated() {
                    let activityModel = RoadmapActivityModel()
                    activityModel.$roadmap.id = (try model.requireID())
                    activityModel.$stage.id = (try stageModel.requireID())
                    activityModel.position = position
                    activityModel.value = activity
                    try await activityModel.create(on: db)
                }
            }
            try await AuditLog(scope: scope.on(db)).record(
                .create, .roadmap, objectID: model.id, organizationID: model.$organization.id)
            return (try model.requireID())
        }
    }

    func requireManagement(of owner: Roadmap.Owner) async throws {
        switch owner {
        case .organization(let id):
            _ = try await OrganizationDirectory(scope: scope).managedOrganization(id.rawValue)
        case .authority(let id):
            guard let authority = try await AuthorityModel.find(id.rawValue, on: scope.db),
                try await AuthorityDirectory(scope: scope).covers(authority)
            else { throw DomainError.notFound }
        }
    }
}
