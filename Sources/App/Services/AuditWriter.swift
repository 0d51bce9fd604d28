import Fluent
import FluentKit
import Foundation
import Logging
import Persistence

/// Commits the audit rows of reads in groups. The rows that arrive while one group is being committed go together
/// in the next, so many reads share one commit (one fsync on SQLite) and nothing waits for a timer.
/// A change of personal data does not come here: its row is written in the change's own transaction.
actor AuditWriter {
    /// More rows wait for the next group.
    static let groupLimit = 400

    private let database: @Sendable () -> (any Database)?
    /// Each read waits until its row is committed (`STRICT_AUDIT`, on by default); otherwise it is answered at once
    /// and its row follows within milliseconds — a crash in between loses those rows.
    private let strict: Bool
    private let logger: Logger
    private var pending: [(entry: AuditEntryModel, committed: CheckedContinuation<Void, any Error>?)] = []
    private var draining: Task<Void, Never>?

    init(strict: Bool, logger: Logger, database: @escaping @Sendable () -> (any Database)?) {
        self.strict = strict
        self.logger = logger
        self.database = database
    }

    func write(_ entry: AuditEntryModel) async throws {
        guard strict else {
            pending.append((entry, nil))
            startDraining()
            return
        }
        try await withCheckedThrowingContinuation { committed in
            pending.append((entry, committed))
            startDraining()
        }
    }

    /// Waits until every row handed in so far is committed: at shutdown.
    func flush() async {
        while let draining {
            await draining.value
        }
    }

    private func startDraining() {
        guard draining == nil else { return }
        draining = Task { await drain() }
    }

    private func drain() async {
        while !pending.isEmpty {
            let group = Array(pending.prefix(Self.groupLimit))
            pending.removeFirst(group.count)
            let entries = group.map(\.entry)
            do {
                guard let database = database() else { throw NoDatabase() }
                // One statement: the group is committed whole or not at all.
                try await database.writingAlone { db in try await AuditEntryModel.insert(entries, on: db) }
                for row in group { row.committed?.resume() }
            } catch {
                // The error as the driver describes it for logs: PostgreSQL's full form would show the rows' values.
                logger.error("audit rows not written: \(error)", metadata: ["rows": "\(group.count)"])
                for row in group { row.committed?.resume(throwing: error) }
            }
        }
        draining = nil
    }

    /// The app's database is gone: the app is stopping.
    struct NoDatabase: Error {}
}
