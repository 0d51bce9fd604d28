import Fluent
import FluentKit
import Foundation
import MentoringCore
import Vapor

/// The answer page behind a personal link: no account, no session — the long random token is the key.
struct AnswerController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.answer(":token"), use: show)
        routes.post(.answer(":token"), body: .collect(maxSize: "1mb"), use: submit)
    }

    private func service(_ req: Request) -> AnswerService { AnswerService(db: req.db, clock: req.clock, requestID: req.id) }

    func show(req: Request) async throws -> View {
        let found = try await service(req).open(req.parameters.get("token") ?? "")
        return try await req.view.render("answer", page(found, answers: [:], failure: nil, path: req.url.path))
    }

    func submit(req: Request) async throws -> Response {
        let token = req.parameters.get("token") ?? ""
        let raw = req.answers()
        do {
            let answered = try await service(req).submit(token, raw: raw)
            return try await req.view.render("answer", page(answered, answers: [:], failure: nil, path: nil)).encodeResponse(for: req)
        } catch let failure as ValidationFailure {
            let found = try await service(req).open(token)
            return try await req.view.render("answer", page(found, answers: raw, failure: failure, path: req.url.path))
                .encodeResponse(status: .unprocessableEntity, for: req)
        }
    }

    private func page(_ found: AnswerService.Invitation, answers: Answers, failure: ValidationFailure?, path: String?) -> AnswerPage {
        let open = found.state == .open
        return AnswerPage(questionnaire: found.questionnaire, choices: found.choices.callAsFunction, answers: answers, failure: failure,
                          respondent: found.survey.anonymous ? nil : found.person.details.shortName, action: open ? path : nil,
                          message: open ? nil : AnswerService.message(found.state), thanks: found.state == .answered)
    }
}
