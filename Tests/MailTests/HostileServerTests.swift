import Foundation
import NIOCore
import NIOPosix
import Testing

@testable import Mail

/// Servers that do not speak SMTP: the client ends with an error, in bounded time and memory.
@Suite struct HostileServerTests {
    /// Writes `greeting` to every connection and then says nothing.
    final class Speaker: ChannelInboundHandler, Sendable {
        typealias InboundIn = ByteBuffer
        let greeting: String
        init(_ greeting: String) { self.greeting = greeting }

        func channelActive(context: ChannelHandlerContext) {
            context.writeAndFlush(NIOAny(ByteBuffer(string: greeting)), promise: nil)
        }
    }

    static func serve(_ greeting: String) async throws -> (any Channel, Int) {
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(Speaker(greeting))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return (channel, channel.localAddress?.port ?? 0)
    }

    /// A server that answers at once must fail as garbage well within `timeout`, however loaded the machine is;
    /// only the silent server waits the timeout out.
    static func attempt(_ greeting: String, timeout: TimeAmount = .seconds(20)) async throws -> SMTPError? {
        let (server, port) = try await serve(greeting)
        defer { server.close(promise: nil) }
        let client = SMTPClient(
            server: SMTPServer(host: "127.0.0.1", port: port, security: .startTLS),
            group: MultiThreadedEventLoopGroup.singleton, timeout: timeout)
        let message = MailMessage(
            from: Mailbox(address: MailAddress("a@b.ru")!), to: Mailbox(address: MailAddress("c@d.ru")!),
            subject: "x", text: "y", messageID: "1@b.ru", date: Date())
        do {
            _ = try await client.send([message])
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        String(repeating: "A", count: 100_000),
        "220-" + String(repeating: "x", count: 3000) + "\r\n",
        String(repeating: "220-more\r\n", count: 500),
        "HTTP/1.1 200 OK\r\n\r\n",
        "999 what\r\n",
        "220-a\r\n250 b\r\n",
    ])
    func garbageIsAProtocolError(greeting: String) async throws {
        let error = try await Self.attempt(greeting)
        guard case .malformedReply = error else {
            Issue.record("expected a protocol error, got \(String(describing: error))")
            return
        }
    }

    @Test func silenceTimesOut() async throws {
        let started = Date()
        let error = try await Self.attempt("", timeout: .milliseconds(500))
        #expect(error?.isTransient == true)
        // Half a second of silence is enough; the bound leaves room for a loaded machine.
        #expect(Date().timeIntervalSince(started) < 30)
    }

    @Test func aRefusedGreetingIsReported() async throws {
        guard case .refused(_, let reply) = try await Self.attempt("554 no service\r\n") else {
            Issue.record("expected a refusal")
            return
        }
        #expect(reply.code == 554)
    }
}
