import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// A curator turns a completed pair into a case of best practice (the indicators from the pair's monitoring), the
/// methodical council approves it, the curator offers it, the coordinator returns it with a note and then accepts
/// it into the municipal base, where it is found by form and words; it is publishable only with the publication
/// consent of everyone it names.
@Suite struct BestPracticeTests {
    struct Practice: Decodable {
        var id: UUID
        var form: String?
        var status: String
        var indicators: String
        var publishable: Bool?
    }

    static func completedPair(_ app: Application, _ side: Fixture.Side) async throws -> UUID {
        let pair = try #require(try await MentorshipModel.find(side.bases.mentorship, on: app.db))
        pair.status = .completed
        try await pair.save(on: app.db)
        return side.bases.mentorship
    }

    @Test func aCompletedPairBecomesACaseTheAuthorityAcceptsAfterAReturn() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let (a, b) = (fixture.a, fixture.b)
            let pair = try await Self.completedPair(app, a)
            let foreign = try await Self.completedPair(app, b)
            let curator = try await app.apiToken(for: a.accounts[.curator]!)
            let coordinator = try await app.apiToken(for: a.accounts[.authorityCoordinator]!)
            let body = { (source: UUID) in
                #"{"source": "mentorship:\#(source)", "title": "Пара учитель — учитель", "problem": "Адаптация", "#
                    + #""actions": "Еженедельные встречи", "results": "Остался в школе"}"#
            }
            var response = try await app.api(
                .POST, "/organizations/\(a.organization.id!)/best-practices", token: curator, json: body(foreign))
            #expect(response.apiError?.fields["source"] == "Выберите завершённую пару или программу организации.")
            response = try await app.api(
                .POST, "/organizations/\(a.organization.id!)/best-practices", token: curator, json: body(pair))
            #expect(response.status == .created)
            var practice = try response.content.decode(Practice.self)
            #expect(practice.indicators.hasPrefix("Встреч проведено: "))
            let path = "/best-practices/\(practice.id)"
            let step = { (status: String, note: String?) in
                #"{"status": "\#(status)""# + (note.map { #", "note": "\#($0)""# } ?? "") + "}"
            }
            response = try await app.api(.POST, path + "/status", token: curator, json: step("offered", nil))
            #expect(response.status == .conflict, "the council approves first")
            for status in ["approved", "offered"] {
                response = try await app.api(.POST, path + "/status", token: curator, json: step(status, nil))
                #expect(response.status == .ok)
            }
            response = try await app.api(.POST, path + "/status", token: curator, json: step("accepted", nil))
            #expect(response.status == .forbidden, "the authority accepts")
            response = try await app.api(.POST, path + "/status", token: coordinator, json: step("returned", nil))
            #expect(response.apiError?.fields["note"] == "Напишите, что доработать.")
            response = try await app.api(
                .POST, path + "/status", token: coordinator, json: step("returned", "Добавьте показатели"))
            #expect(try response.content.decode(Practice.self).status == "returned")
            for status in ["approved", "offered"] {
                _ = try await app.api(.POST, path + "/status", token: curator, json: step(status, nil))
            }
            let accept = step("accepted", nil)
            async let first = app.api(.POST, path + "/status", token: coordinator, json: accept)
            async let second = app.api(.POST, path + "/status", token: coordinator, json: accept)
            let statuses = try await [first.status, second.status].sorted { $0.code < $1.code }
            #expect(statuses == [.ok, .conflict])

            let base = "/municipalities/\(a.municipality.id!)/best-practices"
            var found = try await app.api(.GET, base + "?form=teacher_teacher&q=встречи", token: coordinator)
                .content.decode([Practice].self)
            #expect(found.map(\.id) == [practice.id])
            found = try await app.api(.GET, base + "?q=олимпиада", token: coordinator).content.decode([Practice].self)
            #expect(found.isEmpty)
            let stranger = try await app.apiToken(for: b.accounts[.authorityCoordinator]!)
            #expect(try await app.api(.GET, path, token: stranger).status == .notFound)
            #expect(try await app.api(.GET, base, token: stranger).status == .notFound)

            practice = try await app.api(.GET, path, token: curator).content.decode(Practice.self)
            #expect(practice.publishable == false, "nobody named has consented to publication")
            let scope = app.consoleScope()
            for (person, signer) in [(a.adult.id!, "subject"), (a.minor.id!, a.representative.id!.uuidString)] {
                for kind in ["personal_data", "participation"] {
                    _ = try await ConsentService(scope: scope).record(
                        for: person,
                        input: ConsentInput(
                            kind: kind, purpose: "Программа", signedBy: signer, signedOn: "01.11.2026", text: "Да"),
                        scan: nil)
                }
                #expect(
                    try await app.api(.GET, path, token: curator).content.decode(Practice.self).publishable == false)
                _ = try await ConsentService(scope: scope).record(
                    for: person,
                    input: ConsentInput(
                        kind: "publication", purpose: "Сайт", signedBy: signer, signedOn: "01.11.2026", text: "Да"),
                    scan: nil)
            }
            practice = try await app.api(.GET, path, token: curator).content.decode(Practice.self)
            #expect(practice.publishable == true)
        }
    }

    @Test func aCaseOfAProgramTakesTheFormChosenAmongTheProgramsForms() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let a = fixture.a
            let curator = try await app.apiToken(for: a.accounts[.curator]!)
            let path = "/organizations/\(a.organization.id!)/best-practices"
            let body = { (form: String?) in
                #"{"source": "program:\#(a.bases.program)", "title": "Программа", "problem": "Адаптация", "#
                    + #""actions": "Встречи", "results": "Итог""# + (form.map { #", "form": "\#($0)""# } ?? "") + "}"
            }
            var response = try await app.api(.POST, path, token: curator, json: body("head_teacher"))
            #expect(response.apiError?.fields["form"] == "Выберите одну из форм наставничества программы.")
            response = try await app.api(.POST, path, token: curator, json: body("teacher_teacher"))
            #expect(try response.content.decode(Practice.self).form == "teacher_teacher")
            response = try await app.api(.POST, path, token: curator, json: body(nil))
            #expect(try response.content.decode(Practice.self).form == "student_student", "the program's first form")
        }
    }
}
