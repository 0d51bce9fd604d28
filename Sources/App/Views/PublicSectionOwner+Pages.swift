import Foundation

/// The pages of a public section: the one anyone opens, its feeds, its managers' page and the address news is posted
/// to.
extension PublicSectionOwner {
    var publicPage: SiteURL {
        switch self {
        case .organization(let id): .publicOrganization(.id(id))
        case .municipality(let id): .publicMunicipality(.id(id))
        }
    }

    func feed(_ format: FeedFormat) -> SiteURL {
        switch self {
        case .organization(let id): .publicOrganizationFeed(.id(id), format)
        case .municipality(let id): .publicMunicipalityFeed(.id(id), format)
        }
    }

    var managersPage: SiteURL {
        switch self {
        case .organization(let id): .publicSection(.id(id))
        case .municipality(let id): .municipalPublicSection(.id(id))
        }
    }

    var newsAction: SiteURL {
        switch self {
        case .organization(let id): .publicSectionNews(.id(id))
        case .municipality(let id): .municipalPublicSectionNews(.id(id))
        }
    }
}
