import Foundation
import NIOCore
import SQLiteKit
import SQLiteNIO
import SQLitePlanning
import VaporCSQLite

/// A connection to the SQLite file driven on the calling thread: statements are prepared once and kept, each run is
/// reset at once so no read transaction stays open (the WAL could not be checkpointed past it). One thread uses it
/// at a time: its event loop's, or whichever holds the write gate.
final class InlineSQLiteConnection: @unchecked Sendable {
    /// Kept statements at most; more distinct texts (a list of ids of varying length) start the cache over.
    static let statementLimit = 256
    private var handle: OpaquePointer?
    private var statements: [String: Prepared] = [:]

    /// A kept statement and the index of its result columns.
    private struct Prepared {
        let statement: OpaquePointer
        let columns: InlineSQLiteRow.Columns
    }

    init(path: String) throws {
        let flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX
        let status = sqlite_nio_sqlite3_open_v2(path, &handle, flags, nil)
        guard status == SQLITE_OK else {
            let error = InlineSQLiteError(status: status, handle: handle)
            sqlite_nio_sqlite3_close(handle)
            throw error
        }
        sqlite_nio_sqlite3_busy_timeout(handle, Int32(SQLitePragmas.busyTimeoutMilliseconds))
        // A kept statement is planned once: SQLite would otherwise prepare a statement again after each run whose
        // plan weighed a bound value (`status = ?` as a likely 0 or 1), 9 % of a person read.
        try check(nastavnik_sqlite_plan_once(UnsafeMutableRawPointer(handle)))
        _ = try rows("PRAGMA synchronous = FULL", [])
    }

    func close() {
        for prepared in statements.values { sqlite_nio_sqlite3_finalize(prepared.statement) }
        statements = [:]
        sqlite_nio_sqlite3_close(handle)
        handle = nil
    }

    /// The rows of one statement with its values bound in order.
    func rows(_ sql: String, _ binds: [SQLiteData]) throws -> [InlineSQLiteRow] {
        let prepared = try statement(sql)
        let statement = prepared.statement
        defer {
            sqlite_nio_sqlite3_reset(statement)
            sqlite_nio_sqlite3_clear_bindings(statement)
        }
        for (index, value) in binds.enumerated() {
            try check(bind(value, at: Int32(index + 1), of: statement))
        }
        var rows: [InlineSQLiteRow] = []
        var columns = prepared.columns
        while true {
            let status = sqlite_nio_sqlite3_step(statement)
            if status == SQLITE_DONE { return rows }
            guard status == SQLITE_ROW else { throw InlineSQLiteError(status: status, handle: handle) }
            // A changed schema prepares the statement again (`SELECT *` after a new column): its columns too.
            if rows.isEmpty, Int(sqlite_nio_sqlite3_column_count(statement)) != columns.names.count {
                columns = Self.columns(of: statement)
                statements[sql] = Prepared(statement: statement, columns: columns)
            }
            rows.append(
                InlineSQLiteRow(
                    columns: columns, values: (0..<Int32(columns.names.count)).map { value(at: $0, of: statement) }))
        }
    }

    /// A statement's values as SQLite takes them, encoded as the driver encodes its own.
    static func binds(_ values: [any Encodable & Sendable]) throws -> [SQLiteData] {
        let encoder = SQLiteDataEncoder()
        return try values.map { try encoder.encode($0) }
    }

    /// How many times SQLite prepared the kept statement again (after a schema change, or for a new bound value).
    func repreparations(of sql: String) -> Int {
        statements[sql].map { Int(sqlite_nio_sqlite3_stmt_status($0.statement, SQLITE_STMTSTATUS_REPREPARE, 0)) } ?? 0
    }

    /// Begins a write transaction if the file is free now; `false`, and nothing begun, when another connection
    /// holds it (the caller then waits for it where waiting blocks no event loop).
    func beginAtOnce() throws -> Bool {
        sqlite_nio_sqlite3_busy_timeout(handle, 0)
        defer { sqlite_nio_sqlite3_busy_timeout(handle, Int32(SQLitePragmas.busyTimeoutMilliseconds)) }
        do {
            _ = try rows("BEGIN IMMEDIATE", [])
            return true
        } catch let error as InlineSQLiteError where error.contention == .busy {
            return false
        }
    }

