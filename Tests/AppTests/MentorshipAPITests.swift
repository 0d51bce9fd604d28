import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// The same lifecycle through `/api/v1`: a pair by hand, the order and its signature, a meeting, the status changes,
/// the plan — with 4xx and field messages for what a client may send wrong.
@Suite struct MentorshipAPITests {
    struct Pair: Decodable {
        struct Member: Decodable { var name: String }
        struct Plan: Decodable {
            struct Goal: Decodable { var title: String }
            var goals: [Goal]
        }
        var id: UUID
        var status: String
        var mentor: Member?
        var mentees: [Member]
        var plan: Plan?
        var history: [MentorshipDTO.Event]
    }

    struct Order: Decodable {
        var id: UUID
        var status: String
        var number: String?
        var mentorships: [UUID]
    }

    struct Row: Decodable {
        var id: UUID
        var lastMeeting: Date?
        var risks: [RhythmRisk]
    }

    @Test func aPairGoesFromDraftToActiveThroughTheAPI() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let org = fixture.a.organization.id!
            let program = fixture.a.bases.program
            let (mentor, mentee) = try await MentorshipPagesTests.teachers(app, fixture)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)

            var response = try await app.api(
                .POST, "/programs/\(program)/mentorships", token: token,
                json: #"{"mentor": "\#(mentor)", "mentees": ["\#(mentee)"], "form": "teacher_teacher"}"#)
            #expect(response.status == .created)
            let pair = try response.content.decode(Pair.self)
            #expect(
                pair.status == "draft" && pair.mentor?.name.hasPrefix("Опытнова") == true && pair.mentees.count == 1)
            response = try await app.api(
                .POST, "/programs/\(program)/mentorships", token: token,
                json: #"{"mentor": "\#(mentor)", "mentees": ["\#(fixture.a.bases.mentee)"], "form": "teacher_teacher"}"#
            )
            #expect(response.status == .unprocessableEntity)
            #expect(response.apiError?.fields.values.contains { $0.contains("мест") } == true)

            response = try await app.api(
                .POST, "/organizations/\(org)/orders", token: token,
                json: #"{"kind": "fix_mentorships", "program": "\#(program)"}"#)
            #expect(response.status == .created)
            let order = try response.content.decode(Order.self)
            #expect(order.status == "draft" && order.mentorships.contains(pair.id))
            response = try await app.api(.GET, "/orders/\(order.id)/document", token: token)
            #expect(
                response.headers.contentType?.subType == "vnd.openxmlformats-officedocument.wordprocessingml.document")
            response = try await app.api(
                .POST, "/orders/\(order.id)/sign", token: token, json: #"{"number": "15-о", "date": "20.11.2026"}"#)
            #expect(try response.content.decode(Order.self).number == "15-о")
            response = try await app.api(
                .POST, "/orders/\(order.id)/sign", token: token, json: #"{"number": "16", "date": "20.11.2026"}"#)
            #expect(response.status == .unprocessableEntity)
            response = try await app.api(.GET, "/mentorships/\(pair.id)", token: token)
            #expect(try response.content.decode(Pair.self).status == "fixed")

            let meeting =
                #"{"type": "regular", "date": "2026-11-20", "time": "15:00", "durationMinutes": "45", "format": "in_person", "place": "Каб. 21", "topic": "Разбор урока"}"#
            response = try await app.api(.POST, "/mentorships/\(pair.id)/meetings", token: token, json: meeting)
            #expect(response.status == .created)
            #expect(try response.content.decode(MeetingDTO.self).status == "held")
            response = try await app.api(
                .POST, "/mentorships/\(pair.id)/meetings", token: token,
                json: meeting.replacingOccurrences(of: "15:00", with: "15:30"))
            #expect(response.status == .unprocessableEntity)
            #expect(response.apiError?.fields.isEmpty == false)

            response = try await app.api(
                .POST, "/mentorships/\(pair.id)/status", token: token, json: #"{"action": "complete"}"#)
            #expect(response.status == .unprocessableEntity)
            response = try await app.api(
                .POST, "/mentorships/\(pair.id)/status", token: token, json: #"{"action": "terminate"}"#)
            #expect(response.apiError?.fields["reason"] != nil)
            response = try await app.api(
                .POST, "/mentorships/\(pair.id)/status", token: token, json: #"{"action": "activate"}"#)
            let active = try response.content.decode(Pair.self)
            #expect(active.status == "active" && active.history.map(\.toStatus) == ["draft", "fixed", "active"])

            response = try await app.api(
                .POST, "/mentorships/\(pair.id)/plan", token: token,
                json: #"{"action": "goal", "title": "Провести открытый урок"}"#)
            #expect(try response.content.decode(Pair.self).plan?.goals.map(\.title) == ["Провести открытый урок"])

            response = try await app.api(.GET, "/programs/\(program)/mentorships", token: token)
            let rows = try response.content.decode([Row].self)
            #expect(rows.first { $0.id == pair.id }?.lastMeeting != nil)
            // The fixture's pair has never met since 1 November: the weekly rhythm flags it.
            #expect(
                rows.first { $0.id == fixture.a.bases.mentorship }?.risks.contains { $0.kind == .noMeeting } == true)
        }
    }
}
