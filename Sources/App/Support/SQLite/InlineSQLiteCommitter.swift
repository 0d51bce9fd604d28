import NIOCore
import NIOPosix
import Persistence
import SQLKit

/// Commits a statement in a write transaction of its own with one hop to the blocking pool, on a connection kept
/// for it: the driver's transaction took a hop for each of its four statements (begin, the lock, the insert, the
/// commit), and under load every hop waited for a thread. It passes the process's write gate like any transaction.
final class InlineSQLiteCommitter: @unchecked Sendable {
    private let path: String
    /// Opened on first use; touched only by the holder of the write gate.
    private var connection: InlineSQLiteConnection?

    init(path: String) {
        self.path = path
    }

    deinit {
        connection?.close()
    }

    func commit(
        _ statement: any SQLExpression, serializedBy sql: any SQLDatabase, on pool: NIOThreadPool
    ) async throws {
        let (text, values) = sql.serialize(statement)
        let binds = try InlineSQLiteConnection.binds(values)
        try await SQLiteWriteGate.shared.passing {
            try await pool.runIfActive(eventLoop: sql.eventLoop) {
                try self.opened().transaction([(text, binds)])
            }.get()
        }
    }

    private func opened() throws -> InlineSQLiteConnection {
        if let connection { return connection }
        let opened = try InlineSQLiteConnection(path: path)
        connection = opened
        return opened
    }
}
