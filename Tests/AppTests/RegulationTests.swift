import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// The regulation of the mentoring system: drafted from the organization's data, edited while a draft, approved by a
/// signed order, locked until a new edition, drawn as a DOCX; kept inside the organization.
@Suite struct RegulationTests {
    struct DTO: Decodable {
        struct Approval: Decodable {
            var orderID: UUID
            var number: String?
        }
        var status: String
        var sections: [Regulation.Section]
        var approvedBy: Approval?
        var editedBy: String?
    }

    struct OrderDTO: Decodable { var id: UUID }

    static let edited =
        #"{"sections": [{"title": "Общие положения", "points": ["Первый.", " ", "Второй."]}, "#
        + #"{"title": "Поощрение", "points": ["Грамота лучшему наставнику."]}]}"#

    @Test func theDraftComesFromTheOrganizationsFormsCuratorsAndYears() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let response = try await app.api(
                .GET, "/organizations/\(fixture.a.organization.id!)/regulation", token: token)
            let regulation = try response.content.decode(DTO.self)
            #expect(regulation.status == "draft" && regulation.editedBy == nil && regulation.approvedBy == nil)
            let text = regulation.sections.flatMap { [$0.title] + $0.points }.joined(separator: "\n")
            #expect(text.contains("Форма «Ученик – ученик»; ролевые модели: «Успевающий – неуспевающий»"))
            #expect(text.contains("Форма «Педагог – педагог»") && !text.contains("Форма «Работодатель – ученик»"))
            #expect(text.contains("Куратором внедрения целевой модели наставничества является curator-a."))
            #expect(text.contains("2026–2027 годы") && text.contains(fixture.a.organization.fullName))
            #expect(!text.contains(fixture.b.organization.fullName) && !text.contains("curator-b"))
        }
    }

    @Test func aCuratorEditsTheDraftAndBadSectionsAreRefusedFieldByField() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let path = "/organizations/\(fixture.a.organization.id!)/regulation"
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            var response = try await app.api(.PUT, path, token: token, json: Self.edited)
            #expect(response.status == .ok, "\(response.body.string)")
            let saved = try response.content.decode(DTO.self)
            #expect(saved.sections.map(\.points) == [["Первый.", "Второй."], ["Грамота лучшему наставнику."]])
            #expect(saved.editedBy == "curator-a")
            let bad =
                #"{"sections": [{"title": " ", "points": ["Пункт без раздела."]}, "#
                + #"{"title": "Пустой", "points": []}, "#
                + #"{"title": "Длинный", "points": ["\#(String(repeating: "я", count: 4_001))"]}]}"#
            response = try await app.api(.PUT, path, token: token, json: bad)
            #expect(response.status == .unprocessableEntity)
            #expect(
                response.apiError?.fields.keys.sorted() == [
                    "sections.1.title", "sections.2.points", "sections.3.points",
                ])
            response = try await app.api(.PUT, path, token: token, json: #"{"sections": []}"#)
            #expect(response.apiError?.fields["sections"] != nil)
            response = try await app.api(.GET, path, token: token)
            #expect(try response.content.decode(DTO.self).sections == saved.sections)

            // The page's form: a section added in the empty slot, a field's message beside it on a failure.
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            response = try await app.post(
                path, as: curator,
                form: [
                    ("title_1", "Общие положения"), ("points_1", "Первый.\r\nВторой."), ("title_2", ""),
                    ("points_2", ""), ("title_3", "Документы"), ("points_3", "Приказ."),
                ])
            #expect(response.status == .seeOther)
            response = try await app.api(.GET, path, token: token)
            #expect(try response.content.decode(DTO.self).sections.map(\.title) == ["Общие положения", "Документы"])
            response = try await app.post(path, as: curator, form: [("title_1", "Раздел"), ("points_1", "")])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Добавьте хотя бы один пункт."))
            #expect(response.body.string.contains(#"aria-describedby="e-f-points_1""#))
        }
    }

    /// Signing the approving order approves the text as it stands; it is locked until a new edition is started.
    @Test func aSignedOrderApprovesItAndANewEditionUnlocksIt() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let org = fixture.a.organization.id!
            let path = "/organizations/\(org)/regulation"
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            _ = try await app.api(.PUT, path, token: token, json: Self.edited)
            var response = try await app.api(
                .POST, "/organizations/\(org)/orders", token: token, json: #"{"kind": "approve_regulation"}"#)
            #expect(response.status == .created)
            let order = try response.content.decode(OrderDTO.self)
            response = try await app.api(.GET, path, token: token)
            #expect(try response.content.decode(DTO.self).status == "draft")
            _ = try await app.api(
                .POST, "/orders/\(order.id)/sign", token: token, json: #"{"number": "7-од", "date": "20.11.2026"}"#)

            response = try await app.api(.GET, path, token: token)
            let approved = try response.content.decode(DTO.self)
            #expect(approved.status == "approved" && approved.approvedBy?.orderID == order.id)
            #expect(approved.sections.map(\.title) == ["Общие положения", "Поощрение"])
            response = try await app.api(.PUT, path, token: token, json: Self.edited)
            #expect(response.status == .conflict)
            response = try await app.api(.POST, "\(path)/redraft", token: token)
            #expect(response.status == .conflict)
            response = try await app.api(.GET, "\(path)/document", token: token)
            let text = try MentorshipPagesTests().documentText(Data(response.body.readableBytesView))
            #expect(text.contains("Утверждено") && text.contains("приказом от 20.11.2026 г. № 7-од"))
            #expect(text.contains("2.1. Грамота лучшему наставнику.") && !text.contains("{{"))

            response = try await app.api(.POST, "\(path)/new-edition", token: token)
            #expect(try response.content.decode(DTO.self).status == "draft")
            response = try await app.api(.PUT, path, token: token, json: Self.edited)
            #expect(response.status == .ok)
            response = try await app.api(.GET, "\(path)/document", token: token)
            let draft = try MentorshipPagesTests().documentText(Data(response.body.readableBytesView))
            #expect(draft.contains("Проект") && draft.contains("№ ______"))
        }
    }

    /// The order introducing the model approves the regulation too, the drafted one when nobody saved it.
    @Test func theIntroducingOrderApprovesTheDraftNobodySaved() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let org = fixture.a.organization.id!
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            var response = try await app.api(
                .POST, "/organizations/\(org)/orders", token: token, json: #"{"kind": "introduce_model"}"#)
            let order = try response.content.decode(OrderDTO.self)
            _ = try await app.api(
                .POST, "/orders/\(order.id)/sign", token: token, json: #"{"number": "1", "date": "20.11.2026"}"#)
            response = try await app.api(.GET, "/organizations/\(org)/regulation", token: token)
            let regulation = try response.content.decode(DTO.self)
            #expect(regulation.status == "approved" && regulation.approvedBy?.number == "1")
            #expect(regulation.sections.count == 8)
            let audit = try await AuditEntryModel.query(on: app.db).filter(\.$objectKind == "regulation").all()
            #expect(audit.map(\.action) == ["update"])
        }
    }

    @Test func anotherOrganizationGets404AndAParticipant403OrNothing() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let path = "/organizations/\(fixture.a.organization.id!)/regulation"
            let other = try await app.apiToken(for: fixture.b.accounts[.curator]!)
            for (method, suffix, body) in [
                (HTTPMethod.GET, "", nil), (.PUT, "", Self.edited), (.GET, "/document", nil),
                (.POST, "/redraft", nil), (.POST, "/new-edition", nil),
            ] {
                let response = try await app.api(method, path + suffix, token: other, json: body)
                #expect(response.status == .notFound, "\(method) \(suffix)")
            }
            let coordinator = try await app.apiToken(for: fixture.a.accounts[.authorityCoordinator]!)
            #expect(try await app.api(.GET, path, token: coordinator).status == .ok)
            #expect(try await app.api(.PUT, path, token: coordinator, json: Self.edited).status == .forbidden)
            #expect(try await RegulationModel.query(on: app.db).count() == 0)
        }
    }

    /// Two first saves at once: one row, no server error.
    @Test func twoFirstSavesAtOnceKeepOneRegulation() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let path = "/organizations/\(fixture.a.organization.id!)/regulation"
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for _ in 0..<4 {
                    group.addTask { try await app.api(.PUT, path, token: token, json: Self.edited).status }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.allSatisfy { $0 == .ok })
            #expect(try await RegulationModel.query(on: app.db).count() == 1)
        }
    }
}
