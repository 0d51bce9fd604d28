import Foundation

/// The proxies whose `X-Forwarded-For` the app believes (`TRUSTED_PROXIES`: addresses and networks, `10.0.0.0/8`,
/// `::1`). Without them the client is the socket's peer: anyone can write the header, so believing it from anyone
/// would let a client pick the address its sign-in attempts are throttled and audited under.
struct TrustedProxies: Sendable, Equatable {
    private var networks: [Network]

    static let none = TrustedProxies(networks: [])

    private init(networks: [Network]) { self.networks = networks }

    /// An entry of the list that is neither an address nor a network.
    struct Invalid: Error { var entry: String }

    /// Parses a comma-separated list.
    init(list text: String) throws(Invalid) {
        var networks: [Network] = []
        for item in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty {
            guard let network = Network(item) else { throw Invalid(entry: item) }
            networks.append(network)
        }
        self.networks = networks
    }

    var isEmpty: Bool { networks.isEmpty }

    func trusts(_ address: String) -> Bool {
        guard let bytes = IPAddressBytes.parse(address) else { return false }
        return networks.contains { $0.contains(bytes) }
    }

    /// The client of a request that came from `peer` with these `X-Forwarded-For` values: walking the chain from
    /// the nearest hop, the first address that is not a trusted proxy. A malformed hop ends the walk there.
    func client(peer: String, forwardedFor headers: [String]) -> String {
        guard trusts(peer) else { return peer }
        let chain = headers.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
        var client = peer
        for hop in chain.reversed() {
            guard IPAddressBytes.parse(hop) != nil else { break }
            client = hop
            if !trusts(hop) { break }
        }
        return client
    }

    private struct Network: Sendable, Equatable {
        var address: [UInt8]
        var prefix: Int

        init?(_ text: String) {
            let parts = text.split(separator: "/", maxSplits: 1).map(String.init)
            guard let bytes = IPAddressBytes.parse(parts[0]) else { return nil }
            let bits = bytes.count * 8
            if parts.count == 2 {
                guard let prefix = Int(parts[1]), (0...bits).contains(prefix) else { return nil }
                self.prefix = prefix
            } else {
                prefix = bits
            }
            address = bytes
        }

        func contains(_ bytes: [UInt8]) -> Bool {
            guard bytes.count == address.count else { return false }
            var left = prefix
            for (a, b) in zip(address, bytes) where left > 0 {
                let mask: UInt8 = left >= 8 ? 0xFF : ~(0xFF >> UInt8(left))
                guard a & mask == b & mask else { return false }
                left -= 8
            }
            return true
        }
    }
}

/// An IPv4 or IPv6 address as its bytes, by the C library's parser.
enum IPAddressBytes {
    static func parse(_ text: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 { return withUnsafeBytes(of: &v4) { Array($0) } }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, text, &v6) == 1 { return withUnsafeBytes(of: &v6) { Array($0) } }
        return nil
    }
}
