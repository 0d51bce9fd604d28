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

/// The stage 2 path: a class list comes in, the needs survey goes out by QR sheet, students answer without accounts,
/// their requests land in the mentee base after the curator's review, and the base exports.
@Suite struct SurveyPagesTests {
    func upload(_ app: Application, _ browser: Browser, org: UUID, csv: String) async throws -> TestingHTTPResponse {
        try await app.post(
            SiteURL.importPeople(.id(org)).path, as: browser,
            multipart: [("_csrf", browser.csrf), ("category", "student")],
            file: (field: "file", name: "7b.csv", type: "text/csv", data: Data(csv.utf8)))
    }

    func consent(_ app: Application, minor: UUID) async throws {
        let representative = try await RepresentativeService(scope: app.consoleScope()).add(
            to: minor,
            input: LegalRepresentativeInput(fullName: "Смирнова Ольга", relation: "мать", phone: "+7 900 111 22 33"))
        for kind in ["personal_data", "participation"] {
            _ = try await ConsentService(scope: app.consoleScope()).record(
                for: minor,
                input: ConsentInput(
                    kind: kind, purpose: "Программа наставничества", signedBy: representative.id!.uuidString,
                    signedOn: "20.11.2026",
                    text: "Согласие"), scan: nil)
        }
    }

