import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor

@testable import App

/// The dashboard reads the roadmaps' activities as plain rows: they are the activities Fluent loads, column for
/// column, with every optional column empty and filled.
@Suite struct RoadmapActivityRowsTests {
    static func columns(_ activity: RoadmapActivityModel) -> String {
        "\(activity.id!) \(activity.$roadmap.id) \(activity.$stage.id) \(activity.position) "
            + "\(activity.$responsibleAccount.id as Any) \(activity.value)"
    }

    @Test func activitiesReadAsRowsAreTheActivitiesFluentLoads() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let ids = fixture.a.roadmap
            let filled = try #require(try await RoadmapActivityModel.find(ids.activity, on: app.db))
            var value = filled.value
            value.due = DueDate(
                text: "ежемесячно с 01.10.2026 по 30.06.2027", start: CalendarDate(parsing: "2026-10-01"),
                end: CalendarDate(parsing: "2027-06-30"), checkpoint: true, repeatRule: .monthly,
                occurrences: [DateSpan(start: CalendarDate(parsing: "2026-10-01"), end: nil)])
            value.deliverable = "Приказ"
            value.deliverableKind = .order
            value.status = .done
            value.doneOn = CalendarDate(parsing: "2026-10-02")
            value.notes = "Подписан"
            filled.value = value
            filled.$responsibleAccount.id = try fixture.a.accounts[.curator]?.requireID()
            try await filled.save(on: app.db)
            let bare = RoadmapActivityModel()
            bare.$roadmap.id = ids.roadmap
            bare.$stage.id = ids.stage
            bare.position = 2
            bare.value = RoadmapActivity(number: "1.2", title: "Без срока", due: DueDate(text: ""), responsible: [])
            try await bare.create(on: app.db)

            let fluent = try await RoadmapModel.query(on: app.db).with(\.$activities).all()
            let plain = try await RoadmapModel.query(on: app.db).all()
            try await RoadmapModel.loadActivities(of: plain, on: app.db)
            #expect(fluent.count == plain.count && fluent.count >= 2)
            for (expected, read) in zip(fluent, plain) {
                #expect(expected.activities.map(Self.columns).sorted() == read.activities.map(Self.columns).sorted())
            }
            let read = plain.flatMap(\.activities)
            #expect(read.first { $0.id == ids.activity }?.value.due.repeatRule == .monthly)
            #expect(read.first { $0.id == bare.id }?.value.deliverableKind == nil)
        }
    }
}
