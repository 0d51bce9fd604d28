import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// Programs, the bases, questionnaires and surveys — the same services as the pages.
struct APIBaseController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("organizations", ":organizationID", "programs", use: programs)
        routes.post("organizations", ":organizationID", "programs", use: createProgram)
        routes.get("programs", ":programID", use: program)
        routes.get("programs", ":programID", "mentors", use: mentors)
        routes.post("programs", ":programID", "mentors", use: addMentor)
        routes.get("programs", ":programID", "mentees", use: mentees)
        routes.post("programs", ":programID", "mentees", use: addMentee)
        routes.get("mentor-profiles", ":profileID", use: mentor)
        routes.put("mentor-profiles", ":profileID", use: updateMentor)
        routes.get("mentee-profiles", ":profileID", use: mentee)
        routes.put("mentee-profiles", ":profileID", use: updateMentee)
        routes.get("organizations", ":organizationID", "questionnaires", use: questionnaires)
        routes.post("organizations", ":organizationID", "questionnaires", use: saveQuestionnaire)
        routes.post("programs", ":programID", "surveys", use: createSurvey)
        routes.get("surveys", ":surveyID", use: survey)
    }

    func programs(req: Request) async throws -> [ProgramDTO] {
        try await ProgramService(scope: req.scope()).programs(in: req.id("organizationID")).programs.map(
            ProgramDTO.init)
    }

    func createProgram(req: Request) async throws -> Response {
        let program = try await ProgramService(scope: req.scope()).create(
            in: req.id("organizationID"), input: req.content.decode(ProgramInput.self))
        return try await ProgramDTO(program.value).encodeResponse(status: .created, for: req)
    }

    func program(req: Request) async throws -> ProgramDTO {
        ProgramDTO(try await ProgramService(scope: req.scope()).program(req.id("programID")).program.value)
    }

    /// The base: people with a valid consent only.
    func mentors(req: Request) async throws -> [MentorDTO] {
        try await BaseService(scope: req.scope()).mentors(req.id("programID")).1.filter(\.inBase).map(MentorDTO.init)
    }

    func mentees(req: Request) async throws -> [MenteeDTO] {
        try await BaseService(scope: req.scope()).mentees(req.id("programID")).1.filter(\.inBase).map(MenteeDTO.init)
    }

    struct PersonField: Content { var personID: UUID? }

    func addMentor(req: Request) async throws -> Response {
        _ = try await ProgramService(scope: req.scope()).managedProgram(req.id("programID"))
        guard let person = try req.content.decode(PersonField.self).personID else {
            throw ValidationFailure(fields: ["personID": "Укажите участника."])
        }
        let profile = try await BaseService(scope: req.scope()).addMentor(
            to: req.id("programID"), personID: person, input: req.content.decode(MentorProfileInput.self))
        return try await mentorDTO(req, (try profile.requireID())).encodeResponse(status: .created, for: req)
    }

    func addMentee(req: Request) async throws -> Response {
        _ = try await ProgramService(scope: req.scope()).managedProgram(req.id("programID"))
        guard let person = try req.content.decode(PersonField.self).personID else {
            throw ValidationFailure(fields: ["personID": "Укажите участника."])
        }
        let profile = try await BaseService(scope: req.scope()).addMentee(
            to: req.id("programID"), personID: person, input: req.content.decode(MenteeProfileInput.self))
        return try await menteeDTO(req, (try profile.requireID())).encodeResponse(status: .created, for: req)
    }

    func mentor(req: Request) async throws -> MentorDTO { try await mentorDTO(req, req.id("profileID")) }
    func mentee(req: Request) async throws -> MenteeDTO { try await menteeDTO(req, req.id("profileID")) }

    func updateMentor(req: Request) async throws -> MentorDTO {
        let id = try req.id("profileID")
        _ = try await BaseService(scope: req.scope()).updateMentor(
            id, input: req.content.decode(MentorProfileInput.self))
        return try await mentorDTO(req, id)
    }

    func updateMentee(req: Request) async throws -> MenteeDTO {
        let id = try req.id("profileID")
        _ = try await BaseService(scope: req.scope()).updateMentee(
            id, input: req.content.decode(MenteeProfileInput.self))
        return try await menteeDTO(req, id)
    }

    private func mentorDTO(_ req: Request, _ id: UUID) async throws -> MentorDTO {
        try MentorDTO(try await BaseService(scope: req.scope()).mentor(id).1)
    }
    private func menteeDTO(_ req: Request, _ id: UUID) async throws -> MenteeDTO {
        try MenteeDTO(try await BaseService(scope: req.scope()).mentee(id).1)
    }

    func questionnaires(req: Request) async throws -> [QuestionnaireDTO] {
        let scope = try req.scope()
        let id = try req.id("organizationID")
        _ = try await OrganizationDirectory(scope: scope).organization(id)
        return try await SurveyService(scope: scope).templates(for: id).map(QuestionnaireDTO.init)
    }

    /// A questionnaire written as JSON; the same key saves the next version.
    func saveQuestionnaire(req: Request) async throws -> Response {
        _ = try await OrganizationDirectory(scope: req.scope()).managedOrganization(req.id("organizationID"))
        let questionnaire: Questionnaire
        do { questionnaire = try req.content.decode(Questionnaire.self) } catch let error as DecodingError {
            throw ValidationFailure(fields: ["definition": "Анкета не прочитана: \(error.localizedDescription)"])
        }
        let model = try await SurveyService(scope: req.scope()).saveTemplate(
            questionnaire, organizationID: req.id("organizationID"))
        return try await QuestionnaireDTO(model).encodeResponse(status: .created, for: req)
    }

    func createSurvey(req: Request) async throws -> Response {
        let scope = try req.scope()
        let survey = try await SurveyService(scope: scope, letters: req.surveyLetters)
            .create(in: req.id("programID"), input: req.content.decode(SurveyInput.self))
        return try await SurveyDTO(try await SurveyService(scope: scope).report(try survey.requireID()), results: false)
            .encodeResponse(status: .created, for: req)
    }

    /// The survey with its results (per question counts, shares, averages, texts).
    func survey(req: Request) async throws -> SurveyDTO {
        try SurveyDTO(try await SurveyService(scope: req.scope()).report(req.id("surveyID")), results: true)
    }
}
