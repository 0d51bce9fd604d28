import Foundation
import MentoringCore
import Persistence
import Vapor

/// The managers' page of a public section: an organization's curator or head, a municipality's coordinator write its
/// words and news, give out its link and QR code and read the offers to mentor.
struct PublicSectionController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let owners: [(page: SiteURL, news: SiteURL, owner: @Sendable (Request) throws -> PublicSectionOwner)] = [
            (.publicSection(.key), .publicSectionNews(.key), { .organization(try $0.id("organizationID")) }),
            (
                .municipalPublicSection(.key), .municipalPublicSectionNews(.key),
                { .municipality(try $0.id("municipalityID")) }
            ),
        ]
        for (page, news, owner) in owners {
            routes.get(page) { req in
                try await req.render(try await self.page(req, owner(req), input: nil, failure: nil))
            }
            routes.post(page) { req in
                let input = try req.content.decode(PublicSectionInput.self)
                let owner = try owner(req)
                return try await req.submit(
                    {
                        _ = try await PublicSectionService(scope: req.scope()).save(owner, input)
                        return try await req.redirect(to: owner.managersPage.path, notice: "Раздел сохранён.")
                    },
                    form: { try await self.page(req, owner, input: input, failure: $0) })
            }
            routes.post(news) { req in
                let input = try req.content.decode(NewsInput.self)
                let owner = try owner(req)
                return try await req.submit(
                    {
                        _ = try await PublicSectionService(scope: req.scope()).addNews(owner, input)
                        return try await req.redirect(to: owner.managersPage.path, notice: "Новость опубликована.")
                    },
                    form: { try await self.page(req, owner, input: nil, failure: nil, news: input, newsFailure: $0) })
            }
        }
        routes.post(.newsDelete(.key)) { req in
            let owner = try await PublicSectionService(scope: req.scope()).deleteNews(req.id("newsID"))
            return try await req.redirect(to: owner.managersPage.path, notice: "Новость снята с публикации.")
        }
    }

    private func page(
        _ req: Request, _ owner: PublicSectionOwner, input: PublicSectionInput?, failure: ValidationFailure?,
        news: NewsInput = .init(), newsFailure: ValidationFailure? = nil
    ) async throws -> PublicSectionContext {
        let state = try await PublicSectionService(scope: req.scope()).read(owner)
        let back: Link =
            switch owner {
            case .organization(let id): Link(state.name, .organization(.id(id)))
            case .municipality: Link("Муниципальные базы", .municipalBases)
            }
        return try PublicSectionContext(
            meta: req.pageMeta("Раздел «Целевая модель наставничества»", breadcrumbs: [back], scopeName: state.name),
            notice: req.notice, state: state, appURL: req.appURL, input: input, newsInput: news, failure: failure,
            newsFailure: newsFailure)
    }
}