    @Test func aClassListBecomesAMenteeBaseThroughTheNeedsSurvey() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let org = fixture.a.organization.id!
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let csv =
                "Список 7Б\n№;Фамилия;Имя;Отчество;Дата рождения;Класс\n1;Смирнов;Алексей;Игоревич;14.02.2013;7Б\n"
                + "2;Кузнецова;Дарья;;31.02.2013;7Б\n3;Ученик-a;Пётр;;10.10.2012;7Б\n4;Орлова;Вера;Сергеевна;01.09.2013;7 б\n"
            let uploaded = try await upload(app, curator, org: org, csv: csv)
            #expect(uploaded.status == .seeOther)
            let previewURL = try #require(uploaded.headers.first(name: .location))
            let preview = try await app.get(previewURL, as: curator).body.string
            #expect(preview.contains("Будет добавлено: <strong>2</strong>, уже есть: 1, с ошибками: 1"))
            #expect(preview.contains("Дата рождения: Такой даты нет"))
            // Nothing is saved before the confirmation.
            #expect(try await PersonModel.query(on: app.db).filter(\.$surname == "Смирнов").count() == 0)
            let path = String(previewURL.split(separator: "?")[0])
            let saved = try await app.post(
                path, as: curator,
                form: [("mapping", ",surname,given_name,patronymic,birth_date,grade"), ("category", "student")])
            #expect(saved.status == .seeOther)
            // The import ends on the people list saying how many were added, not in silence.
            let list = try await app.get(try #require(saved.headers.first(name: .location)), as: curator).body.string
            #expect(list.contains("Добавлено участников: 2. Не добавлено строк: 2"))
            let smirnov = try #require(try await PersonModel.query(on: app.db).filter(\.$surname == "Смирнов").first())
            #expect(smirnov.grade == "7Б" && smirnov.details.categories == [.student])

            // The needs survey for 7Б: two new students and the fixture's minor (8А) stays out. Nobody has consents
            // yet, so nothing is sent; once Smirnov's parent signs, the form names Orlova and sends to Smirnov alone.
            let program = fixture.a.bases.program
            let template = try await SurveyService(scope: app.consoleScope()).templates(for: org).first {
                $0.key == "mentee-needs-student"
            }!
            let fields = [
                ("template", template.id!.uuidString), ("title", ""), ("audience", "students"),
                ("grade", "7б"),
                ("form", "student_student"), ("opens_on", "21.11.2026"), ("closes_on", "30.11.2026"),
            ]
            let nobody = try await app.post(SiteURL.newSurvey(.id(program)).path, as: curator, form: fields)
            #expect(nobody.status == .unprocessableEntity && nobody.body.string.contains("сначала соберите согласия"))
            try await consent(app, minor: smirnov.id!)
            let named = try await app.post(SiteURL.newSurvey(.id(program)).path, as: curator, form: fields)
            #expect(named.status == .unprocessableEntity && named.body.string.contains("Орлова Вера Сергеевна"))
            #expect(try await SurveyModel.query(on: app.db).count() == 2, "nothing sent before the confirmation")
            let created = try await app.post(
                SiteURL.newSurvey(.id(program)).path, as: curator,
                form: fields + [("leave_out", "true")])
            #expect(created.status == .seeOther)
            let location = try #require(created.headers.first(name: .location))
            let surveyID = try #require(UUID(uuidString: String(location.split(separator: "/").last!)))
            let sheet = try await app.get(SiteURL.surveySheet(.id(surveyID)).path, as: curator).body.string
            #expect(sheet.components(separatedBy: "class=\"qr-card\"").count == 2)
            #expect(sheet.contains("Смирнов Алексей Игоревич"))
            #expect(!sheet.contains("Ученик-a") && !sheet.contains("Орлова"))

            // The student answers from a phone without an account.
            let invitation = try #require(
                try await SurveyInvitationModel.query(on: app.db).filter(\.$person.$id == smirnov.id!).first())
            let link = SiteURL.answer(invitation.token).path
            let form = try await app.get(link).body.string
            #expect(form.contains("С чем тебе больше всего нужна помощь?") && !form.contains("Выйти"))
            var headers = HTTPHeaders()
            headers.contentType = .urlEncodedForm
            let bad = try await app.testing().sendRequest(
                .POST, link, headers: headers, body: formBody([("q_study", "9")]))
            #expect(bad.status == .unprocessableEntity)
            #expect(
                bad.body.string.contains("Выберите оценку от 1 до 5.")
                    && bad.body.string.contains("Ответьте на этот вопрос."))
            let good = try await app.testing().sendRequest(
                .POST, link, headers: headers,
                body: formBody([
                    ("q_study", "3"), ("q_main_request", "Математика"), ("q_requests[]", "Физика"),
                    ("q_requests[]", "Профориентация"),
                    ("q_hours", "2"), ("q_format", "Очно"), ("q_interests", "шахматы, футбол"),
                ]))
            // Right after sending: thanks, not «already received»; a second sending is told it was received.
            #expect(good.status == .ok && good.body.string.contains("Спасибо! Ответ сохранён."))
            #expect(!good.body.string.contains("уже получен"))
            let again = try await app.testing().sendRequest(
                .POST, link, headers: headers, body: formBody([("q_study", "5")]))
            #expect(again.status == .conflict && again.body.string.contains("Ответ по этой ссылке уже получен"))

            let results = try await app.get(SiteURL.survey(.id(surveyID)).path, as: curator).body.string
            #expect(results.contains("Ответили 1 из 1") && results.contains("<svg class=\"bars\""))

            // The curator reviews the diff and applies it: the student enters the mentee base with the requests.
            let review = try await app.get(SiteURL.surveyReview(.id(surveyID)).path, as: curator).body.string
            #expect(review.contains("новый профиль") && review.contains("Математика; Физика; Профориентация"))
            let response = try #require(
                try await SurveyResponseModel.query(on: app.db).filter(\.$survey.$id == surveyID).first())
            let applied = try await app.post(
                SiteURL.surveyReview(.id(surveyID)).path, as: curator, form: [("responses[]", response.id!.uuidString)])
            #expect(applied.status == .seeOther)
            let profile = try #require(
                try await MenteeProfileModel.query(on: app.db).filter(\.$person.$id == smirnov.id!).first())
            #expect(profile.value.requests.first == MenteeRequest(text: "Математика", priority: 1))
            #expect(profile.value.status == .inBase && profile.value.interests == ["шахматы", "футбол"])

            let base = try await app.get(SiteURL.menteeBase(.id(program)).path, as: curator).body.string
            let listed = base.components(separatedBy: "Не включены в базу")
            #expect(listed[0].contains("Смирнов Алексей Игоревич"))
            // The fixture's minor has only one of the two consents: kept apart, not in the base.
            #expect(!listed[0].contains("Ученик-a") && listed[1].contains("Ученик-a"))
            let export = try await app.get(
                SiteURL.baseExport(.id(program), base: "mentees", format: "csv").path, as: curator)
            let text = String(decoding: Data(export.body.readableBytesView), as: UTF8.self)
            #expect(text.contains("Смирнов Алексей Игоревич") && !text.contains("Ученик-a"))
            let docx = try await app.get(
                SiteURL.baseExport(.id(program), base: "mentees", format: "docx").path, as: curator)
            #expect(docx.status == .ok && docx.headers.contentType?.subType.contains("wordprocessingml") == true)
        }
    }

    @Test func theMentorRegistryNeedsAnOrderAndAConsent() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let curator = try await Browser.signedIn(app, as: fixture.a.accounts[.curator]!)
            let program = fixture.a.bases.program
            let mentor = fixture.a.bases.mentor.uuidString
            let noOrder = try await app.post(
                SiteURL.mentorStatus(.id(program)).path, as: curator,
                form: [("ids[]", mentor), ("status", "registry"), ("order", "")])
            #expect(noOrder.status == .unprocessableEntity)
            #expect(
                noOrder.body.string.contains("Нет действующего согласия")
                    || noOrder.body.string.contains("Укажите приказ"))
            for kind in ["personal_data", "participation"] {
                _ = try await ConsentService(scope: app.consoleScope()).record(
                    for: fixture.a.adult.id!,
                    input: ConsentInput(
                        kind: kind, purpose: "Программа", signedBy: "subject", signedOn: "01.09.2026", text: "Согласие"),
                    scan: nil)
            }
            let ok = try await app.post(
                SiteURL.mentorStatus(.id(program)).path, as: curator,
                form: [("ids[]", mentor), ("status", "registry"), ("order", "№ 45 от 20.11.2026")])
            #expect(ok.status == .seeOther)
            let registry = try await app.get(SiteURL.registry(.id(program)).path, as: curator).body.string
            #expect(registry.contains("№ 45 от 20.11.2026"))
            let profile = try await MentorProfileModel.find(fixture.a.bases.mentor, on: app.db)
            #expect(profile?.value.status == .registry)
        }
    }
}

