import Foundation
import Mail
import MailTestSupport
import NIOCore
import NIOPosix
import Testing

/// The client against a real SMTP server (aiosmtpd) on 127.0.0.1.
@Suite(.enabled(if: SMTPSink.shouldRun, "needs aiosmtpd (python3-aiosmtpd)"), .serialized)
struct SMTPClientTests {
    static let from = Mailbox(name: "Школа № 5", address: MailAddress("school5@example.ru")!)

    static func message(
        to address: String, subject: String = "Приглашение", id: String = UUID().uuidString
    ) -> MailMessage {
        MailMessage(
            from: from, to: Mailbox(name: "Иванова Мария", address: MailAddress(address)!), subject: subject,
            text: "Здравствуйте!\n.\nСсылка: https://nastavnik.example.ru/invite/abc", html: "<p>Здравствуйте!</p>",
            unsubscribeURL: nil, messageID: id + "@example.ru", date: Date())
    }

    static func client(_ url: String, port: Int, caFile: String? = nil) throws -> SMTPClient {
        var server = try SMTPServer.parse(url.replacingOccurrences(of: "PORT", with: String(port))).get()
        server.trustedCAFile = caFile
        return SMTPClient(server: server, group: MultiThreadedEventLoopGroup.singleton, timeout: .seconds(30))
    }

    @Test func deliversMessagesOverOneSession() async throws {
        let sink = try SMTPSink()
        let outcomes = try await Self.client("smtp://127.0.0.1:PORT", port: sink.port).send([
            Self.message(to: "ivanova@example.ru", subject: "Приглашение в «Наставник»"),
            Self.message(to: "petrov@example.ru", subject: "Сброс пароля"),
        ])
        #expect(outcomes == [.sent, .sent])
        let received = try await sink.waitFor(2)
        try #require(received.count == 2)
        #expect(received[0].rcptTos == ["ivanova@example.ru"] && received[0].mailFrom == "school5@example.ru")
        #expect(received[0].headers["Subject"] == "Приглашение в «Наставник»")
        #expect(received[0].headers["From"] == "Школа № 5 <school5@example.ru>")
        // Text parts travel with CRLF line ends.
        #expect(
            received[0].text?.replacingOccurrences(of: "\r\n", with: "\n")
                == "Здравствуйте!\n.\nСсылка: https://nastavnik.example.ru/invite/abc")
        #expect(received[0].html?.contains("<p>Здравствуйте!</p>") == true)
        #expect(received[1].headers["Subject"] == "Сброс пароля")
    }

    @Test func oneRefusedRecipientDoesNotStopTheOthers() async throws {
        let sink = try SMTPSink(["--refuse", "gone@example.ru", "--defer", "busy@example.ru"])
        let outcomes = try await Self.client("smtp://127.0.0.1:PORT", port: sink.port).send([
            Self.message(to: "gone@example.ru"), Self.message(to: "busy@example.ru"), Self.message(to: "ok@example.ru"),
        ])
        guard case .refused(let permanent) = outcomes[0], case .refused(let transient) = outcomes[1] else {
            Issue.record("expected two refusals, got \(outcomes)")
            return
        }
        #expect(permanent.code == 550 && !permanent.isTransient)
        #expect(transient.code == 451 && transient.isTransient)
        #expect(outcomes[2] == .sent)
        #expect(try await sink.waitFor(1).map(\.rcptTos) == [["ok@example.ru"]])
    }

    @Test func authenticatesAndRefusesAWrongPassword() async throws {
        let sink = try SMTPSink(["--auth", "robot:s3cret"])
        #expect(
            try await Self.client("smtp://robot:s3cret@127.0.0.1:PORT", port: sink.port)
                .send([Self.message(to: "a@example.ru")]) == [.sent])
        #expect(try await sink.waitFor(1).first?.login == "robot")
        await #expect(throws: SMTPError.self) {
            try await Self.client("smtp://robot:wrong@127.0.0.1:PORT", port: sink.port).send([
                Self.message(to: "a@example.ru")
            ])
        }
        #expect(sink.messages().count == 1)
    }

    @Test func startTLSAndImplicitTLS() async throws {
        let certificate = try TestCertificate()
        let starttls = try SMTPSink(["--auth", "robot:s3cret", "--cert", certificate.cert, "--key", certificate.key])
        #expect(
            try await Self.client("smtp://robot:s3cret@localhost:PORT", port: starttls.port, caFile: certificate.cert)
                .send([Self.message(to: "a@example.ru")]) == [.sent])
        #expect(try await starttls.waitFor(1).first?.tls == true)

        let implicit = try SMTPSink(["--cert", certificate.cert, "--key", certificate.key, "--implicit-tls"])
        #expect(
            try await Self.client("smtps://localhost:PORT", port: implicit.port, caFile: certificate.cert)
                .send([Self.message(to: "a@example.ru")]) == [.sent])
        #expect(try await implicit.waitFor(1).first?.tls == true)

        // A certificate nobody vouches for is refused: the message does not leave.
        await #expect(throws: SMTPError.self) {
            try await Self.client("smtps://localhost:PORT", port: implicit.port).send([Self.message(to: "b@example.ru")]
            )
        }
        #expect(implicit.messages().count == 1)
    }

    @Test func noServerIsATransientError() async throws {
        let port = try SMTPSink().port  // started and stopped: nothing listens there now
        let client = try Self.client("smtp://127.0.0.1:PORT", port: port)
        do {
            _ = try await client.send([Self.message(to: "a@example.ru")])
            Issue.record("sent to nowhere")
        } catch {
            #expect(error.isTransient)
        }
    }
}

/// A self-signed certificate for `localhost`, made by openssl for one test.
struct TestCertificate {
    let cert: String
    let key: String

    init() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("cert-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        cert = directory.appendingPathComponent("cert.pem").path
        key = directory.appendingPathComponent("key.pem").path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [
            "openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert,
            "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
        ]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
    }
}
