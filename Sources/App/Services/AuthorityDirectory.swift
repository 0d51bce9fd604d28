import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The authorities whose work an account does: a coordinator's territory, or all for the administrator.
struct AuthorityDirectory {
    let scope: RequestScope

    func accessible() async throws -> [AuthorityModel] {
        let all = try await AuthorityModel.query(on: scope.db).with(\.$municipality).sort(\.$name).all()
        return all.filter(isCovered)
    }

    func covers(_ authority: AuthorityModel) async throws -> Bool {
        if authority.$municipality.id != nil, authority.$municipality.value == nil {
            try await authority.$municipality.load(on: scope.db)
        }
        return isCovered(authority)
    }

    private func isCovered(_ authority: AuthorityModel) -> Bool {
        scope.user.grants.contains { grant in
            switch (grant.role, grant.scope) {
            case (.administrator, .system): true
            case (.authorityCoordinator, .municipality(let id)): authority.$municipality.id == id.rawValue
            case (.authorityCoordinator, .region(let id)):
                authority.$region.id == id.rawValue || authority.$municipality.value??.$region.id == id.rawValue
            default: false
            }
        }
    }
}
