import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Testing
import Vapor
import VaporTesting
import ZIPFoundation

@testable import App

/// Monitoring: indicators computed from the data, with what is missing said as such; the lists behind the numbers;
/// figures, process results, snapshots and the documents.
@Suite struct MonitoringPagesTests {
    /// Side A's pair starts working on 1 November 2026 and its mentee (born 2012, 13 on 1 September 2026) answers the
    /// satisfaction questionnaire with 9 of 10.
    static func workingPairWithSatisfaction(_ app: Application, _ fixture: Fixture) async throws {
        let pair = try #require(try await MentorshipModel.find(fixture.a.bases.mentorship, on: app.db))
        pair.status = MentorshipStatus.active
        try await pair.save(on: app.db)
        let scope = app.consoleScope()
        _ = try await ConsentService(scope: scope).record(
            for: fixture.a.minor.id!,
            input: ConsentInput(
                kind: "participation", purpose: "Программа", signedBy: fixture.a.representative.id!.uuidString,
                signedOn: "01.09.2026",
                text: "Согласие на участие"), scan: nil)
        let surveys = SurveyService(scope: scope)
        let template = try #require(
            try await surveys.templates(for: fixture.a.organization.id!).first {
                $0.key == Questionnaire.satisfactionMentee.key
            })
        let survey = try await surveys.create(
            in: fixture.a.bases.program,
            input: SurveyInput(
                template: template.id!.uuidString, audience: "program_mentees", closesOn: "20.12.2026"))
        let invitation = try #require(
            try await SurveyInvitationModel.query(on: app.db).filter(\.$survey.$id == survey.id!).first())
        _ = try await AnswerService(db: app.db, clock: app.clock, requestID: "test").submit(
            invitation.token,
            raw: [
                "overall": ["9"], "mentor": ["9"], "meetings": ["8"], "expectations": ["8"],
            ])
    }

    func targets(_ value: String = "50") -> [(String, String)] {
        MunicipalIndicator.allCases.map { (MunicipalFiguresInput.targetField($0), value) }
    }

    @Test func municipalDashboardCountsFromTheDataAndSaysWhatIsMissing() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            try await Self.workingPairWithSatisfaction(app, fixture)
            let coordinator = try await Browser.signedIn(app, as: fixture.a.accounts[.authorityCoordinator]!)
            let municipality = Slot.id(fixture.a.municipality.id!)
            var page = try await app.get(SiteURL.municipalMonitoring(municipality).path + "?year=2026", as: coordinator)
                .body.string
            #expect(
                page.contains("нет знаменателя") && page.contains("1 из ?"),
                "a missing denominator is said, not shown as 0 %")
            #expect(page.contains("100 %") && page.contains("1 из 1"), "the one satisfied answer")
            #expect(page.contains("Школа a") && !page.contains("Школа b"))

            let refused = try await app.post(
                SiteURL.municipalFigures(municipality).path + "?year=2026", as: coordinator,
                form: [("children10to19", "4")] + targets("150"))
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.body.string.contains("Целевое значение — число от 0 до 100."))
            #expect(try await MunicipalFiguresModel.query(on: app.db).count() == 0, "nothing saved from a refused form")

            let saved = try await app.post(
                SiteURL.municipalFigures(municipality).path + "?year=2026", as: coordinator,
                form: [("children10to19", "4"), ("children15to19", "2")] + targets())
            #expect(saved.status == .seeOther)
            page = try await app.get(SiteURL.municipalMonitoring(municipality).path + "?year=2026", as: coordinator)
                .body.string
            #expect(page.contains("25 %") && page.contains("1 из 4"))
            #expect(page.contains("цель 50 % — не достигнута"))
            let listPath = SiteURL.municipalMonitoringList(municipality).path + "?year=2026&measure=mentee_children"
            var list = try await app.get(listPath, as: coordinator).body.string
            #expect(
                list.contains("Всего: 1") && list.contains("Ученик-a Пётр"),
                "named: the representative consented to participation")
            let participation = try #require(
                try await ConsentModel.query(on: app.db).filter(\.$person.$id == fixture.a.minor.id!)
                    .filter(\.$kind == .participation).first())
            try await ConsentService(scope: app.consoleScope()).withdraw(participation.id!, of: fixture.a.minor.id!)
            list = try await app.get(listPath, as: coordinator).body.string
            #expect(
                list.contains("Всего: 1") && !list.contains("Ученик-a"),
                "still counted, no longer named once the consent is withdrawn")
            let lastYear = try await app.get(
                SiteURL.municipalMonitoring(municipality).path + "?year=2025", as: coordinator
            ).body.string
            #expect(lastYear.contains("0 из ?"), "the pair did not work in 2025")

            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            #expect(try await app.get(SiteURL.municipalMonitoring(municipality).path, as: curator).status == .notFound)
            #expect(
                try await app.get(SiteURL.municipalMonitoring(municipality).path + "?year=abc", as: coordinator).status
                    == .unprocessableEntity)
        }
    }

    @Test func programDashboardResultsReportAndCheckpointSnapshot() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            try await Self.workingPairWithSatisfaction(app, fixture)
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let program = Slot.id(fixture.a.bases.program)
            var page = try await app.get(SiteURL.programMonitoring(program).path, as: curator).body.string
            #expect(page.contains("Удовлетворённость наставляемых") && page.contains("1 из 1"))
            #expect(page.contains("Как считается"))
            let list = try await app.get(
                SiteURL.programMonitoringList(program).path + "?measure=mentee_children", as: curator
            ).body.string
            #expect(list.contains("Ученик-a Пётр"), "the curator sees the names of the people counted")

            let bad = try await app.post(
                SiteURL.processResults(program).path, as: curator,
                form: [("period", "I полугодие"), ("kind", "oge"), ("count", "9")])
            #expect(bad.status == .unprocessableEntity && bad.body.string.contains("Введите число."))
            #expect(try await ProcessResultModel.query(on: app.db).count() == 0)
            let good = try await app.post(
                SiteURL.processResults(program).path, as: curator,
                form: [("period", "I полугодие"), ("kind", "oge"), ("total", "10"), ("count", "9")])
            #expect(good.status == .seeOther)
            page = try await app.get(SiteURL.programMonitoring(program).path, as: curator).body.string
            #expect(page.contains("90 % (9 из 10)"))

            let tooLong = try await app.post(
                SiteURL.programReportTexts(program).path, as: curator,
                form: [
                    ("strengths", "Пары встречаются каждую неделю"),
                    ("weaknesses", String(repeating: "а", count: 10_001)),
                    ("proposals", ""),
                ])
            #expect(tooLong.status == .unprocessableEntity && tooLong.body.string.contains("сократите текст"))
            #expect(
                tooLong.body.string.contains("Пары встречаются каждую неделю"),
                "the typed text comes back, nothing is lost")
            _ = try await app.post(
                SiteURL.programReportTexts(program).path, as: curator,
                form: [("strengths", "Пары встречаются каждую неделю"), ("weaknesses", ""), ("proposals", "")])
            let document = try await app.get(SiteURL.programReportDocument(program).path, as: curator)
            #expect(document.headers.contentType?.subType.contains("wordprocessingml") == true)
            let text = try MentorshipPagesTests().documentText(Data(document.body.readableBytesView))
            #expect(text.contains("Пары встречаются каждую неделю") && text.contains("Удовлетворённость наставляемых"))

            let snapshot = try await app.post(
                SiteURL.indicatorSnapshot(program).path, as: curator,
                form: [("activity", fixture.a.roadmap.activity.uuidString)])
            #expect(snapshot.status == .seeOther)
            let evidence = try await RoadmapEvidenceModel.query(on: app.db).filter(
                \.$activity.$id == fixture.a.roadmap.activity
            ).all()
            #expect(
                evidence.contains { $0.fileName?.hasSuffix(".xlsx") == true && $0.title.hasPrefix("Срез показателей") })
            let foreign = try await app.post(
                SiteURL.indicatorSnapshot(program).path, as: curator,
                form: [("activity", fixture.b.roadmap.activity.uuidString)])
            #expect(foreign.status == .notFound, "another organization's roadmap takes no snapshot")
        }
    }

    /// An approved roadmap is the plan: its draft copy does not list the same checkpoint again, and each checkpoint
    /// names its roadmap.
    @Test func checkpointsAreListedOnceWithTheirRoadmap() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let service = RoadmapService(scope: app.consoleScope())
            let owner = Roadmap.Owner.organization(fixture.a.organization.typedID)
            for title in ["Карта утверждённая", "Карта черновая"] {
                let id = try await service.save(
                    Roadmap(
                        title: title, period: .academicYear(startingIn: 2026),
                        stages: [
                            RoadmapStage(
                                number: "1", title: "Мониторинг",
                                activities: [
                                    RoadmapActivity(
                                        number: "1.1", title: "Промежуточный мониторинг",
                                        due: DueDateParser.parse("Декабрь 2026 г. (КТ)").due,
                                        responsible: ["Куратор"])
                                ])
                        ]), owner: owner)
                if title.hasSuffix("утверждённая") {
                    try await service.setStatus(id, status: "approved", approvalOrder: "Приказ № 1 от 01.09.2026")
                }
            }
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let path = SiteURL.programMonitoring(.id(fixture.a.bases.program)).path
            let page = try await app.get(path, as: curator).body.string
            #expect(page.components(separatedBy: "Промежуточный мониторинг").count - 1 == 1)
            #expect(page.contains("— Карта утверждённая"))
        }
    }

    /// The authority's coordinator finds the programs of its organizations under «Мониторинг», as the home page
    /// counts them, and another municipality's programs stay out.
    @Test func coordinatorsMonitoringListsTheirOrganizationsPrograms() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let coordinator = try await Browser.signedIn(app, as: fixture.a.accounts[.authorityCoordinator]!)
            let page = try await app.get(SiteURL.monitoring.path, as: coordinator).body.string
            #expect(page.contains(SiteURL.programMonitoring(.id(fixture.a.bases.program)).path))
            #expect(!page.contains(SiteURL.programMonitoring(.id(fixture.b.bases.program)).path))
            #expect(!page.contains("Программ нет"))
            let program = SiteURL.programMonitoring(.id(fixture.a.bases.program)).path
            let dashboard = try await app.get(program, as: coordinator)
            #expect(dashboard.status == .ok)
        }
    }

    @Test func authoritysCheckpointTakesASnapshotOfTheMunicipalIndicators() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let authority = AuthorityModel(
                name: "Управление образования района a", municipalityID: fixture.a.municipality.id!, regionID: nil)
            try await authority.create(on: app.db)
            let roadmapID = try await RoadmapService(scope: app.consoleScope()).save(
                Roadmap(
                    title: "Муниципальная дорожная карта", period: .academicYear(startingIn: 2026),
                    stages: [
                        RoadmapStage(
                            number: "1", title: "Мониторинг",
                            activities: [
                                RoadmapActivity(
                                    number: "1.1", title: "Мониторинг показателей",
                                    due: DueDateParser.parse("КТ – декабрь 2026г.").due)
                            ])
                    ]), owner: .authority(.init(authority.id!)))
            let activity = try #require(
                try await RoadmapActivityModel.query(on: app.db).filter(\.$roadmap.$id == roadmapID).first())
            let coordinator = try await Browser.signedIn(app, as: fixture.a.accounts[.authorityCoordinator]!)
            let municipality = Slot.id(fixture.a.municipality.id!)
            let page = try await app.get(SiteURL.municipalMonitoring(municipality).path, as: coordinator).body.string
            #expect(page.contains("1.1 Мониторинг показателей"))
            let saved = try await app.post(
                SiteURL.municipalSnapshot(municipality).path + "?year=2026", as: coordinator,
                form: [("activity", activity.id!.uuidString)])
            #expect(saved.status == .seeOther)
            let evidence = try await RoadmapEvidenceModel.query(on: app.db).filter(\.$activity.$id == activity.id!)
                .all()
            #expect(evidence.count == 1 && evidence[0].fileName?.hasSuffix(".xlsx") == true)
            let other = try await app.post(
                SiteURL.municipalSnapshot(municipality).path, as: coordinator,
                form: [("activity", fixture.a.roadmap.activity.uuidString)])
            #expect(other.status == .notFound, "an organization's roadmap is not the municipality's")
        }
    }

    @Test func apiGivesIndicatorsAndRefusesBadFigures() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            try await Self.workingPairWithSatisfaction(app, fixture)
            let token = try await app.apiToken(for: fixture.a.accounts[.authorityCoordinator]!)
            let path = "/municipalities/\(fixture.a.municipality.id!)"
            var indicators = try await app.api(.GET, path + "/indicators?year=2026", token: token).content.decode(
                MunicipalIndicatorsDTO.self)
            #expect(indicators.indicators.first { $0.key == "mentee_children" }?.state == "missing_denominator")
            let refused = try await app.api(
                .PUT, path + "/figures/2026", token: token,
                json: #"{"children10to19": -3, "targets": {"mentee_children": 200}}"#)
            #expect(refused.status == .unprocessableEntity)
            #expect(refused.apiError?.fields["children10to19"] == "Введите целое число не меньше 0.")
            #expect(
                refused.apiError?.fields[MunicipalFiguresInput.targetField(.menteeChildren)]
                    == "Целевое значение — число от 0 до 100.")
            let targets = MunicipalIndicator.allCases.map { "\"\($0.rawValue)\": 40" }.joined(separator: ", ")
            let saved = try await app.api(
                .PUT, path + "/figures/2026", token: token, json: "{\"children10to19\": 2, \"targets\": {\(targets)}}")
            #expect(saved.status == .ok)
            indicators = try saved.content.decode(MunicipalIndicatorsDTO.self)
            let children = try #require(indicators.indicators.first { $0.key == "mentee_children" })
            #expect(children.state == "computed" && children.percent == 50 && children.meetsTarget == true)

            let curatorToken = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let program = try await app.api(
                .GET, "/programs/\(fixture.a.bases.program)/indicators", token: curatorToken
            ).content.decode(ProgramIndicatorsDTO.self)
            #expect(program.indicators.first { $0.key == "mentee_satisfaction" }?.value == "100 %")
            #expect(
                try await app.api(.GET, path + "/statistics?format=csv&year=2026", token: token).body.string.contains(
                    "teacher_teacher;"))
        }
    }
}
