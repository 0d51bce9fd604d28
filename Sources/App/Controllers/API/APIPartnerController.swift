import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// Partners through the API: the organization's list, a new partner, a partner with its people, a change, and the
/// cooperation agreement's DOCX and its signed scan (uploaded as multipart, field `file`).
struct APIPartnerController: RouteCollection {
    struct PartnerDTO: Content {
        var id: UUID
        var kind: String
        var name: String
        var inn: String?
        var address: String?
        var contactName: String?
        var contactPhone: String?
        var contactEmail: String?
        var agreementNumber: String?
        var agreementSignedOn: CalendarDate?
        var agreementValidUntil: CalendarDate?
        var hasScan: Bool
        var people: Int?

        init(_ partner: PartnerModel, people: Int?) throws {
            let details = partner.details
            id = try partner.requireID()
            (kind, name, inn, address) = (details.kind.rawValue, details.name, details.inn, details.address)
            (contactName, contactPhone, contactEmail) = (
                details.contactName, details.contactPhone, details.contactEmail
            )
            agreementNumber = details.agreementNumber
            (agreementSignedOn, agreementValidUntil) = (details.agreementSignedOn, details.agreementValidUntil)
            hasScan = partner.scanName != nil
            self.people = people
        }
    }

    func boot(routes: any RoutesBuilder) throws {
        let list = routes.grouped("organizations", ":organizationID", "partners")
        list.get { req in
            let (_, _, partners, counts) = try await service(req).list(req.id("organizationID"))
            return try partners.map { try PartnerDTO($0, people: counts[try $0.requireID()] ?? 0) }
        }
        list.post { req in
            let partner = try await service(req).create(
                in: req.id("organizationID"), try req.content.decode(PartnerInput.self), scan: nil)
            return try await PartnerDTO(partner, people: 0).encodeResponse(status: .created, for: req)
        }
        let partner = routes.grouped("partners", ":partnerID")
        partner.get { req in
            let card = try await service(req).card(req.id("partnerID"))
            return try PartnerDTO(card.partner, people: card.people.count)
        }
        partner.put { req in
            try PartnerDTO(
                try await service(req).update(
                    req.id("partnerID"), try req.content.decode(PartnerInput.self), scan: nil),
                people: nil)
        }
        partner.on(.PUT, "agreement", "scan", body: .collect(maxSize: "11mb")) { req in
            try PartnerDTO(
                try await service(req).attach(
                    ScanUpload(req, field: "file"), to: req.id("partnerID")),
                people: nil)
        }
        partner.get("agreement", "scan") { req in
            let scan = try await service(req).scan(req.id("partnerID"))
            return FileDownload.response(scan.data, fileName: scan.fileName, contentType: scan.contentType)
        }
        partner.get("agreement", "document") { req in
            let (data, name) = try await service(req).document(req.id("partnerID"))
            return FileDownload.response(data, fileName: name + ".docx", contentType: nil)
        }
    }

    private func service(_ req: Request) throws -> PartnerService { PartnerService(scope: try req.scope()) }
}
