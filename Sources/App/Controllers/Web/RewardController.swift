import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// Recognition on the pages: a person's record as a mentor with the rewards it meets, and a signed reward order's
/// letters and diplomas.
struct RewardController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.mentorRecord(.key)) { req in
            let (person, org, record) = try await RewardService(scope: req.scope()).record(req.id("personID"))
            let meta = req.pageMeta(
                "Портфолио наставника",
                breadcrumbs: [Link(person.details.fullName, .person(.id(try person.requireID())))],
                scopeName: org.shortName)
            return try await req.view.render(
                "people/mentor-record",
                MentorRecordPageContext(meta: meta, name: person.details.fullName, record: record))
        }
        routes.get(.orderDiplomas(.key)) { req in
            let (data, name) = try await OrderService(scope: req.scope()).diplomas(req.id("orderID"))
            return FileDownload.response(data, fileName: name + ".docx", contentType: nil)
        }
    }
}
