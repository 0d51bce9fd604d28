import NIOCore

/// A server's reply: a three-digit code and its text lines (`250-…` lines continue, `250 …` ends).
public struct SMTPReply: Sendable, Equatable {
    public var code: Int
    public var lines: [String]

    public var isPositive: Bool { (200..<400).contains(code) }
    /// 4xx: try again later. 5xx: this will not work.
    public var isTransient: Bool { (400..<500).contains(code) }
    public var text: String { "\(code) " + lines.joined(separator: " ") }

    /// The extensions an EHLO reply lists, in upper case (`STARTTLS`, `AUTH PLAIN LOGIN`, `SIZE 10240000`).
    var extensions: [String] { lines.dropFirst().map { $0.uppercased() } }
}

/// Splits the byte stream into replies. A hostile or broken server cannot grow memory: a line over 2 KB or a reply
/// over 100 lines is an error.
struct SMTPReplyDecoder: ByteToMessageDecoder {
    typealias InboundOut = SMTPReply
    static let maximumLineLength = 2048
    static let maximumLines = 100

    private var lines: [String] = []
    private var code: Int?

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        let view = buffer.readableBytesView
        guard let newline = view.firstIndex(of: UInt8(ascii: "\n")) else {
            if view.count > Self.maximumLineLength { throw SMTPError.malformedReply("строка ответа длиннее 2 КБ") }
            return .needMoreData
        }
        let length = newline - view.startIndex + 1
        guard length <= Self.maximumLineLength + 2, var line = buffer.readString(length: length) else {
            throw SMTPError.malformedReply("строка ответа длиннее 2 КБ")
        }
        while line.last == "\n" || line.last == "\r" || line.last == "\r\n" { line.removeLast() }
        let digits = line.prefix(3)
        guard digits.count == 3, let value = Int(digits), (200...599).contains(value) else {
            throw SMTPError.malformedReply("ответ без трёхзначного кода: «\(line.prefix(60))»")
        }
        if let code, code != value { throw SMTPError.malformedReply("коды строк одного ответа различаются") }
        code = value
        let rest = line.dropFirst(3)
        lines.append(String(rest.dropFirst()))
        if lines.count > Self.maximumLines { throw SMTPError.malformedReply("ответ длиннее 100 строк") }
        if rest.first == "-" { return .continue }
        context.fireChannelRead(wrapInboundOut(SMTPReply(code: value, lines: lines)))
        lines = []
        code = nil
        return .continue
    }

    mutating func decodeLast(
        context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool
    ) throws -> DecodingState {
        try decode(context: context, buffer: &buffer)
    }
}
