import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// What an organization's public section shows, gathered for a visitor who is not signed in: only counts, titles and
/// dates — no person is named here except in a published case whose every person consented to publication.
struct PublicOrganization {
    struct RoadmapRow {
        var number: String
        var title: String
        var due: String
        var status: RoadmapActivity.Status
    }

    var organization: OrganizationModel
    var section: PublicSectionDetails
    var forms: [MentoringForm]
    var programs: [ProgramModel]
    var counts: OrganizationCounts
    var year: Int
    var regulationApproved: Bool
    var roadmap: [RoadmapRow]
    var orders: [OrderModel]
    var practices: [BestPracticeModel]
    var events: [MentoringEventModel]
    var rewards: [PublicReward]
    var news: [NewsModel]
}

/// What a municipality's public section shows: its organizations with their counts, the cases accepted into its base
/// that may be published, its courses, contests and news.
struct PublicMunicipality {
    var municipality: MunicipalityModel
    var authorityName: String?
    var section: PublicSectionDetails
    var organizations: [(organization: OrganizationModel, counts: OrganizationCounts)]
    var total: OrganizationCounts
    var year: Int
    var practices: [BestPracticeModel]
    var trainings: [TrainingModel]
    var contests: [ContestModel]
    var winners: [PublicWinner]
    var news: [NewsModel]
}

/// The public section «Целевая модель наставничества», read without signing in. Its scope's user is the visitor,
/// who holds no grant; an unknown id answers 404 as anywhere else.
struct PublicSite {
    let scope: RequestScope
    static let shownEvents = 20
    static let shownNews = 30

    func organization(_ id: UUID) async throws -> PublicOrganization {
        guard let org = try await OrganizationModel.find(id, on: scope.db) else { throw DomainError.notFound }
        let programs = try await ProgramModel.query(on: scope.db).filter(\.$organization.$id == id)
            .sort(\.$periodStart, .descending).all()
        let forms = MentoringForm.allCases.filter { form in programs.contains { $0.forms.contains(form) } }
        let year = scope.today.year
        let orders = try await OrderModel.query(on: scope.db).filter(\.$organization.$id == id)
            .filter(\.$status == .signed).sort(\.$signedOn, .descending).all()
        let regulation = try await RegulationModel.find(of: id, on: scope.db)
        let events = try await MentoringEventModel.query(on: scope.db).filter(\.$organization.$id == id)
            .filter(\.$heldOn <= scope.today).sort(\.$heldOn, .descending).range(..<Self.shownEvents).all()
        return PublicOrganization(
            organization: org, section: try await section(.organization(id)), forms: forms, programs: programs,
            counts: try await counts(of: [id], municipality: org.$municipality.id, year: year)[id] ?? .init(),
            year: year, regulationApproved: regulation?.status == .approved, roadmap: try await roadmap(of: id),
            orders: orders, practices: try await practices(of: .organization(id)), events: events,
            rewards: try await rewards(of: id),
            news: try await PublicSectionOwner.organization(id).news(on: scope.db, limit: Self.shownNews))
    }

    func municipality(_ id: UUID) async throws -> PublicMunicipality {
        guard let municipality = try await MunicipalityModel.find(id, on: scope.db) else { throw DomainError.notFound }
        let organizations = try await OrganizationModel.query(on: scope.db).filter(\.$municipality.$id == id)
            .sort(\.$shortName).all()
        let year = scope.today.year
        let counts = try await counts(of: organizations.map { try $0.requireID() }, municipality: id, year: year)
        let rows = try organizations.map { ($0, counts[try $0.requireID()] ?? OrganizationCounts()) }
        let authority = try await AuthorityModel.query(on: scope.db).filter(\.$municipality.$id == id)
            .sort(\.$name).first()
        let contests = try await ContestModel.query(on: scope.db).filter(\.$municipality.$id == id)
            .sort(\.$applicationsUntil, .descending).all()
        return PublicMunicipality(
            municipality: municipality, authorityName: authority?.name, section: try await section(.municipality(id)),
            organizations: rows, total: rows.reduce(OrganizationCounts()) { $0 + $1.1 }, year: year,
            practices: try await practices(of: .municipality(id)),
            trainings: try await TrainingModel.query(on: scope.db).filter(\.$municipality.$id == id)
                .sort(\.$startsOn, .descending).all(),
            contests: contests, winners: try await winners(of: contests),
            news: try await PublicSectionOwner.municipality(id).news(on: scope.db, limit: Self.shownNews))
    }

