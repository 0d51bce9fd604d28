import Foundation
import MentoringCore

/// What the layout of every page needs to know about the request, as a value a page's context takes instead of the
/// request: who is signed in, where, the form token, the version for the visually impaired, unread notifications.
struct PageLayout: Sendable {
    var user: CurrentUser?
    var path: String
    var csrf: String
    var accessible: Bool
    var imagesOff = false
    var unread: Int

    /// The layout data for a page; `scopeName` is the organization or territory shown in the header.
    func meta(_ title: String, breadcrumbs: [Link] = [], scopeName: String? = nil) -> PageMeta {
        var navigation = user.map(navigation) ?? []
        for index in navigation.indices where navigation[index].url == path { navigation[index].current = true }
        let back = "?back=" + (path.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "/")
        return PageMeta(
            title: title, userName: user?.displayName, roleTitle: user?.mainRole?.title, scopeName: scopeName,
            navigation: navigation, breadcrumbs: breadcrumbs, csrf: csrf, accessible: accessible,
            visionURL: SiteURL.vision.path + back, imagesOff: imagesOff, imagesURL: SiteURL.images.path + back)
    }

    /// The menu: what the user's roles open.
    private func navigation(_ user: CurrentUser) -> [Link] {
        let staff = user.isStaff
        let participant = user.personID != nil || user.representativeID != nil
        var navigation = [Link("Главная", staff ? .home : .myMentoring)]
        if staff {
            let territory = user.grants.contains { [.administrator, .authorityCoordinator].contains($0.role) }
            navigation.append(Link(territory ? "Организации" : "Моя организация", .organizations))
            if territory { navigation.append(Link("Территории", .territories)) }
            navigation.append(Link("Дорожные карты", .roadmaps))
        }
        if user.grants.contains(where: { [.administrator, .authorityCoordinator, .head, .curator].contains($0.role) }) {
            navigation.append(Link("Мониторинг", .monitoring))
        }
        if user.grants.contains(where: { $0.role == .authorityCoordinator }) {
            navigation.append(Link("Муниципальные базы", .municipalBases))
        }
        if participant { navigation.append(Link("Мои анкеты", .mySurveys)) }
        if !staff, participant { navigation.append(Link("Мои согласия", .myConsents)) }
        if staff, participant { navigation.append(Link("Моё наставничество", .myMentoring)) }
        navigation.append(Link("Календарь", .calendar))
        navigation.append(Link(unread > 0 ? "Уведомления: \(unread)" : "Уведомления", .notifications))
        if user.grants.contains(where: { $0.role.readsAudit }) { navigation.append(Link("Журнал аудита", .audit)) }
        if !GrantPolicy.grantableRoles(by: user.grants).isEmpty {
            navigation.append(Link("Учётные записи", .accounts))
        }
        if user.grants.contains(where: { [.administrator, .head, .curator].contains($0.role) }) {
            navigation.append(Link("Почта", .outbox))
        }
        navigation.append(Link("Учётная запись", .account))
        return navigation
    }
}
