import Vapor

extension Request {
    /// The client's address for throttling, the audit log and the request log: the socket's peer, or behind a
    /// trusted proxy the address the proxies forwarded (`TRUSTED_PROXIES`).
    /// Nil when the socket has no IP address (a test's in-memory request).
    var clientAddress: String? {
        guard let peer = remoteAddress?.ipAddress else { return nil }
        let proxies = application.config.trustedProxies
        guard !proxies.isEmpty else { return peer }
        return proxies.client(peer: peer, forwardedFor: headers[.xForwardedFor])
    }
}
