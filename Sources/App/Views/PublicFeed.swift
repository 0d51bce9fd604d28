import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The feed of a public section: its news and its published cases, with full addresses under the app's public one.
enum PublicFeed {
    static func feed(
        _ owner: PublicSectionOwner, name: String, news: [NewsModel], practices: [BestPracticeModel], appURL: String
    ) throws -> NewsFeed {
        let title =
            switch owner {
            case .organization: "\(name): наставничество"
            case .municipality: "Наставничество: \(name)"
            }
        let home = appURL + owner.publicPage.path
        let entries =
            try news.map {
                NewsFeed.Entry(
                    id: "urn:uuid:\(try $0.requireID())", title: $0.title, link: home + "#h-news",
                    published: $0.published, summary: $0.body)
            }
            + practices.map {
                NewsFeed.Entry(
                    id: "urn:uuid:\(try $0.requireID())", title: "Лучшая практика: \($0.title)",
                    link: appURL + SiteURL.publicPractice(.id(try $0.requireID())).path, published: $0.createdAt,
                    summary: $0.problem)
            }
        return NewsFeed(title: title, link: home, selfLink: appURL + owner.feed(.atom).path, entries: entries)
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
