import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// The public section «Целевая модель наставничества»: an organization's and a municipality's pages, a published
/// case, the feeds, the QR code, the approved regulation and the form «Стать наставником» — all without signing in.
struct PublicController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.publicOrganization(.key)) { req in
            let page = try await PublicSite(scope: req.visitorScope()).organization(req.id("organizationID"))
            return try await req.view.render(
                "public/organization",
                PublicOrganizationContext(
                    meta: req.publicMeta(page.organization.fullName), page: page, appURL: req.appURL))
        }
        routes.get(.publicMunicipality(.key)) { req in
            let page = try await PublicSite(scope: req.visitorScope()).municipality(req.id("municipalityID"))
            return try await req.view.render(
                "public/municipality",
                PublicMunicipalityContext(meta: req.publicMeta("Наставничество: \(page.municipality.name)"), page: page)
            )
        }
        routes.get(.publicPractice(.key)) { req in
            let (practice, org) = try await PublicSite(scope: req.visitorScope()).practice(req.id("practiceID"))
            return try await req.view.render(
                "public/practice",
                PublicPracticeContext(meta: req.publicMeta(practice.title), practice: practice, organization: org))
        }
        for format in FeedFormat.allCases {
            routes.get(.publicOrganizationFeed(.key, format)) { req in
                try await Self.feed(.organization(req.id("organizationID")), format, req)
            }
            routes.get(.publicMunicipalityFeed(.key, format)) { req in
                try await Self.feed(.municipality(req.id("municipalityID")), format, req)
            }
        }
        routes.get(.publicOrganizationQR(.key)) { req in
            let id = try req.id("organizationID")
            guard try await OrganizationModel.find(id, on: req.db) != nil else { throw DomainError.notFound }
            let svg = try QRCode(req.appURL + SiteURL.publicOrganization(.id(id)).path).svg(pixels: 320)
            var headers = HTTPHeaders([("Content-Type", "image/svg+xml")])
            headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=3600")
            return Response(status: .ok, headers: headers, body: .init(string: svg))
        }
        routes.get(.publicRegulation(.key)) { req in
            let data = try await RegulationService(scope: req.visitorScope()).publishedDocument(
                req.id("organizationID"))
            return FileDownload.response(
                data, fileName: "Положение о системе наставничества.docx", contentType: nil)
        }
        routes.get(.mentorApplication(.key)) { req in
            try await req.withVisitorSession {
                try await req.render(try await applicationPage(req, input: .init(), failure: nil))
                    .encodeResponse(for: req)
            }
        }
        routes.post(.mentorApplication(.key), use: apply)
    }

    func apply(req: Request) async throws -> Response {
        let input = try req.content.decode(MentorApplicationInput.self)
        let id = try req.id("organizationID")
        return try await req.submit(
            {
                _ = try await MentorApplicationService(scope: req.visitorScope()).submit(
                    to: id, input, address: req.clientAddress ?? "unknown")
                return try await req.redirect(
                    to: SiteURL.mentorApplication(.id(id)).path,
                    notice: "Спасибо! Заявка получена. Куратор наставничества свяжется с вами по электронной почте.")
            },
            form: { try await applicationPage(req, input: input, failure: $0) })
    }

    private func applicationPage(
        _ req: Request, input: MentorApplicationInput, failure: ValidationFailure?
    ) async throws -> MentorApplicationContext {
        let (org, consent) = try await MentorApplicationService(scope: req.visitorScope()).form(
            req.id("organizationID"))
        return try MentorApplicationContext(
            meta: req.publicMeta("Стать наставником"), organization: org, consent: consent, input: input,
            failure: failure, notice: req.notice)
    }

    /// The owner's feed in the format asked, from its news and published cases only.
    static func feed(_ owner: PublicSectionOwner, _ format: FeedFormat, _ req: Request) async throws -> Response {
        let (name, news, practices) = try await PublicSite(scope: req.visitorScope()).feed(owner)
        let feed = try PublicFeed.feed(owner, name: name, news: news, practices: practices, appURL: req.appURL)
        let (body, type): (Data, String) =
            switch format {
            case .atom: (Data(feed.atom.utf8), "application/atom+xml; charset=utf-8")
            case .rss: (Data(feed.rss.utf8), "application/rss+xml; charset=utf-8")
            case .json: (feed.json, "application/feed+json; charset=utf-8")
            }
        return Response(status: .ok, headers: ["Content-Type": type], body: .init(data: body))
    }
}

extension Request {
    /// The app's public address, which links given out (a QR code, a feed) must carry.
    var appURL: String { application.config.appURL }
}
