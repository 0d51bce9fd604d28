import Fluent
import FluentKit
import Foundation
import Matching
import MentoringCore
import Persistence
import Vapor

@testable import App

/// Two organizations in two municipalities, an account for every role in each, and people with consents.
struct Fixture {
    struct Side {
        var organization: OrganizationModel
        var municipality: MunicipalityModel
        var adult: PersonModel
        var minor: PersonModel
        var representative: LegalRepresentativeModel
        var consent: ConsentModel
        var accounts: [Role: AccountModel]
        var roadmap: Fixture.RoadmapIDs
        var bases: Fixture.BaseIDs
        var municipalMatchingRun: UUID
        /// An unanswered invitation of a mentor, and a message in the outbox of the organization.
        var invitation: UUID
        var mail: UUID
        /// A partner that supplies mentors, with a cooperation agreement.
        var partner: UUID
        /// A group meeting of the organization, the adult present, with a photo.
        var event: UUID
        var eventMaterial: UUID
        /// A course of the municipality's plan ending today, with a session, the adult registered, present and
        /// certified.
        var training: UUID
        /// A closed contest of the municipality: the coordinator on the jury, the adult nominated and scored.
        var contest: UUID
        var contestApplication: UUID
        /// A case of best practice made from the program, approved and offered to the municipality.
        var practice: UUID
        /// A piece of news on the organization's public section.
        var news: UUID
    }

    /// A program with the adult as a mentor and the minor as a mentee, a survey sent to the students, an organization's
    /// own questionnaire and a people list waiting for confirmation.
    struct BaseIDs {
        var program: UUID
        var mentor: UUID
        var mentee: UUID
        var survey: UUID
        var template: UUID
        var peopleImport: UUID
        var token: String
        var matchingRun: UUID
        var mentorship: UUID
        var meeting: UUID
        var order: UUID
    }

    /// A one-stage roadmap of the side with an activity that has a file as evidence.
    struct RoadmapIDs {
        var roadmap: UUID
        var stage: UUID
        var activity: UUID
        var evidence: UUID
        var feedToken: String
    }

    var a: Side
    var b: Side
    var admin: AccountModel

    static let password = "correct-horse-1"
    static let participantRoles: [Role] = [.mentor, .mentee, .legalRepresentative]
    static let organizationRoles: [Role] = [.head, .curator, .mentor, .mentee, .legalRepresentative]

    static func seed(_ app: Application) async throws -> Fixture {
        let admin = try await account(app, "admin", [Grant(role: .administrator, scope: .system)])
        return Fixture(a: try await side(app, "a"), b: try await side(app, "b"), admin: admin)
    }

