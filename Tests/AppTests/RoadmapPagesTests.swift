import Documents
import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting

@testable import App

/// A curator plans the year by the template, keeps it true with done dates and evidence, and exports it.
@Suite struct RoadmapPagesTests {
    func create(
        _ app: Application, _ browser: Browser, org: UUID, start: String = "01.09.2026", end: String = "31.08.2027"
    ) async throws -> UUID {
        let response = try await app.post(
            SiteURL.newRoadmap.path, as: browser,
            form: [
                ("template", "organization-teachers"), ("owner", "organization:\(org.uuidString.lowercased())"),
                ("title", ""),
                ("period_start", start), ("period_end", end),
            ])
        #expect(response.status == .seeOther)
        let location = try #require(response.headers.first(name: .location))
        return try #require(UUID(uuidString: String(location.split(separator: "/").last!)))
    }

    @Test func aCuratorCreatesARoadmapFromTheTemplateAndSeesItsPlan() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let browser = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let id = try await create(app, browser, org: fixture.a.organization.id!)
            let page = try await app.get(SiteURL.roadmap(.id(id)).path, as: browser).body.string
            #expect(page.contains("Дорожная карта внедрения системы наставничества педагогических работников"))
            #expect(page.contains("<svg"))
            #expect(page.contains("Сентябрь 2026 г."))
            #expect(page.contains("Приказ о закреплении наставнических пар"))
            // Today is 21.11.2026: September's and October's activities are overdue.
            #expect(page.contains("просрочено"))
            let overdue = try await app.get(SiteURL.roadmap(.id(id)).path + "?filter=overdue", as: browser).body.string
                .components(separatedBy: "<h2>Мероприятия</h2>").last!
            #expect(overdue.contains("Издание приказа о внедрении"))
            #expect(!overdue.contains("Итоговое анкетирование"))
            let checkpoints = try await app.get(SiteURL.roadmap(.id(id)).path + "?filter=checkpoints", as: browser).body
                .string
                .components(separatedBy: "<h2>Мероприятия</h2>").last!
            #expect(checkpoints.contains("Формирование базы наставляемых с перечнем запросов"))
            #expect(!checkpoints.contains("Издание приказа о внедрении"))
        }
    }

    @Test func badTemplateFormsKeepWhatWasTyped() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let browser = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let response = try await app.post(
                SiteURL.newRoadmap.path, as: browser,
                form: [
                    ("template", "municipal"),
                    ("owner", "organization:\(fixture.a.organization.id!.uuidString.lowercased())"),
                    ("title", "Моя карта"), ("period_start", "31.08.2027"), ("period_end", "01.09.2026"),
                ])
            #expect(response.status == .unprocessableEntity)
            let body = response.body.string
            #expect(body.contains("Муниципальный шаблон — для органа управления."))
            #expect(body.contains("Конец периода должен быть позже начала."))
            #expect(body.contains("value=\"Моя карта\""))
        }
    }

    @Test func markingDoneWithEvidenceClearsTheOverdueMark() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let browser = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let ids = fixture.a.roadmap
            let path = SiteURL.activity(roadmap: .id(ids.roadmap), activity: .id(ids.activity)).path
            #expect(
                try await app.get(SiteURL.roadmap(.id(ids.roadmap)).path, as: browser).body.string.contains(
                    "status-overdue"))
            let fields = [
                ("_csrf", browser.csrf), ("number", "1.1"), ("title", "Приказ о внедрении"), ("due", "Октябрь 2026 г."),
                ("responsible", "Директор"), ("responsible_account", ""), ("deliverable", "Приказ"), ("status", "done"),
                ("done_on", "20.11.2026"), ("notes", ""), ("evidence_title", "Приказ № 5"),
                ("evidence_link", "https://school.example/prikaz"),
            ]
            let saved = try await app.post(path, as: browser, multipart: fields)
            #expect(saved.status == .seeOther)
            // Back to the activity's row with word that it was saved, not to the top of the page in silence.
            let anchor = "a-" + ids.activity.uuidString.lowercased()
            #expect(saved.headers.first(name: .location) == SiteURL.roadmap(.id(ids.roadmap)).path + "#" + anchor)
            let page = try await app.get(SiteURL.roadmap(.id(ids.roadmap)).path, as: browser).body.string
            #expect(!page.contains("status-overdue"))
            #expect(page.contains(#"id="\#(anchor)""#) && page.contains("Мероприятие «Приказ о внедрении» сохранено."))
            #expect(page.contains("Выполнено</span> 20.11.2026"))
            #expect(page.contains("href=\"https://school.example/prikaz\">Приказ № 5"))

            var future = fields
            future[8] = ("done_on", "01.12.2026")
            future[11] = ("evidence_link", "ftp://nowhere")
            let refused = try await app.post(path, as: browser, multipart: future)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Дата выполнения не может быть в будущем."))
            #expect(refused.body.string.contains("Ссылка начинается с https://"))
            let stored = try await RoadmapActivityModel.find(ids.activity, on: app.db)
            #expect(stored?.doneOn == CalendarDate(parsing: "2026-11-20"))
        }
    }

    /// The municipality's coordinator reads a school's roadmap and is told it cannot change it (participants do not
    /// find it at all: RoleAccessTests).
    @Test func readOnlyRolesSeeTheRoadmapButCannotChangeIt() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let reader = try await Browser.signedIn(app, as: fixture.a.accounts[.authorityCoordinator]!)
            let ids = fixture.a.roadmap
            #expect(try await app.get(SiteURL.roadmap(.id(ids.roadmap)).path, as: reader).status == .ok)
            let roadmap = Slot.id(ids.roadmap)
            let activity = Slot.id(ids.activity)
            let edit = try await app.get(SiteURL.activity(roadmap: roadmap, activity: activity).path, as: reader)
            #expect(edit.status == .forbidden)
            let delete = try await app.post(
                SiteURL.deleteActivity(roadmap: roadmap, activity: activity).path,
                as: reader)
            #expect(delete.status == .forbidden)
            #expect(try await RoadmapActivityModel.find(ids.activity, on: app.db) != nil)
        }
    }

    @Test func importPreviewShowsWarningsAtTheirRowsAndSavesTheEditedRoadmap() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let browser = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let owner = "organization:\(fixture.a.organization.id!.uuidString.lowercased())"
            let text =
                "Дорожная карта на 2026-2027 учебный год\n\n№\tМероприятие\tСроки\tОтветственные\tРезультат\n"
                + "\tЭтап 1. Подготовка\t\t\t\n1.1\tПриказ\tСентябрь\tДиректор\tПриказ\n1.2\tСовещание\tкогда-нибудь\tКуратор\tПротокол\n"
            let preview = try await app.post(
                SiteURL.importRoadmap.path, as: browser,
                multipart: [("_csrf", browser.csrf), ("owner", owner)],
                file: (
                    field: "file", name: "карта.txt", type: "text/plain",
                    data: Data(text.utf8)
                ))
            #expect(preview.status == .ok)
            let html = preview.body.string
            #expect(html.contains("Строка 6: Срок «когда-нибудь» не распознан"))
            #expect(html.contains("class=\"warning\""))
            #expect(html.contains("01.09.2026 – 30.09.2026"))

            let save = [
                ("_csrf", browser.csrf), ("file_name", "карта.txt"), ("owner", owner),
                ("title", "Дорожная карта на 2026-2027 учебный год"),
                ("period_start", "01.09.2026"), ("period_end", "31.08.2027"), ("approval_order", ""),
                ("s_number[]", "1"), ("s_title[]", "Подготовка"), ("s_goal[]", ""),
                ("a_stage[]", "0"), ("a_line[]", "5"), ("a_notes[]", ""), ("a_number[]", "1.1"),
                ("a_title[]", "Приказ о внедрении"),
                ("a_due[]", "Сентябрь"), ("a_responsible[]", "Директор"), ("a_deliverable[]", "Приказ"),
                ("a_stage[]", "0"), ("a_line[]", "6"), ("a_notes[]", ""), ("a_number[]", "1.2"),
                ("a_title[]", "Совещание"),
                ("a_due[]", "Октябрь"), ("a_responsible[]", "Куратор"), ("a_deliverable[]", "Протокол"),
            ]
            let saved = try await app.post(SiteURL.saveImportedRoadmap.path, as: browser, multipart: save)
            #expect(saved.status == .seeOther)
            let roadmap = try #require(
                try await RoadmapModel.query(on: app.db).filter(\.$sourceName == "карта.txt").first())
            let activities = try await RoadmapActivityModel.query(on: app.db).filter(\.$roadmap.$id == roadmap.id!)
                .sort(\.$position).all()
            #expect(activities.map(\.title) == ["Приказ о внедрении", "Совещание"])
            #expect(activities.map(\.dueEnd) == ["2026-09-30", "2026-10-31"])
        }
    }

    @Test func aBadFileIsRefusedWithAMessageAndNothingSaved() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let browser = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let before = try await RoadmapModel.query(on: app.db).count()
            let owner = "organization:\(fixture.a.organization.id!.uuidString.lowercased())"
            let response = try await app.post(
                SiteURL.importRoadmap.path, as: browser, multipart: [("_csrf", browser.csrf), ("owner", owner)],
                file: (
                    field: "file", name: "карта.docx", type: "application/octet-stream",
                    data: Data("PK\u{3}\u{4}broken".utf8)
                ))
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Файл не является документом Word (DOCX)"))
            #expect(try await RoadmapModel.query(on: app.db).count() == before)
        }
    }

    @Test func exportsOpenAsOfficeFilesAndTheFeedListsDeadlines() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let browser = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let ids = fixture.a.roadmap
            let docx = try await app.get(SiteURL.roadmapExport(.id(ids.roadmap), format: "docx").path, as: browser)
            #expect(docx.status == .ok)
            let reread = try RoadmapImporter.read(Data(docx.body.readableBytesView), fileName: "export.docx")
            #expect(reread.stages.first?.activities.first?.activity.title == "Приказ о внедрении")
            #expect(reread.stages.first?.activities.first?.activity.due.end?.description == "2026-10-31")
            let xlsx = try await app.get(SiteURL.roadmapExport(.id(ids.roadmap), format: "xlsx").path, as: browser)
            #expect(xlsx.body.readableBytesView.starts(with: [0x50, 0x4B]))
            let csv = try await app.get(SiteURL.roadmapExport(.id(ids.roadmap), format: "csv").path, as: browser).body
                .string
            #expect(csv.contains("Приказ о внедрении;;Октябрь 2026 г.;01.10.2026;31.10.2026"))

            let feed = try await app.get(SiteURL.roadmapFeed(ids.feedToken + ".ics").path)
            #expect(feed.status == .ok)
            #expect(feed.body.string.contains("DTSTART;VALUE=DATE:20261001"))
            #expect(feed.body.string.contains("SUMMARY:Срок: 1.1 Приказ о внедрении"))
            #expect(try await app.get(SiteURL.roadmapFeed("unknown.ics").path).status == .notFound)
        }
    }

    @Test func dashboardAndAuthorityTableShowProgressAndOverdue() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let home = try await app.get(SiteURL.home.path, as: curator).body.string
            #expect(home.contains("Просроченные мероприятия"))
            #expect(home.contains("1.1 Приказ о внедрении"))
            let coordinator = try await Browser.signedIn(app, as: fixture.a.accounts[.authorityCoordinator]!)
            let list = try await app.get(SiteURL.roadmaps.path, as: coordinator).body.string
            #expect(list.contains("Дорожная карта Школа a"))
            #expect(!list.contains("Школа b"))
            #expect(list.contains("?filter=overdue\">1</a>"))
        }
    }

    @Test func theAPICreatesUpdatesAndImports() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let org = fixture.a.organization.id!.uuidString
            let created = try await app.api(
                .POST, "/roadmaps", token: token,
                json: """
                    {"organizationID": "\(org)", "title": "План", "period": {"start": "2026-09-01", "end": "2027-08-31"},
                     "stages": [{"number": "1", "title": "Подготовка", "activities": [{"number": "1.1", "title": "Совет", "due": "2 неделя октября"}]}]}
                    """)
            #expect(created.status == .created)
            let roadmap = try JSONDecoder().decode(RoadmapDTO.self, from: Data(created.body.readableBytesView))
            let activity = try #require(roadmap.stages?.first?.activities.first)
            #expect(activity.due.start?.description == "2026-10-08")
            let updated = try await app.api(
                .PUT, "/roadmaps/\(roadmap.id)/activities/\(activity.id)", token: token,
                json: #"{"status": "done", "done_on": "31.12.2030"}"#)
            #expect(updated.status == .unprocessableEntity)
            #expect(updated.apiError?.fields["done_on"] == "Дата выполнения не может быть в будущем.")
            let fromTemplate = try await app.api(
                .POST, "/roadmaps", token: token,
                json: #"{"organizationID": "\#(org)", "template": "organization-students"}"#)
            #expect(fromTemplate.status == .created)

            var (headers, body) = multipartForm(
                [],
                file: (
                    field: "file", name: "a.txt", type: "text/plain",
                    data: Data("№\tМероприятие\tСроки\n1.1\tСовет\tдо 28.10.2026\n".utf8)
                ))
            headers.bearerAuthorization = BearerAuthorization(token: token)
            let imported = try await app.testing().sendRequest(
                .POST, "/api/v1/roadmaps/import", headers: headers, body: body)
            let json = try JSONSerialization.jsonObject(with: Data(imported.body.readableBytesView)) as? [String: Any]
            let stages = json?["stages"] as? [[String: Any]]
            let due = (stages?.first?["activities"] as? [[String: Any]])?.first?["due"] as? [String: Any]
            #expect(due?["end"] as? String == "2026-10-28")
            #expect(due?["start"] is NSNull)
        }
    }
}

