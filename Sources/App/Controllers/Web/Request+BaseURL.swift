import Vapor

extension Request {
    /// The address people open links at, as this request reached the app (behind a proxy: its Host header).
    var baseURL: String {
        let host = headers.first(name: .host) ?? "127.0.0.1:8080"
        let scheme = headers.first(name: "X-Forwarded-Proto") ?? "http"
        return "\(scheme)://\(host)"
    }
}
