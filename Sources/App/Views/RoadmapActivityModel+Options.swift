import FluentKit
import Persistence

extension RoadmapActivityModel {
    /// The activities an object may be cited on, as the choices of `partials/roadmap-evidence.leaf`.
    static func options(_ activities: [RoadmapActivityModel]) throws -> [FormField.Option] {
        try activities.map { FormField.Option(value: try $0.requireID().uuidString, title: $0.title, selected: false) }
    }
}
