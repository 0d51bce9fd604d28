import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// A change to the personal plan, as the plan's small forms send it.
struct PlanChange: Codable, Sendable {
    /// draft, goal, task, task_status, goal_achieved, texts
    var action: String?
    var title: String?
    var due: String?
    var goal: String?
    var task: String?
    var status: String?
    var expectedResults: String?
    var route: String?
}

/// The personal plan and the mentor's report: kept by the pair's mentor and by the curator.
extension MentorshipService {
    func changePlan(_ id: UUID, _ change: PlanChange) async throws {
        let (mentorship, access) = try await kept(id)
        var plan = mentorship.plan ?? PersonalPlan()
        var reader = ValidationFailure()
        let title = change.title?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        switch change.action {
        case "draft":
            let mentees = try await MenteeProfileModel.query(on: scope.db).filter(
                \.$id ~~ mentorship.mentees.map { $0.$mentee.id }
            ).all()
            let drafted = PersonalPlan.drafted(from: mentees.flatMap { $0.value.requests })
            let known = Set(plan.goals.compactMap(\.request))
            for goal in drafted.goals where !known.contains(goal.request ?? "") {
                plan.goals.append(.init(id: plan.nextID("g"), title: goal.title, request: goal.request))
            }
        case "goal":
            if title.isEmpty || title.count > 300 { reader.add("title", "Сформулируйте цель: от 1 до 300 символов.") }
            plan.goals.append(.init(id: plan.nextID("g"), title: title))
        case "task":
            if title.isEmpty || title.count > 300 { reader.add("title", "Опишите задачу: от 1 до 300 символов.") }
            let due = CalendarDate(parsing: change.due ?? "")
            if due == nil { reader.add("due", "Укажите срок задачи в формате ДД.ММ.ГГГГ.") }
            let goal = change.goal.flatMap { id in plan.goals.first { $0.id == id }?.id }
            if let due { plan.tasks.append(.init(id: plan.nextID("t"), title: title, due: due, goalID: goal)) }
        case "task_status":
            guard let index = plan.tasks.firstIndex(where: { $0.id == change.task }),
                let status = change.status.flatMap(PersonalPlan.TaskStatus.init(rawValue:))
            else {
                throw ValidationFailure(fields: ["task": "Задача не найдена."])
            }
            plan.tasks[index].status = status
        case "goal_achieved":
            guard let index = plan.goals.firstIndex(where: { $0.id == change.goal }) else {
                throw ValidationFailure(fields: ["goal": "Цель не найдена."])
            }
            plan.goals[index].achieved.toggle()
        case "texts":
            plan.expectedResults = String((change.expectedResults ?? "").prefix(5000))
            plan.route = String((change.route ?? "").prefix(5000))
        default:
            throw ValidationFailure(fields: ["action": "Неизвестное действие с планом."])
        }
        try reader.throwIfAny()
        if mentorship.status.isClosed {
            throw ValidationFailure(fields: ["action": "Пара закрыта: план больше не меняется."])
        }
        mentorship.plan = plan
        try await scope.db.atomically { db in
            try await mentorship.save(on: db)
            try await AuditLog(scope: scope.on(db)).record(
                .update, .personalPlan, objectID: id, organizationID: access.organization.id,
                role: access.role, fields: [change.action ?? ""])
        }
    }

    struct ReportForm: Codable, Sendable {
        var results: String?
        var difficulties: String?
        var proposals: String?
        /// "submit" hands the report in; anything else keeps it a draft.
        var action: String?
    }

    func saveReport(_ id: UUID, _ form: ReportForm) async throws {
        let (mentorship, access) = try await kept(id)
        var report = mentorship.report
        guard report.submittedOn == nil else {
            throw ValidationFailure(fields: ["results": "Отчёт уже сдан \(report.submittedOn ?? "")."])
        }
        report.results = String((form.results ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(10_000))
        report.difficulties = String(
            (form.difficulties ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(10_000))
        report.proposals = String((form.proposals ?? "").trimmingCharacters(in: .whitespacesAndNewlines).prefix(10_000))
        if form.action == "submit" {
            if report.results.isEmpty {
                throw ValidationFailure(fields: ["results": "Опишите результаты: без них отчёт не сдать."])
            }
            report.submittedOn = scope.today.description
        }
        mentorship.report = report
        try await scope.db.atomically { db in
            try await mentorship.save(on: db)
            try await AuditLog(scope: scope.on(db)).record(
                .update, .mentorReport, objectID: id, organizationID: access.organization.id,
                role: access.role, fields: ["results", "difficulties", "proposals"])
        }
    }

    /// The curator marks a completed pair as a best-practice case (or takes the mark back).
    func toggleBestPractice(_ id: UUID) async throws {
        let (mentorship, access) = try await managed(id)
        guard mentorship.status == .completed else {
            throw ValidationFailure(fields: ["status": "Лучшей практикой отмечают завершённую пару."])
        }
        mentorship.bestPractice = !(mentorship.bestPractice ?? false)
        try await mentorship.save(on: scope.db)
        try await audit.record(
            .update, .mentorship, objectID: id, organizationID: access.organization.id, role: access.role,
            fields: ["best_practice"])
    }
}
