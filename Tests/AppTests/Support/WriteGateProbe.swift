import Foundation
import NIOConcurrencyHelpers
import Persistence
import Vapor

/// Sends a request while the test holds SQLite's write gate: whether it was answered in the 400 ms the gate was
/// held, and its status once the gate was let go.
func answeredWhileTheWriteGateIsHeld(
    _ request: @escaping @Sendable () async throws -> HTTPStatus
) async throws -> (early: Bool, status: HTTPStatus) {
    let answered = NIOLockedValueBox(false)
    let (released, release) = AsyncStream<Void>.makeStream()
    let holding = Task {
        try await SQLiteWriteGate.shared.passing {
            for await _ in released { break }
        }
    }
    try await Task.sleep(for: .milliseconds(50))
    let asking = Task {
        let status = try await request()
        answered.withLockedValue { $0 = true }
        return status
    }
    try await Task.sleep(for: .milliseconds(400))
    let early = answered.withLockedValue { $0 }
    release.yield()
    let status = try await asking.value
    try await holding.value
    return (early, status)
}
