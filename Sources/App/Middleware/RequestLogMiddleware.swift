import Vapor

/// One log line and one metrics sample per request: its id, its route's pattern, the status and the duration.
/// The pattern (`/api/v1/people/:personID`), never the path or the query, so no name typed into a search and no
/// one-time link's secret reaches the log.
struct RequestLogMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let started = ContinuousClock.now
        do {
            let response = try await next.respond(to: request)
            record(request, status: response.status.code, since: started)
            return response
        } catch {
            record(request, status: 500, since: started)
            throw error
        }
    }

    private func record(_ request: Request, status: UInt, since started: ContinuousClock.Instant) {
        let duration = ContinuousClock.now - started
        let route = Self.pattern(of: request)
        request.application.metrics.request(route: route, status: status, duration: duration)
        request.logger.info(
            "request",
            metadata: [
                "route": .string(route), "status": .stringConvertible(status),
                "duration_ms": .string(String(format: "%.1f", duration / .milliseconds(1))),
            ])
    }

    /// The method and the matched route's pattern; a request no route matched (a static file, a 404) is counted
    /// under one name, so a scan of random paths cannot grow the metrics without bound.
    static func pattern(of request: Request) -> String {
        guard let route = request.route else { return "\(request.method.rawValue) unmatched" }
        return "\(request.method.rawValue) /" + route.path.map(\.description).joined(separator: "/")
    }
}
