import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import SQLiteNIO

/// The process's write transactions on the SQLite file, on one connection kept for them and touched only by the
/// holder of the write gate.
///
/// The driver's transaction sent each statement to its two-thread pool and back, and under load each return waited
/// for the event loop, busy with other requests, while the gate kept every other write waiting: a person's edit
/// (begin, the lock, the update, its audit row, the commit) held the gate for five such round trips. Here only the
/// `COMMIT`, which waits for the disk, goes to the pool, and the `BEGIN IMMEDIATE` when the file is busy (another
/// process writes it, or a write of the driver's outside the gate); the statements run at once on the thread of the
/// transaction's code.
final class InlineSQLiteWriter: @unchecked Sendable {
    private let path: String
    /// Opened on first use; the lock only guards against two child tasks of one transaction at once.
    private let connection = NIOLockedValueBox<InlineSQLiteConnection?>(nil)

    init(path: String) {
        self.path = path
    }

    deinit {
        connection.withLockedValue { $0?.close() }
    }

    /// Runs `body` in a write transaction; the caller holds the write gate (`atomically`).
    func transaction<T: Sendable>(
        on pool: NIOThreadPool, eventLoop: any EventLoop, _ body: @Sendable () async throws -> T
    ) async throws -> T {
        if try !run({ try $0.beginAtOnce() }) {
            try await pool.runIfActive(eventLoop: eventLoop) { try self.rows("BEGIN IMMEDIATE", []) }.get()
        }
        do {
            let result = try await body()
            try await pool.runIfActive(eventLoop: eventLoop) { try self.rows("COMMIT", []) }.get()
            return result
        } catch {
            _ = try? rows("ROLLBACK", [])
            throw error
        }
    }

    /// One statement of the open transaction.
    func rows(_ sql: String, _ binds: [SQLiteData]) throws -> [InlineSQLiteRow] {
        try run { try $0.rows(sql, binds) }
    }

    private func run<T>(_ body: (InlineSQLiteConnection) throws -> T) throws -> T {
        try connection.withLockedValue { connection in
            if let connection { return try body(connection) }
            let opened = try InlineSQLiteConnection(path: path)
            connection = opened
            return try body(opened)
        }
    }
}
