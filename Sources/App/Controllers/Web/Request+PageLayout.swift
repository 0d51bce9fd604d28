import Persistence
import Vapor

/// The unread notifications of the signed-in account, counted once per page by `UnreadNotificationsMiddleware`.
struct UnreadNotificationsKey: StorageKey { typealias Value = Int }

extension Request {
    /// The layout of a page for this request, which a page's context takes instead of the request.
    var layout: PageLayout {
        PageLayout(
            user: currentUser, path: url.path, csrf: webSession?.csrfToken ?? "",
            accessible: cookies[PageMeta.visionCookie]?.string == "on",
            imagesOff: cookies[PageMeta.imagesCookie]?.string == "off",
            unread: storage[UnreadNotificationsKey.self] ?? 0)
    }

    /// The layout of a public page: as a visitor sees it, with no menu even when someone is signed in.
    func publicMeta(_ title: String) -> PageMeta {
        var layout = layout
        layout.user = nil
        return layout.meta(title)
    }

    /// The layout data for a page; `scopeName` is the organization or territory shown in the header.
    func pageMeta(_ title: String, breadcrumbs: [Link] = [], scopeName: String? = nil) -> PageMeta {
        layout.meta(title, breadcrumbs: breadcrumbs, scopeName: scopeName)
    }
}
