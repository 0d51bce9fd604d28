import Foundation
import MentoringCore
import Testing

struct RoadmapActivityTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 21)!

    func activity(_ due: String, status: RoadmapActivity.Status = .planned) -> RoadmapActivity {
        RoadmapActivity(number: "1.1", title: "Мероприятие", due: DueDateParser.parse(due).due, status: status)
    }

    @Test func anOpenActivityPastItsEndIsOverdue() {
        #expect(activity("октябрь 2026 г.").isOverdue(on: Self.today))
        #expect(!activity("ноябрь 2026 г.").isOverdue(on: Self.today))
        #expect(!activity("октябрь 2026 г.", status: .done).isOverdue(on: Self.today))
        #expect(!activity("октябрь 2026 г.", status: .cancelled).isOverdue(on: Self.today))
        #expect(!activity("по отдельному плану").isOverdue(on: Self.today))
    }

    @Test func aRepeatingActivityIsDueAgainEachPeriod() {
        let monthly = activity("Сентябрь 2026 г., далее – ежемесячно")
        #expect(!monthly.isOverdue(on: Self.today))
        #expect(monthly.nextDeadline(onOrAfter: Self.today, limit: nil)?.description == "2026-11-30")
        #expect(monthly.nextDeadline(onOrAfter: Self.today, limit: CalendarDate(year: 2026, month: 10, day: 31)) == nil)
        let yearly = activity("Август 2025 г., далее - ежегодно")
        #expect(yearly.nextDeadline(onOrAfter: Self.today, limit: nil)?.description == "2027-08-31")
    }

    @Test func occurrencesGiveTheNextCheckpoint() {
        let twice = activity("декабрь 2026г. май 2027 г.")
        #expect(twice.nextDeadline(onOrAfter: Self.today, limit: nil)?.description == "2026-12-31")
    }

    @Test(arguments: [
        ("Приказ о назначении куратора", DeliverableKind.order),
        ("Положение о наставничестве в школе", .regulation),
        ("База наставляемых с перечнем запросов", .base),
        ("Анкета «Чем я могу быть полезен в качестве наставника?»", .questionnaire),
        ("Отчет по итогам анализа", .report),
        ("Публикации аналитических отчетов на сайте школы", .publication),
        ("Проведение круглого стола", .event),
    ])
    func deliverablesAreRecognized(_ text: String, _ kind: DeliverableKind) {
        #expect(DeliverableKind.recognize(text) == kind)
    }

    @Test func progressCountsDoneAndLeavesCancelledOut() {
        let stage = RoadmapStage(
            number: "1", title: "Этап",
            activities: [
                activity("май 2026", status: .done), activity("май 2026"), activity("май 2026", status: .cancelled),
            ])
        #expect(stage.progress == 0.5)
        #expect(RoadmapStage(number: "2", title: "Пусто").progress == nil)
    }
}

struct RoadmapTemplateTests {
    @Test(arguments: RoadmapTemplate.all)
    func templatesLayTheirActivitiesOverThePeriod(_ template: RoadmapTemplate) {
        for period in [
            DateSpan.academicYear(startingIn: 2026),
            DateSpan(
                start: CalendarDate(year: 2026, month: 9, day: 1), end: CalendarDate(year: 2029, month: 8, day: 31)),
        ] {
            let roadmap = template.roadmap(period: period)
            #expect(!roadmap.activities.isEmpty)
            for activity in roadmap.activities {
                #expect(activity.due.start! >= period.start!, "\(activity.title)")
                #expect(activity.due.end! <= period.end!, "\(activity.title)")
                #expect(DueDateParser.parse(activity.due.text).due.end == activity.due.end, "\(activity.due.text)")
            }
        }
    }

    @Test func theYearLongActivityCoversTheWholeYear() {
        let roadmap = RoadmapTemplate.named("organization-teachers")!.roadmap(period: .academicYear(startingIn: 2026))
        let training = roadmap.activities.first { $0.title.hasPrefix("Обучение куратора") }
        #expect(training?.due.end?.description == "2027-08-31")
        #expect(roadmap.activities.contains { $0.deliverableKind == .order })
    }
}
