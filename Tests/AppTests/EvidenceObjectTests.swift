import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor

@testable import App

/// Evidence that is a page of the system is kept as the object (an order, a list of participants), and its address
/// is drawn when shown: evidence saved as addresses before is read into objects once, outside links stay links.
@Suite struct EvidenceObjectTests {
    @Test func addressesOfTheSystemAreReadAsObjectsAndOutsideLinksStay() {
        let order = UUID()
        let organization = UUID()
        #expect(EvidenceObject(path: "/orders/\(order)") == .order(order))
        #expect(
            EvidenceObject(path: "/organizations/\(organization)/people?consent=valid")
                == .people(organization: organization, filter: "consent=valid"))
        #expect(
            EvidenceObject(path: "/organizations/\(organization)/people")
                == .people(organization: organization, filter: nil))
        for outside in [
            "https://school.example.ru/orders/\(order)", "/orders/not-an-id", "/orders/\(order)/order.docx", "",
        ] {
            #expect(EvidenceObject(path: outside) == nil, "\(outside)")
        }
        for object in [EvidenceObject.order(order), .people(organization: organization, filter: "category=student")] {
            #expect(EvidenceObject(path: object.path) == object)
            #expect(object.storedAddress == object.path)
            #expect(EvidenceObject(kind: object.kind, id: object.id, filter: object.filter) == object)
        }
    }

    @Test func evidenceKeptAsAnAddressBecomesItsObjectOnce() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let activity = fixture.a.roadmap.activity
            func add(_ link: String) async throws -> UUID {
                let evidence = RoadmapEvidenceModel()
                evidence.$activity.id = activity
                evidence.title = "Подтверждение"
                evidence.link = link
                evidence.addedBy = "test"
                evidence.addedAt = Date()
                try await evidence.create(on: app.db)
                return evidence.id!
            }
            let order = fixture.a.bases.order
            let kept = try await add("/orders/\(order)")
            let outside = try await add("https://school.example.ru/nastavnichestvo")
            try await UpdateEvidenceAddObject.readAddresses(on: app.db)
            let read = try #require(try await RoadmapEvidenceModel.find(kept, on: app.db))
            #expect(read.object == .order(order) && read.link == nil)
            #expect(read.address == SiteURL.order(.id(order)).path)
            let stays = try #require(try await RoadmapEvidenceModel.find(outside, on: app.db))
            #expect(stays.object == nil && stays.address == "https://school.example.ru/nastavnichestvo")
        }
    }
}
