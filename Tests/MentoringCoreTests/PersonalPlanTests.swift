import Foundation
import MentoringCore
import Testing

struct PersonalPlanTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 21)!

    @Test func aDraftPlanHasOneGoalPerRequestMostImportantFirst() {
        let plan = PersonalPlan.drafted(from: [
            MenteeRequest(text: "Работа с родителями", priority: 2),
            MenteeRequest(text: "Классное руководство", priority: 1),
            MenteeRequest(text: "Классное руководство", priority: 3),
        ])
        #expect(plan.goals.map(\.title) == ["Освоить: Классное руководство", "Освоить: Работа с родителями"])
        #expect(plan.goals.map(\.id) == ["g1", "g2"])
    }

    @Test func progressCountsDoneTasksAmongThoseNotCancelled() {
        var plan = PersonalPlan()
        #expect(plan.progressPercent == nil)
        plan.tasks = [
            .init(id: "t1", title: "Посетить урок", due: Self.today, status: .done),
            .init(id: "t2", title: "Разработать урок", due: Self.today),
            .init(id: "t3", title: "Отменено", due: Self.today, status: .cancelled),
        ]
        #expect(plan.progressPercent == 50)
    }

    @Test func onlyPlannedTasksPastTheirDueAreOverdue() {
        let plan = PersonalPlan(tasks: [
            .init(id: "t1", title: "Вчера", due: Self.today.adding(days: -1)),
            .init(id: "t2", title: "Сегодня", due: Self.today),
            .init(id: "t3", title: "Сделано", due: Self.today.adding(days: -5), status: .done),
        ])
        #expect(plan.tasks.filter { $0.isOverdue(on: Self.today) }.map(\.id) == ["t1"])
        #expect(PersonalPlan.overdue(plan.plannedTaskDues, on: Self.today) == [Self.today.adding(days: -1)])
    }

    @Test func idsStayStableWhenItemsAreRemoved() {
        let plan = PersonalPlan(
            goals: [.init(id: "g1", title: "A"), .init(id: "g3", title: "B")],
            tasks: [.init(id: "t2", title: "C", due: Self.today)])
        #expect(plan.nextID("g") == "g4")
        #expect(plan.nextID("t") == "t3")
        #expect(PersonalPlan().nextID("t") == "t1")
    }
}
