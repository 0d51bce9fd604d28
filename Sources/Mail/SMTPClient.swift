import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// Sends messages over one SMTP session (RFC 5321): EHLO, STARTTLS or TLS from the start, AUTH PLAIN or LOGIN,
/// then MAIL, RCPT and DATA per message. A message the server refuses does not stop the others.
public struct SMTPClient: Sendable {
    /// What became of one message.
    public enum Delivery: Sendable, Equatable {
        case sent
        /// The server refused this message; a 4xx reply may work later, a 5xx will not.
        case refused(SMTPReply)
    }

    public var server: SMTPServer
    public var group: any EventLoopGroup
    /// The name this side gives in EHLO.
    public var heloName: String
    /// How long to wait for the connection and for each reply.
    public var timeout: TimeAmount

    public init(
        server: SMTPServer, group: any EventLoopGroup, heloName: String = "localhost",
        timeout: TimeAmount = .seconds(30)
    ) {
        self.server = server
        self.group = group
        self.heloName = heloName
        self.timeout = timeout
    }

    /// One outcome per message, in order. Throws when the session itself fails (no connection, refused greeting,
    /// failed authentication): then nothing after the failure was sent.
    public func send(_ messages: [MailMessage]) async throws(SMTPError) -> [Delivery] {
        do {
            let tls = try makeTLSContext()
            let channel = try await connect(tls: tls)
            return try await channel.executeThenClose { inbound, outbound in
                var session = SMTPSession(iterator: inbound.makeAsyncIterator(), outbound: outbound)
                try await session.expect(220, step: "приветствие")
                var extensions = try await session.hello(heloName)
                if server.security == .startTLS {
                    if extensions.contains("STARTTLS") {
                        try await session.command("STARTTLS", expect: 220, step: "STARTTLS")
                        try await startTLS(on: channel.channel, context: tls)
                        extensions = try await session.hello(heloName)
                    } else if server.username != nil && !server.isLoopback {
                        throw SMTPError.encryptionUnavailable
                    }
                }
                if let username = server.username {
                    try await session.authenticate(username, server.password ?? "", extensions: extensions)
                }
                var outcomes: [Delivery] = []
                for message in messages { outcomes.append(try await session.deliver(message)) }
                try? await session.command("QUIT", expect: 221, step: "QUIT")
                return outcomes
            }
        } catch let error as SMTPError {
            throw error
        } catch let error as NIOSSLError {
            throw .tls(String(describing: error))
        } catch {
            throw .connection(String(describing: error))
        }
    }

    private func makeTLSContext() throws(SMTPError) -> NIOSSLContext {
        var configuration = TLSConfiguration.makeClientConfiguration()
        if let file = server.trustedCAFile { configuration.trustRoots = .file(file) }
        do { return try NIOSSLContext(configuration: configuration) } catch { throw .tls(String(describing: error)) }
    }

    /// SNI takes a name, never an address literal.
    private var serverName: String? {
        server.host.allSatisfy { $0.isNumber || $0 == "." || $0 == ":" } ? nil : server.host
    }

    private func connect(tls: NIOSSLContext) async throws -> NIOAsyncChannel<SMTPReply, ByteBuffer> {
        let implicitTLS = server.security == .implicitTLS
        let name = serverName
        let timeout = timeout
        return try await ClientBootstrap(group: group)
            .connectTimeout(timeout)
            .connect(host: server.host, port: server.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    let handlers = channel.pipeline.syncOperations
                    if implicitTLS { try handlers.addHandler(NIOSSLClientHandler(context: tls, serverHostname: name)) }
                    try handlers.addHandler(IdleStateHandler(readTimeout: timeout))
                    try handlers.addHandler(CloseWhenIdleHandler())
                    try handlers.addHandler(ByteToMessageHandler(SMTPReplyDecoder()))
                    return try NIOAsyncChannel<SMTPReply, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
    }

    /// After the server's 220 to STARTTLS, TLS goes under everything else in the pipeline.
    private func startTLS(on channel: any Channel, context: NIOSSLContext) async throws {
        let name = serverName
        try await channel.eventLoop.submit {
            try channel.pipeline.syncOperations.addHandler(
                NIOSSLClientHandler(context: context, serverHostname: name),
                position: .first)
        }.get()
    }
}

/// A silent server closes the connection after the read timeout instead of holding the sender forever.
final class CloseWhenIdleHandler: ChannelInboundHandler, Sendable {
    typealias InboundIn = ByteBuffer

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is IdleStateHandler.IdleStateEvent { context.close(promise: nil) }
        context.fireUserInboundEventTriggered(event)
    }
}
