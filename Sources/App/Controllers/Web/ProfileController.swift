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

    private func terms(_ req: Request, _ org: OrganizationModel, _ forms: [MentoringForm]) async throws -> [String] {
        try await VocabularyService(scope: req.scope()).terms(of: forms.map(\.vocabulary), for: org)
    }

    private func crumbs(_ context: ProgramContext, base: SiteURL, title: String) throws -> [Link] {
        try ProgramController.crumbs(context.organization) + [
            Link(context.program.title, .program(.id(context.id))), Link(title, base),
        ]
    }

    // MARK: mentors

    func newMentor(req: Request) async throws -> View {
        let context = try await ProgramService(scope: req.scope()).managedProgram(req.id("programID"))
        var input = MentorProfileInput()
        input.capacity = "1"
        return try await req.render(newMentorForm(req, context, input: input, person: nil, failure: nil))
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
                return req.redirect(to: SiteURL.mentorProfile(.id(try profile.requireID())).path)
            }, form: { try await newMentorForm(req, context, input: input, person: person, failure: $0) })
    }

    private func newMentorForm(
        _ req: Request, _ context: ProgramContext, input: MentorProfileInput, person: String?,
        failure: ValidationFailure?
    ) async throws -> NewProfileContext {
        NewProfileContext(
            meta: req.pageMeta(
                "Новый наставник",
                breadcrumbs: try crumbs(context, base: .mentorBase(.id(context.id)), title: "База наставников"),
                scopeName: context.organization.shortName),
            program: context.id, programForms: context.program.forms,
            people: try await BaseService(scope: req.scope()).candidates(context, mentor: true),
            terms: try await terms(req, context.organization, context.program.forms), person: person, input: input,
            failure: failure)
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
    ) async throws -> ProfileContext {
        ProfileContext(
            meta: req.pageMeta(
                entry.person.details.fullName,
                breadcrumbs: try crumbs(context, base: .mentorBase(.id(context.id)), title: "База наставников"),
                scopeName: context.organization.shortName),
            program: context.id, profile: (try entry.profile.requireID(), entry.profile.value),
            person: try entry.person.requireID(), details: entry.person.details,
            problems: entry.problems.map(\.message), programForms: context.program.forms,
            terms: context.access.manages ? try await terms(req, context.organization, context.program.forms) : nil,
            input: input, failure: failure)
    }

    // MARK: mentees

    func newMentee(req: Request) async throws -> View {
        let context = try await ProgramService(scope: req.scope()).managedProgram(req.id("programID"))
        var input = MenteeProfileInput()
        input.form = context.program.forms.first?.rawValue
        return try await req.render(newMenteeForm(req, context, input: input, person: nil, failure: nil))
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
                return req.redirect(to: SiteURL.menteeProfile(.id(try profile.requireID())).path)
            }, form: { try await newMenteeForm(req, context, input: input, person: person, failure: $0) })
    }

    private func newMenteeForm(
        _ req: Request, _ context: ProgramContext, input: MenteeProfileInput, person: String?,
        failure: ValidationFailure?
    ) async throws -> NewProfileContext {
        NewProfileContext(
            meta: req.pageMeta(
                "Новый наставляемый",
                breadcrumbs: try crumbs(context, base: .menteeBase(.id(context.id)), title: "База наставляемых"),
                scopeName: context.organization.shortName),
            program: context.id, programForms: context.program.forms,
            people: try await BaseService(scope: req.scope()).candidates(context, mentor: false),
            terms: try await terms(req, context.organization, context.program.forms), person: person, input: input,
            failure: failure)
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
    ) async throws -> ProfileContext {
        ProfileContext(
            meta: req.pageMeta(
                entry.person.details.fullName,
                breadcrumbs: try crumbs(context, base: .menteeBase(.id(context.id)), title: "База наставляемых"),
                scopeName: context.organization.shortName),
            program: context.id, profile: (try entry.profile.requireID(), entry.profile.value),
            person: try entry.person.requireID(), details: entry.person.details,
            problems: entry.problems.map(\.message), programForms: context.program.forms,
            terms: context.access.manages ? try await terms(req, context.organization, context.program.forms) : nil,
            input: input, failure: failure)
    }
}
