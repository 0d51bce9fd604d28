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
        try await req.renderForm(mentorshipForm(req, input: MentorshipInput(), failure: nil))
    }

    func create(req: Request) async throws -> Response {
        let input = try req.content.decode(MentorshipInput.self)
        return try await req.submit(
            {
                let mentorship = try await MentorshipService(scope: req.scope()).create(
                    in: req.id("programID"), input: input)
                return req.redirect(to: SiteURL.mentorship(.id(mentorship.id!)).path)
            }, form: { try await mentorshipForm(req, input: input, failure: $0) })
    }

    private func mentorshipForm(
        _ req: Request, input: MentorshipInput, failure: ValidationFailure?
    ) async throws -> FormPage {
        let scope = try req.scope()
        let (context, mentors) = try await BaseService(scope: scope).mentors(req.id("programID"))
        let (_, mentees) = try await BaseService(scope: scope).mentees(context.id)
        try context.access.requireManagement()
        let waiting: [MenteeProfile.Status] = [.candidate, .inBase]
        let available = mentors.filter { $0.inBase && $0.profile.status != MentorProfile.Status.left }
        let mentorOptions = available.map {
            FormField.Option(
                value: $0.profile.id!.uuidString, title: "\($0.person.details.fullName) — мест: \($0.profile.capacity)",
                selected: $0.profile.id!.uuidString == input.mentor)
        }
        let coMentorOptions = available.map {
            FormField.Option(
                value: $0.profile.id!.uuidString, title: $0.person.details.fullName,
                selected: input.coMentors?.contains($0.profile.id!.uuidString) ?? false)
        }
        let menteeOptions = mentees.filter { $0.inBase && waiting.contains($0.profile.status) }.map {
            FormField.Option(
                value: $0.profile.id!.uuidString,
                title: "\($0.person.details.fullName) (\($0.profile.value.form.title))",
                selected: input.mentees?.contains($0.profile.id!.uuidString) ?? false)
        }
        let forms = context.program.forms.map {
            FormField.Option(value: $0.rawValue, title: $0.title, selected: $0.rawValue == input.form)
        }
        let roleModels =
            [FormField.Option(value: "", title: "не указана", selected: true)]
            + Set(context.program.forms.flatMap(\.roleModels)).sorted().map {
                FormField.Option(value: $0, title: $0, selected: $0 == input.roleModel)
            }
        let kinds = MentoringKind.allCases.map {
            FormField.Option(value: $0.rawValue, title: $0.title, selected: input.kinds?.contains($0.rawValue) ?? false)
        }
        let program = Slot.id(context.id)
        return FormPage(
            meta: req.pageMeta(
                "Пара вручную",
                breadcrumbs: [
                    Link(context.program.title, .program(program)), Link("Пары и группы", .mentorships(program)),
                ],
                scopeName: context.organization.shortName),
            form: .init(
                action: SiteURL.newMentorship(program).path,
                fields: [
                    FormField(
                        "mentor", "Наставник", kind: "select", required: true, failure: failure,
                        options: [FormField.Option(value: "", title: "выберите", selected: input.mentor == nil)]
                            + mentorOptions),
                    FormField(
                        "mentees", "Наставляемые (несколько — группа)", kind: "checkboxes", required: true,
                        failure: failure, options: menteeOptions),
                    FormField(
                        "coMentors", "Со-наставники (если пару ведут вместе)", kind: "checkboxes", failure: failure,
                        options: coMentorOptions),
                    FormField(
                        "form", "Форма наставничества", kind: "select", required: true, failure: failure, options: forms
                    ),
                    FormField("roleModel", "Ролевая модель", kind: "select", failure: failure, options: roleModels),
                    FormField("kinds", "Вид наставничества", kind: "checkboxes", failure: failure, options: kinds),
                    FormField(
                        "startsOn", "Начало", kind: "date", value: input.startsOn, help: "Пусто — с начала программы.",
                        failure: failure),
                    FormField(
                        "endsOn", "Окончание", kind: "date", value: input.endsOn, help: "Пусто — до конца программы.",
                        failure: failure),
                ], submitTitle: "Составить пару", cancelURL: SiteURL.mentorships(program).path,
                intro:
                    "Пара появится черновиком и будет закреплена приказом. Места наставника и согласия участников проверяются сразу."
            ))
    }

    struct RhythmForm: Content { var days: [String: String]? }

    func rhythmForm(req: Request) async throws -> View {
        let context = try await ProgramService(scope: req.scope()).managedProgram(req.id("programID"))
        return try await req.renderForm(rhythmPage(req, context, failure: nil))
    }

    private func rhythmPage(_ req: Request, _ context: ProgramContext, failure: ValidationFailure?) -> FormPage {
        let program = Slot.id(context.id)
        return FormPage(
            meta: req.pageMeta(
                "Ритм встреч",
                breadcrumbs: [
                    Link(context.program.title, .program(program)), Link("Пары и группы", .mentorships(program)),
                ],
                scopeName: context.organization.shortName),
            form: .init(
                action: SiteURL.rhythm(program).path,
                fields: context.program.forms.map { form in
                    FormField(
                        "days[\(form.rawValue)]", "\(form.title): встреча не реже чем раз в … дней", kind: "number",
                        value: String(context.program.rhythm(for: form).meetingIntervalDays), required: true,
                        failure: failure)
                }, submitTitle: "Сохранить", cancelURL: SiteURL.mentorships(program).path,
                intro:
                    "Ежедневная проверка отмечает пару как риск, если встречи не было дольше этого срока. По умолчанию: педагог – педагог — раз в неделю, остальные формы — раз в две недели."
            ))
    }

    func saveRhythm(req: Request) async throws -> Response {
        let form = try req.content.decode(RhythmForm.self)
        let context = try await ProgramService(scope: req.scope()).managedProgram(req.id("programID"))
        var days: [String: Int] = [:]
        var failure = ValidationFailure()
        for programForm in context.program.forms {
            let key = "days[\(programForm.rawValue)]"
            guard
                let value = form.days?[programForm.rawValue].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }),
                (1...90).contains(value)
            else {
                failure.add(key, "Число дней от 1 до 90.")
                continue
            }
            days[programForm.rawValue] = value
        }
        guard failure.isEmpty else {
            var page = rhythmPage(req, context, failure: failure)
            page.form.failed = true
            return try await req.view.render("form", page).encodeResponse(status: .unprocessableEntity, for: req)
        }
        context.program.rhythmText = StoredJSON.encode(days)
        try await context.program.save(on: req.db)
        return try await req.redirect(to: SiteURL.mentorships(.id(context.id)).path, notice: "Ритм встреч сохранён.")
    }

    func show(req: Request) async throws -> View {
        try await page(req, notice: req.notice, error: nil)
    }

    private func page(_ req: Request, notice: String?, error: String?) async throws -> View {
        let scope = try req.scope()
        let detail = try await MentorshipService(scope: scope).detail(req.id("mentorshipID"))
        var others: [FormField.Option] = []
        if detail.access.manages {
            let mentors = try await MentorProfileModel.query(on: req.db).filter(\.$program.$id == detail.program.id!)
                .filter(\.$id != detail.mentorship.$mentor.id).filter(\.$status != MentorProfile.Status.left)
                .with(\.$person).all()
            others = mentors.map {
                FormField.Option(value: $0.id!.uuidString, title: $0.person.details.fullName, selected: false)
            }
            .sorted { $0.title < $1.title }
        }
        let activity = try await MentorshipActivity.load([detail.id], on: req.db, now: scope.now)
        let risks = activity.risks(
            detail.mentorship, rule: detail.program.rhythm(for: detail.mentorship.form), on: scope.today)
        return try await req.view.render(
            "mentorships/show",
            MentorshipPage(
                req: req, detail: detail, otherMentors: others, risks: risks,
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
        return try await req.renderForm(
            reportPage(
                req,
                MentorshipService.ReportForm(
                    results: report.results, difficulties: report.difficulties,
                    proposals: report.proposals), failure: nil))
    }

    private func reportPage(
        _ req: Request, _ form: MentorshipService.ReportForm, failure: ValidationFailure?
    ) throws -> FormPage {
        let id = try Slot.id(req.id("mentorshipID"))
        return FormPage(
            meta: req.pageMeta("Аналитический отчёт наставника", breadcrumbs: [Link("Пара", .mentorship(id))]),
            form: .init(
                action: SiteURL.mentorshipReport(id).path,
                fields: [
                    FormField(
                        "results", "Результаты работы пары", kind: "textarea", value: form.results, required: true,
                        failure: failure),
                    FormField(
                        "difficulties", "Трудности и как они решались", kind: "textarea", value: form.difficulties,
                        failure: failure),
                    FormField("proposals", "Предложения", kind: "textarea", value: form.proposals, failure: failure),
                    FormField(
                        "action", "Сдать отчёт куратору (после сдачи текст не меняется)", kind: "checkbox",
                        failure: failure),
                ], submitTitle: "Сохранить", cancelURL: SiteURL.mentorship(id).path,
                intro: "Цели, встречи и оценки участников попадут в отчёт сами: здесь — только ваш текст."))
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
