import Fluent
import FluentKit
import Foundation
import Vapor

struct OpenAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("openapi.json", use: document)
    }

    func document(req: Request) async throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        let response = Response(status: .ok, body: .init(data: try encoder.encode(OpenAPIDocument.document)))
        response.headers.contentType = .json
        return response
    }
}
