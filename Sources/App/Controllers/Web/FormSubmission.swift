import Fluent
import FluentKit
import Foundation
import MentoringCore
import Vapor

extension Request {
    /// Runs a form submission; on a validation failure the same form comes back with the messages (422).
    func submit(_ action: () async throws -> Response,
                form: (ValidationFailure) async throws -> FormPage) async throws -> Response {
        do {
            return try await action()
        } catch let failure as ValidationFailure {
            var page = try await form(failure)
            page.form.failed = true
            return try await view.render("form", page).encodeResponse(status: .unprocessableEntity, for: self)
        }
    }

    func renderForm(_ page: FormPage) async throws -> View {
        try await view.render("form", page)
    }
}
