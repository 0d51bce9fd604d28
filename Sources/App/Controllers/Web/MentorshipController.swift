import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// Stages 5–7 for the curator and the mentor: the program's pairs and groups, each pair's page with its plan,
/// meetings, report and history.
struct MentorshipController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.mentorships(.key), use: list)
        routes.get(.newMentorship(.key), use: newForm)
        routes.post(.newMentorship(.key), use: create)
        routes.get(.rhythm(.key), use: rhythmForm)
        routes.post(.rhythm(.key), use: saveRhythm)
        routes.get(.mentorship(.key), use: show)
        routes.post(.mentorshipStatus(.key), use: changeStatus)
        routes.post(.mentorshipMentor(.key), use: changeMentor)
        routes.post(.mentorshipPlan(.key), use: changePlan)
        routes.get(.mentorshipPlanDocument(.key), use: planDocument)
        routes.get(.mentorshipReport(.key), use: reportForm)
        routes.post(.mentorshipReport(.key), use: saveReport)
        routes.get(.mentorshipReportDocument(.key), use: reportDocument)
    }

    func list(req: Request) async throws -> View {
        let (context, table) = try await MentorshipService(scope: req.scope()).table(req.id("programID"))
        let meta = req.pageMeta(
            "Пары и группы", breadcrumbs: [Link(context.program.title, .program(.id(context.id)))],
            scopeName: context.organization.shortName)
        return try await req.view.render(
            "mentorships/list",
            MentorshipListContext(
                meta: meta, notice: req.notice, program: context.id, organization: try context.organization.requireID(),
                manages: context.access.manages, table: table))
    }

    func newForm(req: Request) async throws -> View {
        try await req.render(mentorshipForm(req, input: MentorshipInput(), failure: nil))
    }

    func create(req: Request) async throws -> Response {
        let input = try req.content.decode(MentorshipInput.self)
        return try await req.submit(
            {
                let mentorship = try await MentorshipService(scope: req.scope()).create(
                    in: req.id("programID"), input: input)
                return req.redirect(to: SiteURL.mentorship(.id(try mentorship.requireID())).path)
            }, form: { try await mentorshipForm(req, input: input, failure: $0) })
    }

    private func mentorshipForm(
        _ req: Request, input: MentorshipInput, failure: ValidationFailure?
    ) async throws -> MentorshipFormContext {
        let scope = try req.scope()
        let (context, mentors) = try await BaseService(scope: scope).mentors(req.id("programID"))
        let mentees = try await BaseService(scope: scope).mentees(in: context)
        try context.access.requireManagement()
        let waiting: [MenteeProfile.Status] = [.candidate, .inBase]
        return MentorshipFormContext(
            meta: req.pageMeta(
                "Пара вручную", breadcrumbs: Self.crumbs(context), scopeName: context.organization.shortName),
            program: context.id, forms: context.program.forms,
            mentors: try mentors.filter { $0.inBase && $0.profile.status != MentorProfile.Status.left }.map {
                .init(
                    profile: try $0.profile.requireID(), name: $0.person.details.fullName, capacity: $0.profile.capacity
                )
            },
            mentees: try mentees.filter { $0.inBase && waiting.contains($0.profile.status) }.map {
                .init(
                    profile: try $0.profile.requireID(), name: $0.person.details.fullName, form: $0.profile.value.form)
            },
            input: input, failure: failure)
    }

    private static func crumbs(_ context: ProgramContext) -> [Link] {
        [Link(context.program.title, .program(.id(context.id))), Link("Пары и группы", .mentorships(.id(context.id)))]
    }

    struct RhythmForm: Content { var days: [String: String]? }

    func rhythmForm(req: Request) async throws -> View {
        let service = try ProgramService(scope: req.scope())
        let context = try await service.managedProgram(req.id("programID"))
        return try await req.render(rhythmPage(req, context, days: service.rhythm(context), failure: nil))
    }

    private func rhythmPage(
        _ req: Request, _ context: ProgramContext, days: [(form: MentoringForm, days: String)],
        failure: ValidationFailure?
    ) -> RhythmFormContext {
        RhythmFormContext(
            meta: req.pageMeta(
                "Ритм встреч", breadcrumbs: Self.crumbs(context), scopeName: context.organization.shortName),
            program: context.id, days: days, failure: failure)
    }

    func saveRhythm(req: Request) async throws -> Response {
        let form = try req.content.decode(RhythmForm.self)
        let service = try ProgramService(scope: req.scope())
        let context = try await service.managedProgram(req.id("programID"))
        return try await req.submit(
            {
                try await service.setRhythm(of: context, days: form.days)
                return try await req.redirect(
                    to: SiteURL.mentorships(.id(context.id)).path, notice: "Ритм встреч сохранён.")
            },
            form: {
                rhythmPage(
                    req, context, days: context.program.forms.map { ($0, form.days?[$0.rawValue] ?? "") }, failure: $0)
            })
    }

    func show(req: Request) async throws -> View {
        try await page(req, notice: req.notice, error: nil)
    }

    private func page(_ req: Request, notice: String?, error: String?) async throws -> View {
        let scope = try req.scope()
        let detail = try await MentorshipService(scope: scope).detail(req.id("mentorshipID"))
        var others: [FormField.Option] = []
        if detail.access.manages {
            let mentors = try await MentorProfileModel.query(on: req.db).filter(
                \.$program.$id == (try detail.program.requireID())
            )
            .filter(\.$id != detail.mentorship.$mentor.id).filter(\.$status != MentorProfile.Status.left)
            .with(\.$person).all()
            others = try mentors.map {
                FormField.Option(
                    value: (try $0.requireID()).uuidString, title: $0.person.details.fullName, selected: false)
            }
            .sorted { $0.title < $1.title }
        }
        let activity = try await MentorshipActivity.load([detail.id], on: req.db, now: scope.now)
        let risks = activity.risks(
            detail.mentorship, rule: detail.program.rhythm(for: detail.mentorship.form), on: scope.today)
        return try await req.view.render(
            "mentorships/show",
            MentorshipPage(
                layout: req.layout, today: req.clock.today, detail: detail, otherMentors: others, risks: risks,
                notice: notice, error: error))
    }

    /// Runs a change and shows the pair again: with the notice on success, with the message on top otherwise.
    private func applying(_ req: Request, _ change: () async throws -> (String, UUID?)) async throws -> Response {
        try await req.applyChange(
            {
                let (notice, next) = try await change()
                return (SiteURL.mentorship(.id(try next ?? req.id("mentorshipID"))).path, notice)
            }, page: { try await page(req, notice: nil, error: $0) })
    }

    func changeStatus(req: Request) async throws -> Response {
        let change = try req.content.decode(MentorshipStatusChange.self)
        return try await applying(req) {
            (try await MentorshipService(scope: req.scope()).apply(req.id("mentorshipID"), change), nil)
        }
    }

    func changeMentor(req: Request) async throws -> Response {
        let form = try req.content.decode(MentorshipStatusChange.self)
        return try await applying(req) {
            let replacement = try await MentorshipService(scope: req.scope()).changeMentor(
                req.id("mentorshipID"), to: form.mentor, reason: form.reason)
            return ("Наставник сменён: новая пара ждёт приказа об изменении пар.", replacement.id)
        }
    }

    func changePlan(req: Request) async throws -> Response {
        let change = try req.content.decode(PlanChange.self)
        return try await applying(req) {
            try await MentorshipService(scope: req.scope()).changePlan(req.id("mentorshipID"), change)
            return ("Программа сохранена.", nil)
        }
    }

    func planDocument(req: Request) async throws -> Response {
        let document = try await MentorshipService(scope: req.scope()).documents(req.id("mentorshipID")).planDocument
        return try FileDownload.docx(document.word, name: "Персонализированная программа наставничества", req: req)
    }

    func reportDocument(req: Request) async throws -> Response {
        let document = try await MentorshipService(scope: req.scope()).documents(req.id("mentorshipID")).reportDocument
        return try FileDownload.docx(document.word, name: "Аналитический отчёт наставника", req: req)
    }

    func reportForm(req: Request) async throws -> View {
        let (mentorship, _) = try await MentorshipService(scope: req.scope()).kept(req.id("mentorshipID"))
        let report = mentorship.report
        return try await req.render(
            reportPage(
                req,
                MentorshipService.ReportForm(
                    results: report.results, difficulties: report.difficulties,
                    proposals: report.proposals), failure: nil))
    }

    private func reportPage(
        _ req: Request, _ form: MentorshipService.ReportForm, failure: ValidationFailure?
    ) throws -> ReportFormContext {
        let id = try req.id("mentorshipID")
        return ReportFormContext(
            meta: req.pageMeta("Аналитический отчёт наставника", breadcrumbs: [Link("Пара", .mentorship(.id(id)))]),
            mentorship: id, report: form, failure: failure)
    }

    func saveReport(req: Request) async throws -> Response {
        var form = try req.content.decode(MentorshipService.ReportForm.self)
        if form.action == "true" { form.action = "submit" }
        return try await req.submit(
            {
                try await MentorshipService(scope: req.scope()).saveReport(req.id("mentorshipID"), form)
                let notice = form.action == "submit" ? "Отчёт сдан." : "Черновик отчёта сохранён."
                return try await req.redirect(
                    to: try SiteURL.mentorship(.id(req.id("mentorshipID"))).path, notice: notice)
            }, form: { try reportPage(req, form, failure: $0) })
    }
}
