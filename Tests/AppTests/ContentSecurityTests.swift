import Foundation
import MentoringCore
import Testing
import VaporTesting

@testable import App

/// The CSP (`default-src 'self'`) blocks inline scripts, inline styles and event-handler attributes, so a page
/// that relies on them silently breaks (a print button that does nothing, a meter drawn full).
@Suite struct ContentSecurityTests {
    /// What the CSP would block in a page or template: `<script>` without `src`, `<style>`, `style="…"`,
    /// `on…="…"` handlers and `javascript:` addresses.
    static func blocked(in html: String) -> [String] {
        let patterns = [
            #"<script(?![^>]*\bsrc=)[^>]*>"#, #"<style\b"#, #"\sstyle\s*="#, #"\son[a-z]+\s*="#,
            #"javascript:"#,
        ]
        return patterns.flatMap { pattern in
            html.ranges(of: try! Regex(pattern).ignoresCase()).map { String(html[$0]) }
        }
    }

    @Test func noTemplateReliesOnWhatTheCSPBlocks() throws {
        let views = URL(fileURLWithPath: packageRoot + "Resources/Views")
        let files = try #require(FileManager.default.enumerator(at: views, includingPropertiesForKeys: nil))
        var checked = 0
        for case let file as URL in files where file.pathExtension == "leaf" {
            let text = try String(contentsOf: file, encoding: .utf8)
            let found = Self.blocked(in: text)
            #expect(found.isEmpty, "\(file.lastPathComponent): \(found)")
            // A page with a scripted button loads the script: through the layout, or itself when it stands alone.
            if text.contains("data-print") || text.contains("data-select") {
                let loads = text.contains(#"#extend("base")"#) || text.contains(#"src="/js/site.js""#)
                #expect(loads, "\(file.lastPathComponent)")
            }
            checked += 1
        }
        #expect(checked > 40)
    }

    @Test func theDetectorFindsEachKind() {
        #expect(Self.blocked(in: #"<script>alert(1)</script><script src="/js/site.js"></script>"#).count == 1)
        #expect(Self.blocked(in: #"<span style="width: 5%"></span>"#).count == 1)
        #expect(Self.blocked(in: #"<button onclick="x()">"#).count == 1)
        #expect(Self.blocked(in: #"<style>p{}</style><meter value="3"></meter>"#).count == 1)
    }

    @Test func theImportPreviewKeepsAColumnChosenAgainWithoutScript() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let browser = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let upload = fixture.a.bases.peopleImport
            let base = SiteURL.peopleImport(.id(upload)).path
            let first = try await app.get(base, as: browser)
            #expect(first.status == .ok)
            let selects = first.body.string.components(separatedBy: #"name="column[]""#).count - 1
            #expect(selects > 1)
            // The curator marks every column as skipped but the first, as a GET form without script sends it.
            let query = (0..<selects).map { "column%5B%5D=" + ($0 == 0 ? "surname" : "") }.joined(separator: "&")
            let again = try await app.get(base + "?" + query, as: browser)
            #expect(again.status == .ok)
            let body = again.body.string
            // The page shows the chosen meanings back: surname for the first column, nothing for the rest.
            #expect(body.contains(#"<option value="surname" selected>"#))
            #expect(body.components(separatedBy: #"<option value="" selected>"#).count - 1 == selects - 1)
        }
    }
}
