import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix

/// One read connection to the SQLite file per event loop, opened on first use and used only on its loop's thread.
final class InlineSQLiteReaders: Sendable {
    private let path: String
    private let connections = NIOLockedValueBox<[ObjectIdentifier: InlineSQLiteConnection]>([:])

    init(path: String) {
        self.path = path
    }

    deinit {
        connections.withLockedValue { open in
            for connection in open.values { connection.close() }
        }
    }

    /// Runs `body` with the connection of the loop the caller is on, or hops to `loop` when the caller is on none.
    func withConnection<T: Sendable>(
        on loop: any EventLoop, _ body: @escaping @Sendable (InlineSQLiteConnection) throws -> T
    ) async throws -> T {
        if let current = MultiThreadedEventLoopGroup.currentEventLoop {
            return try body(try connection(of: current))
        }
        return try await loop.submit { try body(try self.connection(of: loop)) }.get()
    }

    private func connection(of loop: any EventLoop) throws -> InlineSQLiteConnection {
        let key = ObjectIdentifier(loop)
        if let open = connections.withLockedValue({ $0[key] }) { return open }
        let opened = try InlineSQLiteConnection(path: path)
        connections.withLockedValue { $0[key] = opened }
        return opened
    }
}
