import Foundation
import Logging
import NIOConcurrencyHelpers
import Vapor
import VaporTesting

/// The SQL statements each request runs. The drivers log every statement at debug level to the logger of the
/// request's database handle; in tests that is the app's logger with the request's id, which this one replaces.
final class QueryCounter: Sendable {
    private let statements = NIOLockedValueBox([String: [String]]())

    init(_ app: Application) {
        app.logger = Logger(label: "query-counter") { _ in Handler(counter: self) }
    }

    /// Sends a GET with a fresh request id and gives the answer with the statements it ran.
    func get(
        _ app: Application, _ path: String, headers: HTTPHeaders = [:]
    ) async throws -> (response: TestingHTTPResponse, statements: [String]) {
        let id = "counted-\(UUID().uuidString)"
        var headers = headers
        headers.replaceOrAdd(name: .xRequestId, value: id)
        let response = try await app.testing().sendRequest(.GET, path, headers: headers)
        return (response, statements.withLockedValue { $0.removeValue(forKey: id) ?? [] })
    }

    private func record(_ sql: String, of requestID: String) {
        statements.withLockedValue { $0[requestID, default: []].append(sql) }
    }

    private struct Handler: LogHandler {
        let counter: QueryCounter
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .debug

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            guard event.message.description == "Executing query", case .string(let id)? = metadata["request-id"],
                case .string(let sql)? = event.metadata?["sql"]
            else { return }
            counter.record(sql, of: id)
        }
    }
}
