import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// MultipartKit stops the process on a part header name with a byte above 127 and on an empty boundary; every upload
/// reads its form through `SafeMultipart`, so such a body is an unreadable form (4xx) and the server goes on.
/// Without the guard each of these tests stops the test process itself.
@Suite struct HostileMultipartTests {
    /// A form with a field and a file, as a browser sends it.
    static let (headers, body) = multipartForm(
        [("_csrf", "token")], file: ("file", "скан.pdf", "application/pdf", Data("%PDF-1.4 скан".utf8)))

    struct Form: Decodable {
        var _csrf: String
    }

    /// The body with `byte` put in at `index`.
    static func body(inserting byte: UInt8, at index: Int) -> ByteBuffer {
        var bytes = Array(body.readableBytesView)
        bytes.insert(byte, at: index)
        return ByteBuffer(bytes: bytes)
    }

    @Test func aByteAbove127AnywhereInTheBodyIsReadOrRefusedNeverATrap() throws {
        let decoder = SafeMultipart.Decoder()
        let scan = MultipartScan(boundary: "----nastavnik-test")
        var refused = 0
        for index in 0...Self.body.readableBytes {
            for byte: UInt8 in [0x80, 0xC3, 0xFF] {
                let hostile = Self.body(inserting: byte, at: index)
                if scan.meetsNonASCIIHeaderName(in: hostile) { refused += 1 }
                _ = try? decoder.decode(Form.self, from: hostile, headers: Self.headers)
            }
        }
        // Every place before, inside or right after a header's name ("Content-Disposition" in two parts,
        // "Content-Type" in the file's), and the start of the empty line that ends each part's headers.
        let places = 2 * ("Content-Disposition".count + 1) + ("Content-Type".count + 1) + 2
        #expect(refused == 3 * places)
        #expect(try decoder.decode(Form.self, from: Self.body, headers: Self.headers)._csrf == "token")
    }

    @Test func anEmptyBoundaryIsAnUnreadableBody() {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=")
        #expect(throws: DecodingError.self) {
            try SafeMultipart.Decoder().decode(Form.self, from: ByteBuffer(string: "--\r\n\r\n"), headers: headers)
        }
    }

    @Test func uploadsWithHostileBodiesAreRefusedAndTheServerGoesOn() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let org = Slot.id(fixture.a.organization.id!)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let path = "/api/v1/organizations/\(fixture.a.organization.id!)/letterhead"
            let nonASCIIName = ByteBuffer(
                bytes: Array("--b\r\n".utf8) + [0xC3, 0xBE, 0xC3, 0xB9] + Array("--b--\r\n".utf8))
            for (contentType, body) in [("boundary=b", nonASCIIName), ("boundary=", ByteBuffer(string: "--\r\n\r\n"))] {
                var headers: HTTPHeaders = ["Content-Type": "multipart/form-data; " + contentType]
                headers.bearerAuthorization = BearerAuthorization(token: token)
                let api = try await app.testing().sendRequest(.PUT, path, headers: headers, body: body)
                #expect((400..<500).contains(api.status.code), "\(contentType): \(api.status)")
                headers = curator.headers
                headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; " + contentType)
                let web = try await app.testing().sendRequest(
                    .POST, SiteURL.letterhead(org).path, headers: headers, body: body)
                #expect((400..<500).contains(web.status.code), "\(contentType): \(web.status)")
            }
            let response = try await app.apiUpload(
                .PUT, "/organizations/\(fixture.a.organization.id!)/letterhead", token: token,
                file: ("бланк.png", "image/png", LetterheadPageTests.png))
            #expect(response.status == .ok)
        }
    }
}
