import Foundation
import NIOCore

/// The command-and-reply steps of one connection.
struct SMTPSession {
    var iterator: NIOAsyncChannelInboundStream<SMTPReply>.AsyncIterator
    let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>

    mutating func read(step: String) async throws -> SMTPReply {
        guard let reply = try await iterator.next() else {
            throw SMTPError.connection("сервер закрыл соединение или не ответил вовремя (\(step))")
        }
        return reply
    }

    mutating func expect(_ code: Int, step: String) async throws {
        let reply = try await read(step: step)
        guard reply.code == code else { throw SMTPError.refused(step: step, reply: reply) }
    }

    mutating func send(_ line: String) async throws {
        try await outbound.write(ByteBuffer(string: line + "\r\n"))
    }

    mutating func command(_ line: String, expect code: Int, step: String) async throws {
        try await send(line)
        try await expect(code, step: step)
    }

    /// EHLO and the extensions the server lists.
    mutating func hello(_ name: String) async throws -> [String] {
        try await send("EHLO " + name)
        let reply = try await read(step: "EHLO")
        guard reply.code == 250 else { throw SMTPError.refused(step: "EHLO", reply: reply) }
        return reply.extensions
    }

    mutating func authenticate(_ username: String, _ password: String, extensions: [String]) async throws {
        let methods = extensions.first { $0.hasPrefix("AUTH") }?.split(separator: " ").map(String.init) ?? []
        if methods.contains("PLAIN") || !methods.contains("LOGIN") {
            let token = Data(("\0" + username + "\0" + password).utf8).base64EncodedString()
            try await command("AUTH PLAIN " + token, expect: 235, step: "AUTH")
        } else {
            try await command("AUTH LOGIN", expect: 334, step: "AUTH")
            try await command(Data(username.utf8).base64EncodedString(), expect: 334, step: "AUTH")
            try await command(Data(password.utf8).base64EncodedString(), expect: 235, step: "AUTH")
        }
    }

    /// One message; a refusal resets the transaction so the next message starts clean.
    mutating func deliver(_ message: MailMessage) async throws -> SMTPClient.Delivery {
        let steps = ["MAIL FROM:<\(message.from.address)>", "RCPT TO:<\(message.to.address)>", "DATA"]
        for (index, line) in steps.enumerated() {
            try await send(line)
            let reply = try await read(step: line)
            let accepted = index == 2 ? reply.code == 354 : reply.code == 250 || reply.code == 251
            if !accepted { return try await reset(after: reply) }
        }
        try await outbound.write(ByteBuffer(string: MIMEWriter.dotStuffed(MIMEWriter.render(message)) + ".\r\n"))
        let reply = try await read(step: "DATA")
        return reply.code == 250 ? .sent : .refused(reply)
    }

    private mutating func reset(after reply: SMTPReply) async throws -> SMTPClient.Delivery {
        try await command("RSET", expect: 250, step: "RSET")
        return .refused(reply)
    }
}
