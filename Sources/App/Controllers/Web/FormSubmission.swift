import Fluent
import FluentKit
import Foundation
import MentoringCore
import Vapor

extension Request {
    /// Runs a form submission; on a validation failure the same form comes back with the messages (422).
    func submit<Page: FormContext>(
        _ action: () async throws -> Response,
        form: (ValidationFailure) async throws -> Page
    ) async throws -> Response {
        do {
            return try await action()
        } catch let failure as ValidationFailure {
            var page = try await form(failure)
            page.form.failed = true
            return try await render(page).encodeResponse(status: .unprocessableEntity, for: self)
        }
    }

    /// Runs a change made from a page's own controls: on success goes to the returned address with the notice;
    /// on a validation failure the page comes back (422) with the messages on top.
    func applyChange(
        _ change: () async throws -> (url: String, notice: String?),
        page: (String) async throws -> View
    ) async throws -> Response {
        do {
            let (url, notice) = try await change()
            return try await redirect(to: url, notice: notice)
        } catch let failure as ValidationFailure {
            return try await page(failure.fields.values.sorted().joined(separator: " ")).encodeResponse(
                status: .unprocessableEntity, for: self)
        }
    }

    func render<Page: FormContext>(_ page: Page) async throws -> View {
        try await view.render(Page.template, page)
    }
}
