import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// A curator records an event of the organization's mentoring, marks who was present, attaches a photo and offers it
/// as the evidence of a roadmap activity; bad input is refused by its field and nothing is lost, another
/// organization's people cannot be marked present, and a reader changes nothing.
@Suite struct EventTests {
    struct Event: Decodable {
        var id: UUID
        var participants: [UUID]
        var materials: [Material]?
        struct Material: Decodable { var id: UUID }
    }

    @Test func aCuratorRecordsAnEventWithThePeoplePresentAPhotoAndTheRoadmapActivityItProves() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let org = Slot.id(fixture.a.organization.id!)
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let form = [("kind", "closing_event"), ("title", "Итоговая встреча"), ("place", "Актовый зал")]
            var response = try await app.post(
                SiteURL.events(org).path, as: curator, form: form + [("heldOn", "31.02.2026")])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("value=\"Итоговая встреча\""))
            response = try await app.post(
                SiteURL.events(org).path, as: curator, form: form + [("heldOn", "25.11.2026")])
            #expect(response.status == .seeOther)
            let event = try #require(
                try await MentoringEventModel.query(on: app.db).filter(\.$title == "Итоговая встреча").first()?.id)

            response = try await app.post(
                SiteURL.eventParticipants(.id(event)).path, as: curator,
                form: [("people[]", fixture.a.adult.id!.uuidString), ("people[]", fixture.a.minor.id!.uuidString)])
            #expect(response.status == .seeOther)
            response = try await app.post(
                SiteURL.eventMaterials(.id(event)).path, as: curator, multipart: [("_csrf", curator.csrf)],
                file: ("file", "фото.png", "image/png", LetterheadPageTests.png))
            #expect(response.status == .seeOther)
            let page = try await app.get(SiteURL.event(.id(event)).path, as: curator).body.string
            #expect(page.contains("фото.png") && page.contains("Присутствовали</dt>\n<dd>2</dd>"))

            response = try await app.post(
                SiteURL.eventEvidence(.id(event)).path, as: curator,
                form: [("activity", fixture.a.roadmap.activity.uuidString)])
            #expect(response.status == .seeOther)
            let evidence = try await RoadmapEvidenceModel.query(on: app.db)
                .filter(\.$activity.$id == fixture.a.roadmap.activity).all()
            #expect(evidence.contains { $0.object == .event(event) && $0.title.contains("Итоговая встреча") })
            let roadmap = try await app.get(SiteURL.roadmap(.id(fixture.a.roadmap.roadmap)).path, as: curator)
            #expect(roadmap.body.string.contains(SiteURL.event(.id(event)).path))
        }
    }

    @Test func theAPIRefusesStrangersAsParticipantsAFileThatIsNotAPhotoAndAReadersChange() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            var response = try await app.api(
                .POST, "/organizations/\(fixture.a.organization.id!)/events", token: token,
                json: #"{"kind": "round_table", "title": "Круглый стол", "heldOn": "2026-11-20"}"#)
            #expect(response.status == .created)
            let event = try response.content.decode(Event.self).id
            response = try await app.api(
                .PUT, "/events/\(event)/participants", token: token,
                json: #"{"people": ["\#(fixture.b.adult.id!)"]}"#)
            #expect(response.status == .unprocessableEntity && response.apiError?.fields["people"] != nil)
            response = try await app.api(
                .PUT, "/events/\(event)/participants", token: token, json: #"{"people": ["\#(fixture.a.adult.id!)"]}"#)
            #expect(try response.content.decode(Event.self).participants == [fixture.a.adult.id!])

            response = try await app.apiUpload(
                .POST, "/events/\(event)/materials", token: token, file: ("x.png", "image/png", Data("GIF89a".utf8)))
            #expect(response.status == .unprocessableEntity && response.apiError?.fields["file"] != nil)
            response = try await app.apiUpload(
                .POST, "/events/\(event)/materials", token: token, file: ("x.png", "image/png", LetterheadPageTests.png)
            )
            let material = try #require(try response.content.decode(Event.self).materials?.first?.id)
            let download = try await app.api(.GET, "/events/\(event)/materials/\(material)", token: token)
            #expect(Data(download.body.readableBytesView) == LetterheadPageTests.png)

            response = try await app.api(.POST, "/events/\(event)/evidence", token: token, json: #"{"activity": "x"}"#)
            #expect(response.status == .unprocessableEntity)
            let coordinator = try await app.apiToken(for: fixture.a.accounts[.authorityCoordinator]!)
            response = try await app.api(
                .POST, "/events/\(event)/evidence", token: coordinator,
                json: #"{"activity": "\#(fixture.a.roadmap.activity)"}"#)
            #expect(response.status == .forbidden)
            #expect(try await RoadmapEvidenceModel.query(on: app.db).filter(\.$objectKind == .event).count() == 0)
        }
    }
}
