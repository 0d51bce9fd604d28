import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// What an authority keeps by the municipal order: the curators of all organizations and the mentors — from teachers,
/// from enterprises, from students — and those offered to other organizations. Only people with a valid consent.
/// Also the participant's own page of questionnaires to answer.
struct MunicipalBaseController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.municipalBases, use: bases)
        routes.get(.mySurveys, use: mySurveys)
    }

    func bases(req: Request) async throws -> View {
        let (municipalities, curators, mentors) = try await MunicipalBases(scope: req.scope()).read()
        return try await req.view.render(
            "bases/municipal",
            MunicipalBasesContext(
                meta: req.pageMeta("Муниципальные базы"), municipalities: municipalities, curators: curators,
                mentors: mentors))
    }

    /// The signed-in participant's open invitations, and a legal representative's children's: the same personal
    /// links the curator sends.
    func mySurveys(req: Request) async throws -> View {
        let surveys = try await ParticipantService(scope: req.scope()).surveys()
        return try await req.view.render(
            "surveys/mine", MySurveysContext(meta: req.pageMeta("Мои анкеты"), surveys: surveys))
    }
}
