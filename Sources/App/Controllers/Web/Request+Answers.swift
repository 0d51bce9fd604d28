import Foundation
import MentoringCore
import Vapor

extension Request {
    /// A submitted questionnaire: `q_<id>` and `q_<id>[]` fields collected per question id, in the order sent.
    func answers() -> Answers {
        var answers: Answers = [:]
        for pair in (body.string ?? "").split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1).map {
                NULFreeInput.stripFormNUL(String($0)).replacingOccurrences(of: "+", with: " ").removingPercentEncoding
                    ?? ""
            }
            guard parts.count == 2, parts[0].hasPrefix("q_") else { continue }
            let id = String(parts[0].dropFirst(2)).replacingOccurrences(of: "[]", with: "")
            answers[id, default: []].append(parts[1])
        }
        return answers
    }
}

extension Request {
    /// Renders a questionnaire page (a survey, feedback after a meeting, a preview) with the vision switch.
    func renderAnswer(_ page: AnswerPage, status: HTTPStatus = .ok) async throws -> Response {
        var page = page
        let meta = pageMeta(page.title)
        page.accessible = meta.accessible
        page.visionURL = meta.visionURL
        return try await view.render("answer", page).encodeResponse(status: status, for: self)
    }
}
