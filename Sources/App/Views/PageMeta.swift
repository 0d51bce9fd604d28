import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// A link in the navigation or the breadcrumbs.
struct Link: Encodable, Sendable {
    var title: String
    var url: String
    var current = false

    init(_ title: String, _ url: SiteURL, current: Bool = false) {
        self.title = title
        self.url = url.path
        self.current = current
    }
}

/// What the layout needs on every page: the title, who is signed in, navigation, the CSRF token.
struct PageMeta: Encodable, Sendable {
    var title: String
    var userName: String?
    var roleTitle: String?
    var scopeName: String?
    var navigation: [Link]
    var breadcrumbs: [Link]
    var csrf: String
    var accessible: Bool
    var visionURL: String
    /// The visually impaired version's mode without images (the public pages offer the switch).
    var imagesOff: Bool
    var imagesURL: String

    static let visionCookie = "vision"
    static let imagesCookie = "images"
}
