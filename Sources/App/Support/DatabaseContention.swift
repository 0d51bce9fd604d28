import AsyncKit
import FluentKit
import FluentPostgresDriver
import Foundation
import SQLiteNIO

/// The database refusals that two people clicking at once cause, on either database: a write that waited too
/// long for another (SQLite's one writer is busy; PostgreSQL broke a deadlock or a serialization conflict), and
/// a second row where a unique key allows one. Neither is the server's fault, so neither may become a 500.
enum DatabaseContention: Error, Equatable {
    case busy
    case duplicate

    init?(_ error: any Error) {
        if error is ConnectionPoolTimeoutError {
            self = .busy
        } else if let error = error as? SQLiteError {
            switch error.reason {
            case .busy, .locked, .busyTimeout, .busyInSnapshot, .busyInRecovery: self = .busy
            case .constraintUniqueFailed, .constraintPrimaryKeyFailed: self = .duplicate
            case .constraint where error.message.contains("UNIQUE"): self = .duplicate
            default: return nil
            }
        } else if let error = error as? InlineSQLiteError, let contention = error.contention {
            self = contention
        } else if let error = error as? PSQLError, let state = error.serverInfo?[.sqlState] {
            switch state {
            case "40001", "40P01", "55P03": self = .busy
            case "23505": self = .duplicate
            default: return nil
            }
        } else {
            return nil
        }
    }

    /// Runs a write that creates a row on its first run and changes it later; of two first runs at once, the one
    /// that loses the unique key runs once more and finds the row the other made.
    static func againIfDuplicate(_ write: () async throws -> Void) async throws {
        do {
            try await write()
        } catch let error where DatabaseContention(error) == .duplicate {
            try await write()
        }
    }

    /// What made the database refuse, for the log: the driver's reason, never a query or its values (a bound value
    /// may be a name).
    static func cause(of error: any Error) -> String {
        switch error {
        case is ConnectionPoolTimeoutError: "no connection to the database was free in time"
        case let error as SQLiteError: "SQLite: \(error.reason)"
        case let error as InlineSQLiteError: error.description
        case let error as PSQLError: "PostgreSQL: SQLSTATE \(error.serverInfo?[.sqlState] ?? "unknown")"
        default: "\(type(of: error))"
        }
    }

    static let busyMessage =
        "Сервер занят другой записью. Ничего не потеряно — повторите действие через несколько секунд."
    static let duplicateMessage = "Такая запись уже есть: возможно, форму отправили дважды. Обновите страницу."
}
