import Leaf
import LeafKit
import Vapor

extension Application {
    /// Pages are rendered by Leaf with its template cache on in a release build, whatever `--env` says; a debug
    /// build reads the templates as they are edited.
    ///
    /// Vapor's own `.leaf` provider switches the shared cache off on every render in the "development"
    /// environment, which is what a plain `serve` runs in: every page then read and lexed its templates from disk
    /// (8 % of the dashboard's time). This provider builds the same renderer without touching the cache.
    func useLeafViews() {
        leaf.cache.isEnabled = environment.isRelease
        views.use { app in
            var userInfo = app.leaf.userInfo
            userInfo["application"] = app
            return LeafRenderer(
                configuration: app.leaf.configuration, tags: app.leaf.tags, cache: app.leaf.cache,
                sources: app.leaf.sources, eventLoop: app.eventLoopGroup.next(), userInfo: userInfo)
        }
    }
}