    private static func side(_ app: Application, _ name: String) async throws -> Side {
        let scope = app.consoleScope()
        let municipality = try await OrganizationService.municipality(
            named: "Район \(name)", inRegion: "Край", on: app.db)
        let org = try await OrganizationService(scope: scope).create(
            Organization.Input(
                kind: "school", fullName: "Школа \(name) полное", shortName: "Школа \(name)",
                headName: "Директор \(name)", municipalityID: municipality.id!.uuidString))
        let people = PeopleService(scope: scope)
        var adultInput = PersonInput()
        adultInput.surname = "Учителева-\(name)"
        adultInput.givenName = "Анна"
        adultInput.birthDate = "01.02.1985"
        adultInput.categories = ["teacher"]
        let adult = try await people.create(in: org.id!, input: adultInput).person
        var minorInput = PersonInput()
        minorInput.surname = "Ученик-\(name)"
        minorInput.givenName = "Пётр"
        minorInput.birthDate = "10.10.2012"
        minorInput.categories = ["student"]
        minorInput.grade = "8А"
        let minor = try await people.create(in: org.id!, input: minorInput).person
        let representative = try await RepresentativeService(scope: scope).add(
            to: minor.id!,
            input: LegalRepresentativeInput(fullName: "Родитель \(name)", relation: "мать", phone: "+7 900 000 00 00"))
        let consent = try await ConsentService(scope: scope).record(
            for: minor.id!,
            input: ConsentInput(
                kind: "personal_data", purpose: "Программа", signedBy: representative.id!.uuidString,
                signedOn: "01.09.2026",
                text: "Согласие \(name)"), scan: nil)
        var accounts: [Role: AccountModel] = [:]
        let coordinatorGrant = Grant(role: .authorityCoordinator, scope: .municipality(.init(municipality.id!)))
        accounts[.authorityCoordinator] = try await account(app, "coordinator-\(name)", [coordinatorGrant])
        for role in organizationRoles {
            let grant = Grant(role: role, scope: .organization(org.typedID))
            accounts[role] = try await account(
                app, "\(role.rawValue)-\(name)", [grant],
                personID: role == .mentor ? adult.id : (role == .mentee ? minor.id : nil),
                representativeID: role == .legalRepresentative ? representative.id : nil)
        }
        let bases = try await bases(app, org, adult: adult, minor: minor)
        let event = try await event(app, org, present: adult.id!)
        let contest = try await contest(
            app, org, municipality, nominating: adult.id!, jury: accounts[.authorityCoordinator]!)
        return Side(
            organization: org, municipality: municipality, adult: adult, minor: minor, representative: representative,
            consent: consent, accounts: accounts, roadmap: try await roadmap(app, org), bases: bases,
            municipalMatchingRun: try await municipalMatchingRun(app, municipality, bases),
            invitation: try await invitation(app, org), mail: try await mail(app, org),
            partner: try await partner(app, org), event: event.event, eventMaterial: event.material,
            training: try await training(app, org, municipality, registering: adult.id!),
            contest: contest.contest, contestApplication: contest.application,
            practice: try await practice(app, org, program: bases.program),
            news: try await PublicSectionService(scope: app.consoleScope()).addNews(
                .organization(org.id!), NewsInput(title: "Новость", body: "Текст")
            ).requireID())
    }

    private static func practice(_ app: Application, _ org: OrganizationModel, program: UUID) async throws -> UUID {
        let service = BestPracticeService(scope: app.consoleScope())
        let practice = try await service.create(
            in: org.id!,
            BestPracticeInput(
                source: "program:\(program)", title: "Наставничество для молодых учителей",
                problem: "Уходят в первый год.",
                actions: "Пары учитель — учитель.", results: "Остались все."))
        _ = try await service.move(practice.id!, to: .approved, note: nil)
        _ = try await service.move(practice.id!, to: .offered, note: nil)
        return practice.id!
    }

    private static func contest(
        _ app: Application, _ org: OrganizationModel, _ municipality: MunicipalityModel, nominating person: UUID,
        jury: AccountModel
    ) async throws -> (contest: UUID, application: UUID) {
        var earlier = app.consoleScope()
        let now = earlier.now
        earlier.clock = Clock(now: { now.addingTimeInterval(-2 * 86_400) })
        let contest = try await ContestService(scope: earlier).create(
            in: municipality.id!,
            ContestInput(
                title: "Наставник года", nominations: "Наставник молодого педагога",
                criteria: "Результаты наставляемых — 10", applicationsUntil: "20.11.2026", scoringUntil: "30.11.2026"))
        try await ContestService(scope: earlier).setJury(contest.id!, [jury.id!.uuidString])
        let application = try await ContestService(scope: earlier).nominate(
            contest.id!, forOrganization: org.id!,
            ContestApplicationInput(
                person: person.uuidString, nomination: "Наставник молодого педагога", essay: "Ведёт молодых учителей.",
                publicationConsent: "true"))
        let score = ContestScoreModel()
        (score.$application.id, score.$account.id, score.criterion, score.points) = (application.id!, jury.id!, 0, 9)
        try await score.create(on: app.db)
        try await ContestService(scope: app.consoleScope()).close(contest.id!)
        return (contest.id!, application.id!)
    }

