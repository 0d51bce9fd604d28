import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// The municipality's training plan: the coordinator plans a course and its sessions, a curator registers the
/// organization's mentors, the coordinator marks attendance and, once the course is over, issues certificates to
/// whoever attended every session; the certificate joins the mentor's record and the course proves a roadmap
/// activity. Another municipality's users do not see the course.
@Suite struct TrainingTests {
    struct Training: Decodable {
        struct Registrant: Decodable {
            var id: UUID
            var certificate: Int?
        }

        var id: UUID
        var sessions: [Session]?
        var registrants: [Registrant]?
        struct Session: Decodable { var id: UUID }
    }

    static let course = [("title", "Школа молодого педагога"), ("provider", "ИРО"), ("hours", "36")]

    @Test func aCourseIsPlannedAttendedCertifiedAndCitedOnTheRoadmap() async throws {
        try await withApp { app, clock in
            let fixture = try await Fixture.seed(app)
            let (org, municipality) = (Slot.id(fixture.a.organization.id!), Slot.id(fixture.a.municipality.id!))
            var coordinator = try await Browser.signedIn(app, as: fixture.a.accounts[.authorityCoordinator]!)
            var curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            var response = try await app.post(
                SiteURL.trainings(municipality).path, as: coordinator,
                form: Self.course + [("startsOn", "30.11.2026"), ("endsOn", "01.11.2026")])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Обучение не может закончиться раньше, чем началось."))
            #expect(response.body.string.contains("value=\"Школа молодого педагога\""))
            response = try await app.post(
                SiteURL.trainings(municipality).path, as: coordinator,
                form: Self.course + [("startsOn", "01.11.2026"), ("endsOn", "30.11.2026")])
            #expect(response.status == .seeOther)
            let id = try #require(
                try await TrainingModel.query(on: app.db).filter(\.$title == "Школа молодого педагога").first()?.id)
            let training = Slot.id(id)
            for (day, topic) in [("05.11.2026", "Роль наставника"), ("19.11.2026", "Индивидуальный план")] {
                response = try await app.post(
                    SiteURL.trainingSessions(training).path, as: coordinator, form: [("heldOn", day), ("topic", topic)])
                #expect(response.status == .seeOther)
            }
            response = try await app.post(
                SiteURL.trainingSessions(training).path, as: coordinator,
                form: [("heldOn", "01.12.2026"), ("topic", "Лишнее")])
            #expect(response.body.string.contains("Занятие — в дни обучения: с 01.11.2026 по 30.11.2026."))

            let listed = try await app.get(SiteURL.organizationTrainings(org).path, as: curator).body.string
            #expect(listed.contains("Школа молодого педагога"))
            let page = SiteURL.organizationTraining(organization: org, training: training).path
            response = try await app.post(page, as: curator, form: [("people[]", fixture.b.adult.id!.uuidString)])
            #expect(response.status == .unprocessableEntity, "\(response.body.string)")
            response = try await app.post(page, as: curator, form: [("people[]", fixture.a.adult.id!.uuidString)])
            #expect(response.status == .seeOther)

            let registration = try #require(
                try await TrainingRegistrationModel.query(on: app.db).filter(\.$training.$id == id).first()?.id)
            let sessions = try await TrainingSessionModel.query(on: app.db).filter(\.$training.$id == id).all().map {
                $0.id!
            }
            response = try await app.post(
                SiteURL.trainingAttendance(training).path, as: coordinator,
                form: sessions.map { ("attended[]", "\(registration):\($0)") })
            #expect(response.status == .seeOther)
            response = try await app.post(SiteURL.trainingCertificates(training).path, as: coordinator)
            #expect(response.status == .conflict, "the course is not over on 21.11")
            clock.advance(by: 10 * 86_400)
            (coordinator, curator) = (
                try await Browser.signedIn(app, as: fixture.a.accounts[.authorityCoordinator]!),
                try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            )
            response = try await app.post(SiteURL.trainingCertificates(training).path, as: coordinator)
            #expect(response.status == .seeOther)
            #expect(try await TrainingRegistrationModel.find(registration, on: app.db)?.certificateNumber == 1)
            response = try await app.post(page, as: curator, form: [])
            #expect(response.body.string.contains("Запись закрыта: обучение закончилось 30.11.2026."))

