import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The municipal bases an authority keeps by the order's form: the curators of its organizations and the mentors
/// who may be entered in a base (a valid consent), read across the organizations whose names it may see.
struct MunicipalBases {
    let scope: RequestScope

    struct Curator: Sendable {
        var name: String
        var organization: String
    }

    struct Mentor: Sendable {
        var person: Person.Details
        var organization: String
        var profile: MentorProfile
    }

    /// The municipalities in view, the curators by organization and name, and the mentors by name; 404 for a user
    /// with no such organization. The read of the bases is audited.
    func read() async throws -> (municipalities: [UUID], curators: [Curator], mentors: [Mentor]) {
        let organizations = try await OrganizationDirectory(scope: scope).accessible().filter {
            $0.access.namesNeedConsent || scope.user.isAdministrator
        }
        guard !organizations.isEmpty else { throw DomainError.notFound }
        let names = Dictionary(
            uniqueKeysWithValues: try organizations.map {
                (try $0.organization.requireID(), $0.organization.shortName)
            })
        // The curators' grants in these organizations, with their accounts, in one query.
        var curators: [Curator] = []
        let grants = try await GrantModel.query(on: scope.db).filter(\.$organizationID ~~ Array(names.keys))
            .with(\.$account).all()
        for model in grants {
            guard let grant = model.grant, grant.role == .curator, case .organization(let id) = grant.scope,
                let name = names[id.rawValue]
            else { continue }
            curators.append(Curator(name: model.account.displayName, organization: name))
        }
        curators.sort { ($0.organization, $0.name) < ($1.organization, $1.name) }
        let profiles = try await MentorProfileModel.query(on: scope.db).filter(\.$organization.$id ~~ Array(names.keys))
            .with(\.$person) { $0.with(\.$partner) }.sort(\.$createdAt).all()
            .sorted { $0.person.searchKey < $1.person.searchKey }
        let consents = try await ConsentLookup(db: scope.db).consents(of: profiles.map { $0.$person.id })
        let mentors = profiles.filter { profile in
            Eligibility.mayEnterBase(
                profile.person.value, consents: consents[profile.$person.id] ?? [], on: scope.today)
        }.map { profile in
            Mentor(
                person: profile.person.details, organization: names[profile.$organization.id] ?? "",
                profile: profile.value)
        }
        try await AuditLog(scope: scope).record(.list, .mentorBase, role: scope.user.mainRole)
        let municipalities = Set(organizations.map { $0.organization.$municipality.id }).sorted()
        return (municipalities, curators, mentors)
    }
}
