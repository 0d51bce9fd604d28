import Documents
import Foundation
import MentoringCore

/// The printable sheet of a survey's links (`surveys/sheet.leaf`): one card with a QR code per person who has not
/// answered yet.
struct SurveySheetContext: Encodable, Sendable {
    struct Card: Encodable, Sendable {
        var name: String
        var svg: String
        var link: String
    }

    var title: String
    var closes: String
    var backURL: String
    var cards: [Card]

    /// - Parameter pending: each person not answered yet, with their personal link.
    init(survey: UUID, title: String, closesOn: CalendarDate, pending: [(name: String, link: String)]) throws {
        self.title = title
        closes = closesOn.russian
        backURL = SiteURL.survey(.id(survey)).path
        cards = try pending.map { Card(name: $0.name, svg: try QRCode($0.link).svg(pixels: 150), link: $0.link) }
    }
}

/// The curator's review of answers before they go into profiles (`surveys/review.leaf`).
struct SurveyReviewContext: Encodable, Sendable {
    struct Item: Encodable, Sendable {
        var id: String
        var name: String
        var isNew: Bool
        var problem: String?
        var changes: [ProfileChange]
    }

    var meta: PageMeta
    var action: String
    var backURL: String
    /// Why the last application of the chosen answers failed.
    var error: String?
    var reviews: [Item]

    init(meta: PageMeta, survey: UUID, reviews: [Item], error: String?) {
        self.meta = meta
        action = SiteURL.surveyReview(.id(survey)).path
        backURL = SiteURL.survey(.id(survey)).path
        self.error = error
        self.reviews = reviews
    }
}
