import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// The public section through the API, for its managers: the words on it and the news of an organization or a
/// municipality, a piece of news taken off, and the offers to mentor an organization received.
struct APIPublicSectionController: RouteCollection {
    struct SectionDTO: Content {
        var intro: String?
        var contacts: String?
        var publicURL: String
    }

    struct NewsDTO: Content {
        var id: UUID
        var title: String
        var body: String
        var publishedOn: CalendarDate

        init(_ news: NewsModel) throws {
            (id, title, body, publishedOn) = (try news.requireID(), news.title, news.body, news.publishedOn)
        }
    }

    struct ApplicationDTO: Content {
        var id: UUID
        var personID: UUID
        var name: String
        var kind: MentorApplicantKind
        var alumnus: Bool
        var workplace: String
        var offer: String
        var programID: UUID?
        var createdAt: Date

        init(_ row: PublicSectionState.Application) throws {
            let model = row.model
            (id, personID, name, kind) = (try model.requireID(), model.$person.id, row.name, model.kind)
            (alumnus, workplace, offer) = (model.alumnus, model.workplace, model.offer)
            (programID, createdAt) = (model.$program.id, model.createdAt)
        }
    }

    func boot(routes: any RoutesBuilder) throws {
        let owners: [(path: [PathComponent], owner: @Sendable (Request) throws -> PublicSectionOwner)] = [
            (["organizations", ":organizationID"], { .organization(try $0.id("organizationID")) }),
            (["municipalities", ":municipalityID"], { .municipality(try $0.id("municipalityID")) }),
        ]
        for (path, owner) in owners {
            let section = routes.grouped(path + ["public-section"])
            section.get { req in
                let owner = try owner(req)
                return Self.section(try await service(req).read(owner).details, owner, req)
            }
            section.put { req in
                let owner = try owner(req)
                let details = try await service(req).save(owner, try req.content.decode(PublicSectionInput.self))
                return Self.section(details, owner, req)
            }
            section.get("news") { req in try await service(req).read(owner(req)).news.map(NewsDTO.init) }
            section.post("news") { req in
                let news = try await service(req).addNews(owner(req), try req.content.decode(NewsInput.self))
                return try await NewsDTO(news).encodeResponse(status: .created, for: req)
            }
        }
        routes.delete("news", ":newsID") { req in
            _ = try await service(req).deleteNews(req.id("newsID"))
            return HTTPStatus.noContent
        }
        routes.get("organizations", ":organizationID", "mentor-applications") { req in
            try await service(req).read(.organization(req.id("organizationID"))).applications.map(ApplicationDTO.init)
        }
    }

    static func section(_ details: PublicSectionDetails, _ owner: PublicSectionOwner, _ req: Request) -> SectionDTO {
        SectionDTO(intro: details.intro, contacts: details.contacts, publicURL: req.appURL + owner.publicPage.path)
    }

    private func service(_ req: Request) throws -> PublicSectionService { PublicSectionService(scope: try req.scope()) }
}