    private static func training(
        _ app: Application, _ org: OrganizationModel, _ municipality: MunicipalityModel, registering person: UUID
    ) async throws -> UUID {
        let service = TrainingService(scope: app.consoleScope())
        let training = try await service.create(
            in: municipality.id!,
            TrainingInput(
                title: "Школа наставника", provider: "ИРО", hours: "16", startsOn: "01.11.2026", endsOn: "21.11.2026"))
        try await service.addSession(training.id!, TrainingSessionInput(heldOn: "10.11.2026", topic: "Основы"))
        try await service.register(training.id!, forOrganization: org.id!, [person.uuidString])
        let card = try await service.card(training.id!)
        try await service.setAttendance(
            training.id!, ["\(card.registrants[0].id):\(card.sessions[0].id!)"])
        _ = try await service.issueCertificates(training.id!)
        return training.id!
    }

    private static func event(
        _ app: Application, _ org: OrganizationModel, present: UUID
    ) async throws -> (
        event: UUID, material: UUID
    ) {
        let service = EventService(scope: app.consoleScope())
        let event = try await service.create(
            in: org.id!,
            MentoringEventInput(kind: "group_meeting", title: "Встреча наставников", heldOn: "10.11.2026"))
        _ = try await service.setParticipants(event.id!, [present.uuidString])
        try await service.addMaterial(
            event.id!, ScanUpload(fileName: "фото.png", data: LetterheadPageTests.png))
        let material = try await EventMaterialModel.query(on: app.db).filter(\.$event.$id == event.id!).first()!
        return (event.id!, material.id!)
    }

    private static func partner(_ app: Application, _ org: OrganizationModel) async throws -> UUID {
        var input = PartnerInput(kind: "enterprise", name: "АО «Партнёр \(org.shortName)»")
        (input.agreementNumber, input.agreementSignedOn) = ("1", "01.09.2026")
        return try await PartnerService(scope: app.consoleScope()).create(in: org.id!, input, scan: nil).id!
    }

    private static func invitation(_ app: Application, _ org: OrganizationModel) async throws -> UUID {
        let service = InvitationService(scope: app.consoleScope(), outbox: nil, link: app.links.invitation)
        return try await service.invite(
            .init(
                email: "invited-\(org.shortName.suffix(1))@school.test",
                displayName: "Приглашённый",
                role: .mentor, grantScope: .organization(org.typedID))
        ).invitation.id!
    }

    private static func mail(_ app: Application, _ org: OrganizationModel) async throws -> UUID {
        let rows = try await Outbox(appURL: "https://nastavnik.test").enqueue(
            [
                OutgoingMail(
                    kind: .reminder, address: "someone@school.test", subject: "Напоминание", text: "Текст",
                    organizationID: org.id)
            ], on: app.db, now: app.clock.now())
        // Given up already, so that no test's delivery sends it.
        rows[0].status = .failed
        rows[0].lastError = "550 No such user"
        try await rows[0].save(on: app.db)
        return rows[0].id!
    }

    private static func roadmap(_ app: Application, _ org: OrganizationModel) async throws -> RoadmapIDs {
        let service = RoadmapService(scope: app.consoleScope())
        let value = Roadmap(
            title: "Дорожная карта \(org.shortName)", period: .academicYear(startingIn: 2026),
            stages: [
                RoadmapStage(
                    number: "1", title: "Подготовка",
                    activities: [
                        RoadmapActivity(
                            number: "1.1", title: "Приказ о внедрении", due: DueDateParser.parse("Октябрь 2026 г.").due,
                            responsible: ["Директор"])
                    ])
            ])
        let id = try await service.save(value, owner: .organization(org.typedID))
        let model = try await RoadmapModel.find(id, on: app.db)!
        let stage = try await RoadmapStageModel.query(on: app.db).filter(\.$roadmap.$id == id).first()!
        let activity = try await RoadmapActivityModel.query(on: app.db).filter(\.$roadmap.$id == id).first()!
        try await service.addEvidence(
            to: activity.id!, in: id,
            EvidenceInput(
                title: "Скан приказа", link: nil, file: ScanUpload(fileName: "prikaz.pdf", data: Data("%PDF-1.4".utf8)))
        )
        let evidence = try await RoadmapEvidenceModel.query(on: app.db).filter(\.$activity.$id == activity.id!).first()!
        return RoadmapIDs(
            roadmap: id, stage: stage.id!, activity: activity.id!, evidence: evidence.id!, feedToken: model.feedToken)
    }