/// The bases and surveys through the API: the same rules as the pages.
@Suite struct BaseAPITests {
    @Test func theAPIListsOnlyConsentedPeopleAndVersionsQuestionnaires() async throws {
        try await withApp { app, _ in
            let fixture = try await Fixture.seed(app)
            let token = try await app.apiToken(for: fixture.a.accounts[.curator]!)
            let program = fixture.a.bases.program
            // The fixture's minor lacks the participation consent: the base is empty through the API too.
            let mentees = try await app.api(.GET, "/programs/\(program)/mentees", token: token).content.decode(
                [MenteeDTO].self)
            #expect(mentees.isEmpty)
            let bad = try await app.api(
                .PUT, "/mentee-profiles/\(fixture.a.bases.mentee)", token: token,
                json: #"{"form": "teacher_teacher", "weekly_hours": "99"}"#)
            #expect(bad.status == .unprocessableEntity)
            #expect(bad.apiError?.fields["weekly_hours"] == "Целое число от 0 до 40.")
            let json =
                #"{"key": "club", "title": "Клуб", "audience": "mentee", "sections": [{"title": "Раздел", "questions": [{"id": "q1", "text": "Оцените", "kind": "scale", "scale_max": 10, "required": true}]}]}"#
            let first = try await app.api(
                .POST, "/organizations/\(fixture.a.organization.id!)/questionnaires", token: token, json: json)
            #expect(first.status == .created)
            let second = try await app.api(
                .POST, "/organizations/\(fixture.a.organization.id!)/questionnaires", token: token, json: json)
            #expect(try second.content.decode(QuestionnaireDTO.self).definition.version == 2)
            let broken = try await app.api(
                .POST, "/organizations/\(fixture.a.organization.id!)/questionnaires", token: token,
                json:
                    #"{"key": "x", "title": "X", "sections": [{"title": "A", "questions": [{"id": "a", "text": "?", "kind": "single_choice"}]}]}"#
            )
            #expect(broken.status == .unprocessableEntity && broken.apiError?.fields["question.a"] != nil)
            let survey = try await app.api(.GET, "/surveys/\(fixture.a.bases.survey)", token: token).content.decode(
                SurveyDTO.self)
            #expect(survey.invited == 1 && survey.answered == 0 && survey.results?.first?.question == "study")
        }
    }
}
