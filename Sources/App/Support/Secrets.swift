import Fluent
import FluentKit
import Foundation
import Vapor

/// Random tokens and their stored hashes: cookies, CSRF tokens, API tokens, one-time passwords.
enum Secrets {
    /// 32 random bytes as URL-safe Base64.
    static func token() -> String {
        let bytes = [UInt8].random(count: 32)
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// A password that is easy to type from a console: 16 letters and digits without look-alikes.
    static func oneTimePassword() -> String {
        let alphabet = Array("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        return String((0..<16).map { _ in alphabet.randomElement()! })
    }

    /// Lower-case hex, as stored; every API request hashes its token (a formatted string per byte cost 3 % of a read).
    static func sha256(_ text: String) -> String {
        SHA256.hash(data: Data(text.utf8)).hexEncodedString()
    }
}