    /// A published case: one of the organization's approved cases, or one accepted into the municipal base, whose
    /// every person consented to publication; anything else is 404.
    func practice(_ id: UUID) async throws -> (BestPracticeModel, OrganizationModel) {
        guard let practice = try await BestPracticeModel.find(id, on: scope.db),
            BestPracticeStatus.published.contains(practice.status),
            try await !publishable([practice]).isEmpty,
            let org = try await OrganizationModel.find(practice.$organization.id, on: scope.db)
        else { throw DomainError.notFound }
        return (practice, org)
    }

    /// What a feed carries, read without the rest of the page: the owner's name, its news and its published cases.
    func feed(
        _ owner: PublicSectionOwner
    ) async throws -> (name: String, news: [NewsModel], practices: [BestPracticeModel]) {
        let name: String? =
            switch owner {
            case .organization(let id): try await OrganizationModel.find(id, on: scope.db)?.shortName
            case .municipality(let id): try await MunicipalityModel.find(id, on: scope.db)?.name
            }
        guard let name else { throw DomainError.notFound }
        return (
            name, try await owner.news(on: scope.db, limit: Self.shownNews), try await practices(of: owner)
        )
    }

    /// The published cases of the owner, newest first: an organization's from the council's approval on, those a
    /// municipality accepted into its base; each only while everyone it names consents to publication.
    private func practices(of owner: PublicSectionOwner) async throws -> [BestPracticeModel] {
        var query = BestPracticeModel.query(on: scope.db)
        switch owner {
        case .organization(let id):
            query = query.filter(\.$organization.$id == id).filter(\.$status ~~ BestPracticeStatus.published)
        case .municipality(let id): query = query.filter(\.$municipality.$id == id).filter(\.$status == .accepted)
        }
        return try await publishable(query.sort(\.$createdAt, .descending).all())
    }

    func section(_ owner: PublicSectionOwner) async throws -> PublicSectionDetails {
        try await owner.stored(on: scope.db)?.details ?? PublicSectionDetails()
    }

    /// Only the cases whose every named person has a valid consent to publication today.
    private func publishable(_ practices: [BestPracticeModel]) async throws -> [BestPracticeModel] {
        let allowed = try await ConsentLookup(db: scope.db).publishable(
            practices.flatMap(\.people), on: scope.today)
        return practices.filter { $0.people.allSatisfy(allowed.contains) }
    }

    private func counts(of ids: [UUID], municipality: UUID, year: Int) async throws -> [UUID: OrganizationCounts] {
        guard !ids.isEmpty else { return [:] }
        let (figures, _) = try await MunicipalMonitoring(scope: scope).figures(of: municipality, year: year)
        let queries = MonitoringRepository(db: scope.db, rules: CountingRules(figures: figures, today: scope.today))
        return try await queries.counts(.organizations(ids), meetings: true)
    }

    /// The activities of the organization's newest roadmap, without the responsible people's names.
    private func roadmap(of organizationID: UUID) async throws -> [PublicOrganization.RoadmapRow] {
        guard
            let roadmap = try await RoadmapModel.query(on: scope.db).filter(\.$organization.$id == organizationID)
                .sort(\.$createdAt, .descending).first()
        else { return [] }
        return try await RoadmapActivityModel.query(on: scope.db).filter(\.$roadmap.$id == roadmap.requireID())
            .with(\.$stage).all().sorted { ($0.stage.position, $0.position) < ($1.stage.position, $1.position) }
            .map { .init(number: $0.number, title: $0.title, due: $0.dueText, status: $0.status) }
    }
}
