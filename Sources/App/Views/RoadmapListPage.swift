import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// `roadmaps/list.leaf`: every roadmap the user can open with its progress; an authority also sees the
/// organizations that have none yet.
struct RoadmapListPage: Encodable {
    struct Row: Encodable {
        var title: String
        var url: String?
        var ownerName: String
        var period: String
        var status: String
        var statusTitle: String?
        var progress: Int?
        var overdue: Int
        var nextCheckpoint: String
    }

    var meta: PageMeta
    var rows: [Row]
    var canCreate: Bool
    var newURL: String
    var importURL: String

    static func rows(
        _ roadmaps: [FoundRoadmap], organizations: [(organization: OrganizationModel, access: OrganizationAccess)],
        user: CurrentUser, today: CalendarDate
    ) throws -> [Row] {
        var rows = try roadmaps.map { found in
            let activities = found.model.activities.map(\.value)
            let next = activities.filter { $0.due.checkpoint && !$0.isClosed }
                .compactMap { $0.nextDeadline(onOrAfter: today, limit: found.model.period.end) }.min()
            return Row(
                title: found.model.title, url: SiteURL.roadmap(.id(try found.model.requireID())).path,
                ownerName: found.ownerName,
                period: RoadmapPage.periodText(found.model.period), status: found.model.status.rawValue,
                statusTitle: found.model.status.title,
                progress: RoadmapPage.percent(RoadmapActivity.progress(of: activities)),
                overdue: activities.filter { $0.isOverdue(on: today) }.count, nextCheckpoint: next?.russian ?? "—")
        }
        let overseesOrganizations = user.grants.contains {
            $0.role == .authorityCoordinator || $0.role == .administrator
        }
        if overseesOrganizations {
            let owners = Set(roadmaps.compactMap { $0.model.$organization.id })
            rows += try organizations.filter { !owners.contains(try $0.organization.requireID()) }.map {
                Row(
                    title: "нет дорожной карты", url: nil, ownerName: $0.organization.shortName, period: "", status: "",
                    statusTitle: nil, progress: nil, overdue: 0, nextCheckpoint: "")
            }
        }
        return rows
    }
}
