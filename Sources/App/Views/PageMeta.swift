import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

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

    static let visionCookie = "vision"
}

/// The unread notifications of the signed-in account, counted once per page by `UnreadNotificationsMiddleware`.
struct UnreadNotificationsKey: StorageKey { typealias Value = Int }

extension Request {
    /// The layout data for a page; `scopeName` is the organization or territory shown in the header.
    func pageMeta(_ title: String, breadcrumbs: [Link] = [], scopeName: String? = nil) -> PageMeta {
        let user = currentUser
        var navigation: [Link] = []
        if let user {
            let staff = user.isStaff
            navigation.append(Link("Главная", staff ? .home : .myMentoring))
            if staff {
                let territory = user.grants.contains { [.administrator, .authorityCoordinator].contains($0.role) }
                navigation.append(Link(territory ? "Организации" : "Моя организация", .organizations))
                if territory { navigation.append(Link("Территории", .territories)) }
                navigation.append(Link("Дорожные карты", .roadmaps))
            }
            if user.grants.contains(where: {
                [.administrator, .authorityCoordinator, .head, .curator].contains($0.role)
            }) {
                navigation.append(Link("Мониторинг", .monitoring))
            }
            if user.grants.contains(where: { $0.role == .authorityCoordinator }) {
                navigation.append(Link("Муниципальные базы", .municipalBases))
            }
            if user.personID != nil || user.representativeID != nil {
                navigation.append(Link("Мои анкеты", .mySurveys))
            }
            if !staff, user.personID != nil || user.representativeID != nil {
                navigation.append(Link("Мои согласия", .myConsents))
            }
            if staff, user.personID != nil || user.representativeID != nil {
                navigation.append(Link("Моё наставничество", .myMentoring))
            }
            navigation.append(Link("Календарь", .calendar))
            let unread = storage[UnreadNotificationsKey.self] ?? 0
            navigation.append(Link(unread > 0 ? "Уведомления: \(unread)" : "Уведомления", .notifications))
            if user.grants.contains(where: { $0.role.readsAudit }) { navigation.append(Link("Журнал аудита", .audit)) }
            if !GrantPolicy.grantableRoles(by: user.grants).isEmpty {
                navigation.append(Link("Учётные записи", .accounts))
            }
            if user.grants.contains(where: { [.administrator, .head, .curator].contains($0.role) }) {
                navigation.append(Link("Почта", .outbox))
            }
            navigation.append(Link("Учётная запись", .account))
        }
        let path = url.path
        for index in navigation.indices where navigation[index].url == path { navigation[index].current = true }
        return PageMeta(
            title: title, userName: user?.displayName, roleTitle: user?.mainRole?.title, scopeName: scopeName,
            navigation: navigation, breadcrumbs: breadcrumbs, csrf: webSession?.csrfToken ?? "",
            accessible: cookies[PageMeta.visionCookie]?.string == "on",
            visionURL: SiteURL.vision.path + "?back="
                + (path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/"))
    }
}
