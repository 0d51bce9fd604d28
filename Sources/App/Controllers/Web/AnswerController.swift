import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// The answer page behind a personal link: no account, no session — the long random token is the key.
struct AnswerController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(.answer(":token"), use: show)
        routes.post(.answer(":token"), body: .collect(maxSize: "1mb"), use: submit)
    }

    private func service(_ req: Request) -> AnswerService {
        AnswerService(db: req.db, clock: req.clock, requestID: req.id)
    }

    func show(req: Request) async throws -> Response {
        let found = try await service(req).open(req.parameters.get("token") ?? "")
        return try await req.renderAnswer(page(found, answers: [:], failure: nil, path: req.url.path))
    }

    func submit(req: Request) async throws -> Response {
        let token = req.parameters.get("token") ?? ""
        let raw = req.answers()
        let found = try await service(req).open(token)
        guard found.state == .open else {
            // An answered, closed or not yet open survey says so on its own page, not on an error page.
            return try await req.renderAnswer(page(found, answers: [:], failure: nil, path: nil), status: .conflict)
        }
        do {
            var thanks = page(try await service(req).submit(token, raw: raw), answers: [:], failure: nil, path: nil)
            thanks.message = "Спасибо! Ответ сохранён. Эту страницу можно закрыть."
            return try await req.renderAnswer(thanks)
        } catch let failure as ValidationFailure {
            return try await req.renderAnswer(
                page(found, answers: raw, failure: failure, path: req.url.path),
                status: .unprocessableEntity)
        }
    }

    private func page(
        _ found: AnswerService.Invitation, answers: Answers, failure: ValidationFailure?, path: String?
    ) -> AnswerPage {
        let open = found.state == .open
        return AnswerPage(
            questionnaire: found.questionnaire, choices: found.choices.callAsFunction, answers: answers,
            failure: failure,
            respondent: found.survey.anonymous ? nil : found.person.details.shortName, action: open ? path : nil,
            message: open ? nil : AnswerService.message(found.state), thanks: found.state == .answered)
    }
}
