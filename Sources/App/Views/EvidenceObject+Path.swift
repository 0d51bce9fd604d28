import Persistence

extension EvidenceObject {
    /// The page of the object, drawn from `SiteURL` when a page shows the evidence.
    var path: String {
        switch self {
        case .order(let id): SiteURL.order(.id(id)).path
        case .event(let id): SiteURL.event(.id(id)).path
        case .training(let id, let organization):
            SiteURL.organizationTraining(organization: .id(organization), training: .id(id)).path
        case .people(let organization, let filter):
            SiteURL.people(.id(organization)).path + (filter.map { "?" + $0 } ?? "")
        }
    }
}

extension RoadmapEvidenceModel {
    /// Where the evidence is read: its object's page, or the outside address.
    var address: String? { object?.path ?? link }
}