    private func statement(_ sql: String) throws -> Prepared {
        if let kept = statements[sql] { return kept }
        if statements.count >= Self.statementLimit {
            for prepared in statements.values { sqlite_nio_sqlite3_finalize(prepared.statement) }
            statements = [:]
        }
        var statement: OpaquePointer?
        try check(sqlite_nio_sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &statement, nil))
        guard let statement else { throw InlineSQLiteError(status: SQLITE_MISUSE, handle: handle) }
        let prepared = Prepared(statement: statement, columns: Self.columns(of: statement))
        statements[sql] = prepared
        return prepared
    }

    private static func columns(of statement: OpaquePointer) -> InlineSQLiteRow.Columns {
        InlineSQLiteRow.Columns(
            names: (0..<sqlite_nio_sqlite3_column_count(statement)).map {
                sqlite_nio_sqlite3_column_name(statement, $0).map { String(cString: $0) } ?? ""
            })
    }

    private func bind(_ value: SQLiteData, at index: Int32, of statement: OpaquePointer) -> Int32 {
        switch value {
        case .integer(let number): sqlite_nio_sqlite3_bind_int64(statement, index, Int64(number))
        case .float(let number): sqlite_nio_sqlite3_bind_double(statement, index, number)
        case .null: sqlite_nio_sqlite3_bind_null(statement, index)
        case .text(let text):
            sqlite_nio_sqlite3_bind_text64(
                statement, index, text, UInt64(text.utf8.count), Self.transient, UInt8(SQLITE_UTF8))
        case .blob(let bytes):
            bytes.withUnsafeReadableBytes {
                sqlite_nio_sqlite3_bind_blob64(statement, index, $0.baseAddress, UInt64($0.count), Self.transient)
            }
        }
    }

    /// The column's value as SQLiteNIO reads it (text up to its first NUL, as its driver does).
    private func value(at column: Int32, of statement: OpaquePointer) -> SQLiteData {
        switch sqlite_nio_sqlite3_column_type(statement, column) {
        case SQLITE_INTEGER: return .integer(Int(sqlite_nio_sqlite3_column_int64(statement, column)))
        case SQLITE_FLOAT: return .float(sqlite_nio_sqlite3_column_double(statement, column))
        case SQLITE_TEXT:
            return sqlite_nio_sqlite3_column_text(statement, column).map { .text(String(cString: $0)) } ?? .null
        case SQLITE_BLOB:
            let length = Int(sqlite_nio_sqlite3_column_bytes(statement, column))
            var buffer = ByteBufferAllocator().buffer(capacity: length)
            if let bytes = sqlite_nio_sqlite3_column_blob(statement, column) {
                buffer.writeBytes(UnsafeRawBufferPointer(start: bytes, count: length))
            }
            return .blob(buffer)
        default: return .null
        }
    }

    private func check(_ status: Int32) throws {
        guard status == SQLITE_OK else { throw InlineSQLiteError(status: status, handle: handle) }
    }

    /// SQLite copies the bound text or bytes before the call returns.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
}

/// An error SQLite reported, with its message.
struct InlineSQLiteError: Error, CustomStringConvertible {
    let status: Int32
    let message: String

    init(status: Int32, message: String) {
        self.status = status
        self.message = message
    }

    init(status: Int32, handle: OpaquePointer?) {
        self.init(
            status: status,
            message: sqlite_nio_sqlite3_errmsg(handle).map { String(cString: $0) } ?? "SQLite error \(status)")
    }

    var description: String { "SQLite: \(message) (\(status))" }

    /// The file is busy (another process writes it) or a key is taken: a 503 or a 409, as the driver's errors.
    var contention: DatabaseContention? {
        switch status & 0xff {
        case SQLITE_BUSY, SQLITE_LOCKED: .busy
        case SQLITE_CONSTRAINT where message.contains("UNIQUE"): .duplicate
        default: nil
        }
    }
}