/// Evidence given as a page of the system, a link and a file at once keeps all three, each under a readable title.
@Suite struct RoadmapEvidenceTests {
    @Test func aPageALinkAndAFileAreEachKept() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let browser = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let ids = fixture.a.roadmap
            let path = SiteURL.activity(roadmap: .id(ids.roadmap), activity: .id(ids.activity)).path
            let consents = SiteURL.people(.id(fixture.a.organization.id!)).path + "?consent=valid"
            func send(
                _ extra: [(String, String)], file: (field: String, name: String, type: String, data: Data)?
            )
                async throws -> TestingHTTPResponse
            {
                let fields = [
                    ("_csrf", browser.csrf), ("number", "1.1"), ("title", "Сбор согласий родителей"),
                    ("due", "Октябрь 2026 г."), ("responsible", "Куратор"), ("responsible_account", ""),
                    ("deliverable", "Согласия"), ("status", "in_progress"), ("done_on", ""), ("notes", ""),
                ]
                return try await app.post(path, as: browser, multipart: fields + extra, file: file)
            }
            #expect(try await send([], file: nil).status == .seeOther)
            let before = try await RoadmapEvidenceModel.query(on: app.db).filter(\.$activity.$id == ids.activity)
                .count()
            let pdf = Data("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".utf8)
            let saved = try await send(
                [
                    ("evidence_title", "Бланки согласий"), ("evidence_object", consents),
                    ("evidence_link", "https://school.example/consents"),
                ],
                file: ("evidence_file", "бланки.pdf", "application/pdf", pdf))
            #expect(saved.status == .seeOther)
            let kept = try await RoadmapEvidenceModel.query(on: app.db).filter(\.$activity.$id == ids.activity)
                .sort(\.$addedAt).all().suffix(3)
            #expect(
                try await RoadmapEvidenceModel.query(on: app.db).filter(\.$activity.$id == ids.activity).count()
                    == before + 3)
            #expect(
                Set(kept.map(\.title)) == [
                    "Участники с действующим согласием", "https://school.example/consents",
                    "Бланки согласий",
                ])
            // The page is kept as the object it shows (its address is drawn when shown), not as the address.
            #expect(kept.contains { $0.object == EvidenceObject(path: consents) && $0.link == nil })
            #expect(kept.contains { $0.address == consents } && kept.contains { $0.data == pdf })
            let page = try await app.get(SiteURL.roadmap(.id(ids.roadmap)).path, as: browser).body.string
            #expect(page.contains("Участники с действующим согласием</a>"))
            #expect(!page.contains(">\(consents)<"), "a page of the system is shown by its title, not its address")

            let forged = try await send(
                [("evidence_object", "/organizations/\(fixture.b.organization.id!)/people")],
                file: nil)
            #expect(forged.status == .unprocessableEntity)
            #expect(forged.body.string.contains("Выберите объект из списка."))
        }
    }
}
