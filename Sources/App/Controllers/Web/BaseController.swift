import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// The mentor base and the mentee base of a program: filtered tables, bulk status changes, the people still
/// without consent kept apart, the waitlist and the registry.
struct BaseController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.mentorBase(.key), use: mentors)
        routes.post(.mentorStatus(.key), use: mentorStatus)
        routes.get(.menteeBase(.key), use: mentees)
        routes.post(.menteeStatus(.key), use: menteeStatus)
        routes.get(.waitlist(.key), use: waitlist)
        routes.get(.registry(.key), use: registry)
    }

    struct StatusForm: Content {
        var ids: [UUID]?
        var status: String?
        var order: String?
    }

    func mentors(req: Request) async throws -> Response {
        try await mentorPage(req, error: nil).encodeResponse(for: req)
    }

    private func mentorPage(_ req: Request, error: String?) async throws -> View {
        let scope = try req.scope()
        let (context, entries) = try await BaseService(scope: scope).mentors(req.id("programID"))
        let filter = try req.query.decode(BaseFilter.self)
        let terms = try await allTerms(scope, context.organization)
        let kept = entries.filter {
            $0.inBase
                && filter.keeps(
                    forms: $0.profile.mentoringForms, terms: $0.profile.value.competencies,
                    status: $0.profile.status.rawValue, hours: $0.profile.weeklyHours)
        }
        let id = Slot.id(context.id)
        return try await basePage(
            req, "База наставников", base: "mentors", context: context, entries: entries, kept: kept,
            newProfile: .newMentor(id),
            filters: .init(
                action: SiteURL.mentorBase(id).path,
                fields: filter.fields(
                    statuses: MentorProfile.Status.self, title: \.title, forms: context.program.forms, terms: terms,
                    termLabel: "Компетенция")),
            bulk: .init(
                action: SiteURL.mentorStatus(id).path,
                fields: [
                    FormField(
                        "status", "Новый статус отмеченных", kind: "select",
                        options: FormField.options(MentorProfile.Status.self, selected: nil, title: \.title)),
                    FormField("order", "Приказ (для реестра)", help: "Например: № 45 от 01.10.2026"),
                ], submitTitle: "Изменить статус", error: error)
        ) { entry in
            MentorBaseRow(
                profile: try entry.profile.requireID(), person: entry.person.value, value: entry.profile.value)
        }
    }

    func mentees(req: Request) async throws -> Response {
        try await menteePage(req, error: nil).encodeResponse(for: req)
    }

    private func menteePage(_ req: Request, error: String?) async throws -> View {
        let scope = try req.scope()
        let (context, entries) = try await BaseService(scope: scope).mentees(req.id("programID"))
        let filter = try req.query.decode(BaseFilter.self)
        let terms = try await allTerms(scope, context.organization)
        let kept = entries.filter { entry in
            let p = entry.profile.value
            return entry.inBase
                && filter.keeps(
                    forms: [p.form], terms: p.requests.map(\.text), status: entry.profile.status.rawValue,
                    hours: p.weeklyHours)
        }
        let id = Slot.id(context.id)
        return try await basePage(
            req, "База наставляемых", base: "mentees", context: context, entries: entries, kept: kept,
            newProfile: .newMentee(id),
            filters: .init(
                action: SiteURL.menteeBase(id).path,
                fields: filter.fields(
                    statuses: MenteeProfile.Status.self, title: \.title, forms: context.program.forms, terms: terms,
                    termLabel: "Запрос")),
            bulk: .init(
                action: SiteURL.menteeStatus(id).path,
                fields: [
                    FormField(
                        "status", "Новый статус отмеченных", kind: "select",
                        options: FormField.options(MenteeProfile.Status.self, selected: nil, title: \.title))
                ], submitTitle: "Изменить статус", error: error)
        ) { entry in
            MenteeBaseRow(
                profile: try entry.profile.requireID(), person: entry.person.value, value: entry.profile.value)
        }
    }

    /// A base page: the program's crumbs, the export links, and the status form only for those who manage it.
    private func basePage<P, Row: Encodable & Sendable>(
        _ req: Request, _ title: String, base: String, context: ProgramContext, entries: [BaseEntry<P>],
        kept: [BaseEntry<P>], newProfile: SiteURL, filters: TablePage.Filters, bulk: TablePage.Bulk,
        row: (BaseEntry<P>) throws -> Row
    ) async throws -> View {
        let meta = try Self.meta(req, title, context)
        let manages = context.access.manages
        let page = BaseContext(
            meta: meta, exports: BaseExports(program: context.id, base: base),
            newProfile: manages ? newProfile.path : nil, filters: filters, bulk: manages ? bulk : nil,
            rows: try kept.map(row), excluded: excluded(entries))
        return try await req.view.render("bases/" + base, page)
    }

    /// People with a profile but without a valid consent, for the bases' pages.
    private func excluded<P>(_ entries: [BaseEntry<P>]) -> [ExcludedPerson] {
        entries.filter { !$0.inBase }.map { ExcludedPerson(person: $0.person.value, problems: $0.problems) }
    }

    private func allTerms(_ scope: RequestScope, _ org: OrganizationModel) async throws -> [String] {
        Array(Set(try await VocabularyService(scope: scope).terms(of: Vocabulary.Group.allCases, for: org))).sorted()
    }

    private func exportLinks(_ id: Slot, base: String) -> [Link] {
        [
            Link("Скачать XLSX", .baseExport(id, base: base, format: "xlsx")),
            Link("Скачать DOCX", .baseExport(id, base: base, format: "docx")),
        ]
    }

    func mentorStatus(req: Request) async throws -> Response {
        let form = try req.content.decode(StatusForm.self)
        let programID = try req.id("programID")
        _ = try await ProgramService(scope: req.scope()).managedProgram(programID)
        guard let status = form.status.flatMap(MentorProfile.Status.init(rawValue:)) else { throw Abort(.badRequest) }
        do {
            _ = try await BaseService(scope: req.scope()).setMentorStatus(
                programID, ids: form.ids ?? [], status: status, order: form.order)
            return req.redirect(to: SiteURL.mentorBase(.id(programID)).path)
        } catch let failure as ValidationFailure {
            return try await mentorPage(req, error: failure.fields.values.sorted().joined(separator: " "))
                .encodeResponse(status: .unprocessableEntity, for: req)
        }
    }

    func menteeStatus(req: Request) async throws -> Response {
        let form = try req.content.decode(StatusForm.self)
        let programID = try req.id("programID")
        _ = try await ProgramService(scope: req.scope()).managedProgram(programID)
        guard let status = form.status.flatMap(MenteeProfile.Status.init(rawValue:)) else { throw Abort(.badRequest) }
        do {
            _ = try await BaseService(scope: req.scope()).setMenteeStatus(
                programID, ids: form.ids ?? [], status: status)
            return req.redirect(to: SiteURL.menteeBase(.id(programID)).path)
        } catch let failure as ValidationFailure {
            return try await menteePage(req, error: failure.fields.values.sorted().joined(separator: " "))
                .encodeResponse(status: .unprocessableEntity, for: req)
        }
    }

    /// Mentees in the base still without a pair, the longest-waiting first.
    func waitlist(req: Request) async throws -> View {
        let (context, entries) = try await BaseService(scope: req.scope()).mentees(req.id("programID"))
        let waiting = try entries.filter { $0.inBase && $0.profile.status == MenteeProfile.Status.inBase }
            .sorted { ($0.profile.waitingSince, $0.person.searchKey) < ($1.profile.waitingSince, $1.person.searchKey) }
            .map { (profile: try $0.profile.requireID(), person: $0.person.value, value: $0.profile.value) }
        return try await req.view.render(
            "bases/waitlist",
            WaitlistContext(meta: Self.meta(req, "Лист ожидания", context), waiting: waiting, today: req.clock.today))
    }

    /// Mentors proposed for the registry (candidates with consent) and those already approved by order.
    func registry(req: Request) async throws -> View {
        let (context, entries) = try await BaseService(scope: req.scope()).mentors(req.id("programID"))
        let eligible = entries.filter(\.inBase)
        func rows(_ included: (MentorProfile.Status) -> Bool) throws -> [MentorBaseRow] {
            try eligible.filter { included($0.profile.status) }.map {
                MentorBaseRow(
                    profile: try $0.profile.requireID(), person: $0.person.value, value: $0.profile.value)
            }
        }
        let id = Slot.id(context.id)
        let bulk = TablePage.Bulk(
            action: SiteURL.mentorStatus(id).path,
            fields: [
                FormField(
                    "status", "Действие", kind: "select",
                    options: [.init(value: "registry", title: "Включить в реестр", selected: true)]),
                FormField("order", "Приказ", required: true, help: "Например: № 45 от 01.10.2026"),
            ], submitTitle: "Включить в реестр")
        return try await req.view.render(
            "bases/registry",
            RegistryContext(
                meta: Self.meta(req, "Реестр наставников", context), program: context.id,
                bulk: context.access.manages ? bulk : nil, candidates: try rows { $0 == .candidate },
                registered: try rows { ![.candidate, .left].contains($0) }))
    }

    /// A base page's layout data: the program in the crumbs, the organization in the header.
    private static func meta(_ req: Request, _ title: String, _ context: ProgramContext) throws -> PageMeta {
        req.pageMeta(
            title,
            breadcrumbs: try ProgramController.crumbs(context.organization) + [
                Link(context.program.title, .program(.id(context.id)))
            ],
            scopeName: context.organization.shortName)
    }
}