            let docx = try await app.get(SiteURL.trainingCertificatesDocument(training).path, as: coordinator)
            let text = try DocumentTemplateTests.text(Data(docx.body.readableBytesView))
            #expect(
                text.contains(fixture.a.adult.details.fullName) && text.contains("№ 1") && text.contains("36 часов"))
            let record = try await app.get(SiteURL.mentorRecord(.id(fixture.a.adult.id!)).path, as: curator)
            #expect(record.body.string.contains("Школа молодого педагога (ИРО)"))

            response = try await app.post(
                SiteURL.organizationTrainingEvidence(organization: org, training: training).path, as: curator,
                form: [("activity", fixture.a.roadmap.activity.uuidString)])
            #expect(response.status == .seeOther)
            let roadmap = try await app.get(SiteURL.roadmap(.id(fixture.a.roadmap.roadmap)).path, as: curator)
            #expect(roadmap.body.string.contains(page))
        }
    }

    @Test func anotherMunicipalitySeesNothingAndACertifiedMentorStaysRegistered() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let coordinator = try await app.apiToken(for: fixture.a.accounts[.authorityCoordinator]!)
            let curator = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            var response = try await app.api(
                .POST, "/municipalities/\(fixture.a.municipality.id!)/trainings", token: coordinator,
                json: #"{"title": "Семинар", "provider": "ИРО", "hours": "8", "startsOn": "2026-11-01", "#
                    + #""endsOn": "2026-11-21"}"#)
            #expect(response.status == .created)
            let id = try response.content.decode(Training.self).id
            response = try await app.api(
                .POST, "/trainings/\(id)/sessions", token: coordinator,
                json: #"{"heldOn": "2026-11-10", "topic": "Наставничество"}"#)
            let session = try #require(try response.content.decode(Training.self).sessions?.first?.id)

            let organization = "/organizations/\(fixture.a.organization.id!)/trainings/\(id)"
            response = try await app.api(
                .PUT, organization, token: curator, json: #"{"people": ["\#(fixture.a.adult.id!)"]}"#)
            #expect(response.status == .ok)
            response = try await app.api(.GET, "/trainings/\(id)", token: coordinator)
            let registration = try #require(try response.content.decode(Training.self).registrants?.first?.id)
            response = try await app.api(
                .PUT, "/trainings/\(id)/attendance", token: curator,
                json: #"{"attended": ["\#(registration):\#(session)"]}"#)
            #expect(response.status == .notFound, "attendance is the coordinator's")
            response = try await app.api(
                .PUT, "/trainings/\(id)/attendance", token: coordinator,
                json: #"{"attended": ["\#(registration):\#(registration)"]}"#)
            #expect(response.status == .unprocessableEntity)
            response = try await app.api(
                .PUT, "/trainings/\(id)/attendance", token: coordinator,
                json: #"{"attended": ["\#(registration):\#(session)"]}"#)
            #expect(response.status == .ok)

            async let first = app.api(.POST, "/trainings/\(id)/certificates", token: coordinator)
            async let second = app.api(.POST, "/trainings/\(id)/certificates", token: coordinator)
            let statuses = try await [first.status, second.status]
            #expect(statuses == [.ok, .ok])
            let numbers = try await TrainingRegistrationModel.query(on: app.db).filter(\.$training.$id == id).all()
                .compactMap(\.certificateNumber)
            #expect(numbers == [1])
            response = try await app.api(.PUT, organization, token: curator, json: #"{"people": []}"#)
            #expect(response.apiError?.fields["people"] == "Получившего сертификат нельзя отписать от курса.")

            let stranger = try await app.apiToken(for: fixture.b.accounts[.authorityCoordinator]!)
            #expect(try await app.api(.GET, "/trainings/\(id)", token: stranger).status == .notFound)
            let otherCurator = try await app.apiToken(for: fixture.b.accounts[.curator]!)
            response = try await app.api(
                .GET, "/organizations/\(fixture.b.organization.id!)/trainings/\(id)", token: otherCurator)
            #expect(response.status == .notFound)
        }
    }
}