    private static func bases(
        _ app: Application, _ org: OrganizationModel, adult: PersonModel, minor: PersonModel
    ) async throws -> BaseIDs {
        let scope = app.consoleScope()
        let program = try await ProgramService(scope: scope).create(
            in: org.id!,
            input: ProgramInput(
                title: "Программа 2026–2027", periodStart: "01.09.2026", periodEnd: "31.08.2027",
                forms: ["student_student", "teacher_teacher"]))
        var mentorInput = MentorProfileInput()
        mentorInput.forms = ["teacher_teacher"]
        mentorInput.capacity = "2"
        let mentor = try await BaseService(scope: scope).addMentor(
            to: program.id!, personID: adult.id!, input: mentorInput)
        var menteeInput = MenteeProfileInput()
        menteeInput.form = "student_student"
        menteeInput.mainRequest = "Математика"
        let mentee = try await BaseService(scope: scope).addMentee(
            to: program.id!, personID: minor.id!, input: menteeInput)
        let surveys = SurveyService(scope: scope)
        let needs = try await surveys.templates(for: org.id!).first { $0.key == "mentee-needs-student" }!
        // The minor has the personal-data consent only, which surveys now refuse: the survey was sent before the
        // rule (a participation consent that has since been removed), as real databases hold such surveys.
        let parent = try await RepresentationModel.query(on: app.db).filter(\.$person.$id == minor.id!).first()!
        let participation = try await ConsentService(scope: scope).record(
            for: minor.id!,
            input: ConsentInput(
                kind: "participation", purpose: "Программа", signedBy: parent.$representative.id.uuidString,
                signedOn: "01.09.2026", text: "Участие"), scan: nil)
        let survey = try await surveys.create(
            in: program.id!,
            input: SurveyInput(
                template: needs.id!.uuidString, audience: "students", opensOn: "21.11.2026", closesOn: "05.12.2026"))
        try await participation.delete(on: app.db)
        var own = Questionnaire.meetingFeedback
        own.key = "own-feedback"
        let template = try await surveys.saveTemplate(own, organizationID: org.id!)
        let upload = try await PeopleImportService(scope: scope).upload(
            to: org.id!, fileName: "class.csv",
            data: Data("ФИО;Дата рождения;Класс\nСидоров Иван Петрович;05.03.2013;7Б\n".utf8))
        let token = try await SurveyInvitationModel.query(on: app.db).filter(\.$survey.$id == survey.id!).first()!.token
        let (mentorship, meeting, order) = try await mentorship(app, program, mentor: mentor.id!, mentee: mentee.id!)
        return BaseIDs(
            program: program.id!, mentor: mentor.id!, mentee: mentee.id!, survey: survey.id!, template: template.id!,
            peopleImport: upload.id!, token: token,
            matchingRun: try await matchingRun(app, program, mentor: mentor.id!, mentee: mentee.id!),
            mentorship: mentorship, meeting: meeting, order: order)
    }

