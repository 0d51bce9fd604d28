import Vapor

/// A content decoder that does its work in the variant with `userInfo`; the plain one forwards to it.
protocol UserInfoContentDecoder: ContentDecoder {}

extension UserInfoContentDecoder {
    func decode<D: Decodable>(_ decodable: D.Type, from body: ByteBuffer, headers: HTTPHeaders) throws -> D {
        try decode(D.self, from: body, headers: headers, userInfo: [:])
    }
}
