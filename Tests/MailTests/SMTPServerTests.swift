import Testing

@testable import Mail

@Suite struct SMTPServerTests {
    @Test func readsTheThreeForms() throws {
        let starttls = try SMTPServer.parse("smtp://robot%40school.ru:p%3Ass@mail.school.ru:587").get()
        #expect(
            starttls
                == SMTPServer(
                    host: "mail.school.ru", port: 587, security: .startTLS,
                    username: "robot@school.ru", password: "p:ss"))
        let implicit = try SMTPServer.parse("smtps://u:p@smtp.example.ru").get()
        #expect(implicit.security == .implicitTLS && implicit.port == 465)
        let local = try SMTPServer.parse("smtp://127.0.0.1:25").get()
        #expect(local.username == nil && local.port == 25 && local.isLoopback)
        #expect(try SMTPServer.parse("smtp://relay.example.ru").get().port == 587)
    }

    @Test(arguments: [
        "http://mail.ru", "smtp://", "smtp://user@host.ru", "mail.ru:25", "smtp://h.ru:70000",
        "smtp://u:p%0d%0aRCPT@h.ru",
    ])
    func refusesWhatCannotWork(text: String) {
        guard case .failure(let error) = SMTPServer.parse(text) else {
            Issue.record("accepted \(text)")
            return
        }
        #expect(!error.message.isEmpty)
    }
}
