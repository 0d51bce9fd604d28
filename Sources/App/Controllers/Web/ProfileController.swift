import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// Mentor and mentee profiles: adding a person of the organization to a base, the profile page and its form.
struct ProfileController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.newMentor(.key), use: newMentor)
        routes.post(.newMentor(.key), use: createMentor)
        routes.get(.newMentee(.key), use: newMentee)
        routes.post(.newMentee(.key), use: createMentee)
        routes.get(.mentorProfile(.key), use: mentor)
        routes.post(.mentorProfile(.key), use: updateMentor)
        routes.get(.menteeProfile(.key), use: mentee)
        routes.post(.menteeProfile(.key), use: updateMentee)
    }

    struct PersonChoice: Content { var person: String? }

    struct Fact: Encodable {
        var label: String
        var value: String
    }

    struct Page: Encodable {
        var meta: PageMeta
        var personURL: String
        var role: String
        var problems: [String]
        var facts: [Fact]
        var trainings: [String]
        var form: FormPage.Form?
    }

    private func terms(_ req: Request, _ org: OrganizationModel, _ forms: [MentoringForm]) async throws -> [String] {
        try await VocabularyService(scope: req.scope()).terms(of: forms.map(\.vocabulary), for: org)
    }

    private func crumbs(_ context: ProgramContext, base: SiteURL, title: String) -> [Link] {
        ProgramController.crumbs(context.organization) + [
            Link(context.program.title, .program(.id(context.id))), Link(title, base),
        ]
    }

    private func candidates(_ req: Request, _ context: ProgramContext, mentor: Bool) async throws -> [PersonModel] {
        let people = try await PersonModel.query(on: req.db).filter(\.$organization.$id == context.organization.id!)
            .filter(\.$anonymizedAt == nil).inNameOrder().all()
        return people.filter { person in
            let forms =
                mentor
                ? MentoringForm.mentorForms(for: person.details.categories)
                : MentoringForm.menteeForms(for: person.details.categories)
            return !Set(forms).isDisjoint(with: context.program.forms)
        }
    }

    // MARK: mentors

    func newMentor(req: Request) async throws -> View {
        let context = try await ProgramService(scope: req.scope()).managedProgram(req.id("programID"))
        var input = MentorProfileInput()
        input.capacity = "1"
        return try await req.renderForm(newMentorForm(req, context, input: input, person: nil, failure: nil))
    }

    func createMentor(req: Request) async throws -> Response {
        let context = try await ProgramService(scope: req.scope()).managedProgram(req.id("programID"))
        let input = try req.content.decode(MentorProfileInput.self)
        let person = try req.content.decode(PersonChoice.self).person
        return try await req.submit(
            {
                guard let id = person.flatMap(UUID.init(uuidString:)) else {
                    throw ValidationFailure(fields: ["person": "Выберите участника."])
                }
                let profile = try await BaseService(scope: req.scope()).addMentor(
                    to: context.id, personID: id, input: input)
                return req.redirect(to: SiteURL.mentorProfile(.id(profile.id!)).path)
            }, form: { try await newMentorForm(req, context, input: input, person: person, failure: $0) })
    }

    private func newMentorForm(
        _ req: Request, _ context: ProgramContext, input: MentorProfileInput, person: String?,
        failure: ValidationFailure?
    ) async throws -> FormPage {
        let people = try await candidates(req, context, mentor: true)
        return FormPage(
            meta: req.pageMeta(
                "Новый наставник",
                breadcrumbs: crumbs(context, base: .mentorBase(.id(context.id)), title: "База наставников"),
                scopeName: context.organization.shortName),
            form: .init(
                action: SiteURL.newMentor(.id(context.id)).path,
                fields: [ProfileForms.person(people, selected: person, failure: failure)]
                    + ProfileForms.mentor(
                        input, programForms: context.program.forms,
                        terms: try await terms(req, context.organization, context.program.forms), failure: failure),
                submitTitle: "Добавить в базу", cancelURL: SiteURL.mentorBase(.id(context.id)).path,
                intro:
                    "В базе наставник появится, когда у него будет действующее согласие на обработку данных и участие.")
        )
    }

    func mentor(req: Request) async throws -> View {
        let (context, entry) = try await BaseService(scope: req.scope()).mentor(req.id("profileID"))
        return try await req.view.render(
            "bases/profile",
            mentorPage(req, context, entry, input: MentorProfileInput(entry.profile.value), failure: nil))
    }

    func updateMentor(req: Request) async throws -> Response {
        let id = try req.id("profileID")
        let input = try req.content.decode(MentorProfileInput.self)
        do {
            _ = try await BaseService(scope: req.scope()).updateMentor(id, input: input)
            return req.redirect(to: SiteURL.mentorProfile(.id(id)).path)
        } catch let failure as ValidationFailure {
            let (context, entry) = try await BaseService(scope: req.scope()).mentor(id)
            return try await req.view.render(
                "bases/profile", mentorPage(req, context, entry, input: input, failure: failure)
            )
            .encodeResponse(status: .unprocessableEntity, for: req)
        }
    }

    private func mentorPage(
        _ req: Request, _ context: ProgramContext, _ entry: MentorEntry, input: MentorProfileInput,
        failure: ValidationFailure?
    ) async throws -> Page {
        let p = entry.profile.value
        let facts =
            [
                Fact(label: "Статус", value: p.status.title + (p.registryOrder.map { ", приказ \($0)" } ?? "")),
                Fact(label: "Формы наставничества", value: p.forms.map(\.title).joined(separator: "; ")),
                Fact(label: "Ролевые модели", value: p.roleModels.joined(separator: "; ")),
            ]
            + MentorProfile.shownFields.map { Fact(label: $0.0, value: $0.1(p)) }
        let trainings = p.trainings.map { t in
            [t.course, t.hours.map { "\($0) ч." }, t.completedOn?.russian, t.document].compactMap { $0 }.joined(
                separator: ", ")
        }
        let form: FormPage.Form? =
            context.access.manages
            ? FormPage.Form(
                action: SiteURL.mentorProfile(.id(entry.profile.id!)).path,
                fields: ProfileForms.mentor(
                    input, programForms: context.program.forms,
                    terms: try await terms(req, context.organization, context.program.forms), failure: failure),
                submitTitle: "Сохранить", cancelURL: SiteURL.mentorBase(.id(context.id)).path, failed: failure != nil)
            : nil
        return Page(
            meta: req.pageMeta(
                entry.person.details.fullName,
                breadcrumbs: crumbs(context, base: .mentorBase(.id(context.id)), title: "База наставников"),
                scopeName: context.organization.shortName),
            personURL: SiteURL.person(.id(entry.person.id!)).path,
            role: "Наставник, " + BaseRows.role(entry.person.details),
            problems: entry.problems.map(\.message), facts: facts, trainings: trainings, form: form)
    }

    // MARK: mentees

    func newMentee(req: Request) async throws -> View {
        let context = try await ProgramService(scope: req.scope()).managedProgram(req.id("programID"))
        var input = MenteeProfileInput()
        input.form = context.program.forms.first?.rawValue
        return try await req.renderForm(newMenteeForm(req, context, input: input, person: nil, failure: nil))
    }

    func createMentee(req: Request) async throws -> Response {
        let context = try await ProgramService(scope: req.scope()).managedProgram(req.id("programID"))
        let input = try req.content.decode(MenteeProfileInput.self)
        let person = try req.content.decode(PersonChoice.self).person
        return try await req.submit(
            {
                guard let id = person.flatMap(UUID.init(uuidString:)) else {
                    throw ValidationFailure(fields: ["person": "Выберите участника."])
                }
                let profile = try await BaseService(scope: req.scope()).addMentee(
                    to: context.id, personID: id, input: input)
                return req.redirect(to: SiteURL.menteeProfile(.id(profile.id!)).path)
            }, form: { try await newMenteeForm(req, context, input: input, person: person, failure: $0) })
    }

    private func newMenteeForm(
        _ req: Request, _ context: ProgramContext, input: MenteeProfileInput, person: String?,
        failure: ValidationFailure?
    ) async throws -> FormPage {
        let people = try await candidates(req, context, mentor: false)
        return FormPage(
            meta: req.pageMeta(
                "Новый наставляемый",
                breadcrumbs: crumbs(context, base: .menteeBase(.id(context.id)), title: "База наставляемых"),
                scopeName: context.organization.shortName),
            form: .init(
                action: SiteURL.newMentee(.id(context.id)).path,
                fields: [ProfileForms.person(people, selected: person, failure: failure)]
                    + ProfileForms.mentee(
                        input, programForms: context.program.forms,
                        terms: try await terms(req, context.organization, context.program.forms), failure: failure),
                submitTitle: "Добавить в базу", cancelURL: SiteURL.menteeBase(.id(context.id)).path,
                intro: "Несовершеннолетний появится в базе, когда законный представитель подпишет согласия."))
    }

    func mentee(req: Request) async throws -> View {
        let (context, entry) = try await BaseService(scope: req.scope()).mentee(req.id("profileID"))
        return try await req.view.render(
            "bases/profile",
            menteePage(req, context, entry, input: MenteeProfileInput(entry.profile.value), failure: nil))
    }

    func updateMentee(req: Request) async throws -> Response {
        let id = try req.id("profileID")
        let input = try req.content.decode(MenteeProfileInput.self)
        do {
            _ = try await BaseService(scope: req.scope()).updateMentee(id, input: input)
            return req.redirect(to: SiteURL.menteeProfile(.id(id)).path)
        } catch let failure as ValidationFailure {
            let (context, entry) = try await BaseService(scope: req.scope()).mentee(id)
            return try await req.view.render(
                "bases/profile", menteePage(req, context, entry, input: input, failure: failure)
            )
            .encodeResponse(status: .unprocessableEntity, for: req)
        }
    }

    private func menteePage(
        _ req: Request, _ context: ProgramContext, _ entry: MenteeEntry, input: MenteeProfileInput,
        failure: ValidationFailure?
    ) async throws -> Page {
        let p = entry.profile.value
        let facts =
            [
                Fact(label: "Статус", value: p.status.title), Fact(label: "Форма наставничества", value: p.form.title),
                Fact(label: "В листе ожидания с", value: p.waitingSince.russian),
            ]
            + MenteeProfile.shownFields.map { Fact(label: $0.0, value: $0.1(p)) }
        let form: FormPage.Form? =
            context.access.manages
            ? FormPage.Form(
                action: SiteURL.menteeProfile(.id(entry.profile.id!)).path,
                fields: ProfileForms.mentee(
                    input, programForms: context.program.forms,
                    terms: try await terms(req, context.organization, context.program.forms), failure: failure),
                submitTitle: "Сохранить", cancelURL: SiteURL.menteeBase(.id(context.id)).path, failed: failure != nil)
            : nil
        return Page(
            meta: req.pageMeta(
                entry.person.details.fullName,
                breadcrumbs: crumbs(context, base: .menteeBase(.id(context.id)), title: "База наставляемых"),
                scopeName: context.organization.shortName),
            personURL: SiteURL.person(.id(entry.person.id!)).path,
            role: "Наставляемый, " + BaseRows.role(entry.person.details),
            problems: entry.problems.map(\.message), facts: facts, trainings: [], form: form)
    }
}