    /// A saved proposal pairing the side's mentor and mentee (made on a hand-written setup).
    private static func matchingRun(
        _ app: Application, _ program: ProgramModel, mentor: UUID, mentee: UUID
    ) async throws -> UUID {
        let setup = MatchSetup(
            mentees: [MatchMentee(id: mentee.uuidString, form: .teacherTeacher, organization: "o")],
            mentors: [MatchMentor(id: mentor.uuidString, forms: [.teacherTeacher], organization: "o")])
        let run = MatchingRunModel()
        run.$program.id = program.id!
        run.$organization.id = program.$organization.id
        run.mode = .optimal
        run.setup = setup
        run.result = try MatchEngine.run(setup)
        run.status = .proposed
        run.createdBy = "test"
        run.createdAt = app.clock.now()
        try await run.create(on: app.db)
        return run.id!
    }

    /// A saved municipal proposal over the side's municipality, pairing its mentor and mentee.
    private static func municipalMatchingRun(
        _ app: Application, _ municipality: MunicipalityModel, _ bases: BaseIDs
    ) async throws -> UUID {
        guard let source = try await MatchingRunModel.find(bases.matchingRun, on: app.db) else {
            throw Abort(.internalServerError)
        }
        let run = MunicipalMatchingRunModel()
        run.$municipality.id = municipality.id!
        run.mode = .optimal
        run.setup = source.setup
        run.result = source.result
        run.crossPairs = 0
        run.status = .proposed
        run.createdBy = "test"
        run.createdAt = app.clock.now()
        try await run.create(on: app.db)
        return run.id!
    }

    /// A fixed pair of the side's mentor and mentee with one planned meeting, and a signed order fixing it.
    private static func mentorship(
        _ app: Application, _ program: ProgramModel, mentor: UUID, mentee: UUID
    ) async throws -> (UUID, UUID, UUID) {
        let mentorship = MentorshipModel()
        mentorship.$program.id = program.id!
        mentorship.$organization.id = program.$organization.id
        mentorship.$mentor.id = mentor
        mentorship.form = .teacherTeacher
        mentorship.status = .fixed
        mentorship.activeSince = CalendarDate(parsing: "2026-11-01")
        mentorship.createdAt = app.clock.now()
        try await mentorship.create(on: app.db)
        let member = MentorshipMenteeModel()
        member.$mentorship.id = mentorship.id!
        member.$mentee.id = mentee
        try await member.create(on: app.db)
        let meeting = MeetingModel()
        meeting.$mentorship.id = mentorship.id!
        meeting.$organization.id = program.$organization.id
        meeting.$mentor.id = mentor
        meeting.type = .regular
        meeting.startsAt = Date(timeIntervalSince1970: 1_795_600_000)
        meeting.endsAt = meeting.startsAt.addingTimeInterval(2700)
        meeting.durationMinutes = 45
        meeting.format = .inPerson
        meeting.place = "Каб. 12"
        meeting.topic = "Встреча"
        meeting.status = .planned
        meeting.attendance = [:]
        meeting.taskIDs = []
        meeting.createdBy = "test"
        meeting.createdAt = app.clock.now()
        try await meeting.create(on: app.db)
        let order = OrderModel()
        order.$organization.id = program.$organization.id
        order.$program.id = program.id!
        order.kind = .fixMentorships
        order.title = "О закреплении"
        order.grounds = "Основание"
        order.points = ["Закрепить"]
        order.status = .draft
        order.createdBy = "test"
        order.createdAt = app.clock.now()
        try await order.create(on: app.db)
        return (mentorship.id!, meeting.id!, order.id!)
    }

    static func account(
        _ app: Application, _ login: String, _ grants: [Grant], personID: UUID? = nil,
        representativeID: UUID? = nil
    ) async throws -> AccountModel {
        try await AccountService(scope: app.consoleScope(), passwords: PasswordHashing(app: app)).create(
            .init(
                login: login.replacingOccurrences(of: "_", with: "-"), password: password, displayName: login,
                grants: grants,
                personID: personID, representativeID: representativeID))
    }
}
