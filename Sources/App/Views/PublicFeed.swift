import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The feed of a public section: its news and its published cases, with full addresses under the app's public one.
enum PublicFeed {
    static func organization(_ page: PublicOrganization, appURL: String) throws -> NewsFeed {
        let id = try page.organization.requireID()
        let home = appURL + SiteURL.publicOrganization(.id(id)).path
        return NewsFeed(
            title: "\(page.organization.shortName): наставничество", link: home,
            selfLink: appURL + SiteURL.publicOrganizationFeed(.id(id), .atom).path,
            entries: try entries(news: page.news, practices: page.practices, home: home, appURL: appURL))
    }

    static func municipality(_ page: PublicMunicipality, appURL: String) throws -> NewsFeed {
        let id = try page.municipality.requireID()
        let home = appURL + SiteURL.publicMunicipality(.id(id)).path
        return NewsFeed(
            title: "Наставничество: \(page.municipality.name)", link: home,
            selfLink: appURL + SiteURL.publicMunicipalityFeed(.id(id), .atom).path,
            entries: try entries(news: page.news, practices: page.practices, home: home, appURL: appURL))
    }

    private static func entries(
        news: [NewsModel], practices: [BestPracticeModel], home: String, appURL: String
    ) throws -> [NewsFeed.Entry] {
        try news.map {
            NewsFeed.Entry(
                id: "urn:uuid:\(try $0.requireID())", title: $0.title, link: home + "#h-news", published: $0.published,
                summary: $0.body)
        }
            + practices.map {
                NewsFeed.Entry(
                    id: "urn:uuid:\(try $0.requireID())", title: "Лучшая практика: \($0.title)",
                    link: appURL + SiteURL.publicPractice(.id(try $0.requireID())).path, published: $0.createdAt,
                    summary: $0.problem)
            }
    }
}

extension NewsModel {
    /// The news's day as a moment: its midnight in UTC, so a feed says the day the curator chose.
    var published: Date {
        DateComponents(
            calendar: Calendar(identifier: .gregorian), timeZone: TimeZone(identifier: "UTC"),
            year: publishedOn.year, month: publishedOn.month, day: publishedOn.day
        ).date ?? createdAt
    }
}
