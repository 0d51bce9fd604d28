import FluentKit
import Foundation
import MentoringCore
import Persistence

/// «Мои согласия»: the consents of the signed-in participant or of the representative's children.
struct MyConsentsPage: Encodable {
    struct Row: Encodable {
        var name: String
        var organization: String
        var statuses: [String]
        var openURL: String?
    }

    var meta: PageMeta
    var rows: [Row]

    init(meta: PageMeta, entries: [MyConsents.Entry]) throws {
        self.meta = meta
        rows = try entries.map { entry in
            Row(
                name: entry.person.details.fullName + (entry.asRepresentative ? " (ваш ребёнок)" : ""),
                organization: entry.organization.shortName,
                statuses: ConsentTemplates.kinds.map { "\($0.title): \(entry.statuses[$0]!.title.lowercased())" },
                openURL: entry.organization.electronicConsent
                    ? SiteURL.myConsentLink(.id(try entry.person.requireID())).path : nil)
        }
    }
}
