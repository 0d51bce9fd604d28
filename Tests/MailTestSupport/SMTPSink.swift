import Foundation

/// A real SMTP server for a test (aiosmtpd through `smtp_sink.py`), with what it received.
public final class SMTPSink: @unchecked Sendable {
    /// One message as the sink parsed it.
    public struct Received: Decodable, Sendable {
        public var mailFrom: String
        public var rcptTos: [String]
        public var login: String?
        public var tls: Bool
        public var headers: [String: String]
        public var text: String?
        public var html: String?
        public var raw: String
    }

    public struct Unavailable: Error, CustomStringConvertible {
        public var description: String
    }

    /// A Python that has aiosmtpd (Debian's `python3-aiosmtpd`, or `pip install aiosmtpd`), if any.
    public static let python: String? = ["/usr/bin/python3", "/usr/local/bin/python3", "python3"].first { candidate in
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [candidate, "-c", "import aiosmtpd"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return false }
        process.waitUntilExit()
        return process.terminationStatus == 0
    }

    /// CI sets `NASTAVNIK_REQUIRE_SMTP_SINK=1`: there a missing aiosmtpd fails the mail tests instead of skipping them.
    public static var shouldRun: Bool {
        python != nil || ProcessInfo.processInfo.environment["NASTAVNIK_REQUIRE_SMTP_SINK"] == "1"
    }

    public let port: Int
    public let directory: URL
    private let process: Process
    private let input: Pipe

    public init(_ options: [String] = []) throws {
        guard let python = Self.python else {
            throw Unavailable(
                description: "нет Python с aiosmtpd: apt-get install python3-aiosmtpd или pip install aiosmtpd")
        }
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("smtp-sink-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let portFile = directory.appendingPathComponent("port")
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("smtp_sink.py")
        process = Process()
        input = Pipe()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, script.path, "--dir", directory.path, "--port-file", portFile.path] + options
        process.standardInput = input
        try process.run()
        let deadline = Date().addingTimeInterval(15)
        while !FileManager.default.fileExists(atPath: portFile.path) {
            guard Date() < deadline, process.isRunning else {
                throw Unavailable(description: "smtp_sink.py не запустился")
            }
            Thread.sleep(forTimeInterval: 0.05)
        }
        port = Int(try String(contentsOf: portFile, encoding: .utf8)) ?? 0
    }

    deinit { stop() }

    public func stop() {
        try? input.fileHandleForWriting.close()
        if process.isRunning { process.waitUntilExit() }
        try? FileManager.default.removeItem(at: directory)
    }

    /// Everything received so far, in order.
    public func messages() -> [Received] {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
        return names.compactMap { name in
            (try? Data(contentsOf: directory.appendingPathComponent(name)))
                .flatMap { try? JSONDecoder().decode(Received.self, from: $0) }
        }
    }

    /// Waits until at least `count` messages arrived (the sink writes each as soon as DATA ends).
    public func waitFor(_ count: Int, seconds: Double = 30) async throws -> [Received] {
        let deadline = Date().addingTimeInterval(seconds)
        while true {
            let received = messages()
            if received.count >= count || Date() > deadline { return received }
            try await Task.sleep(nanoseconds: 50_000_000)
        }
    }
}
