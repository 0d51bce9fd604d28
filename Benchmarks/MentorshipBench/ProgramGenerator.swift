import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import SQLKit

@testable import App

/// A municipality-sized program written straight into the database: 500 working pairs of teachers, 40 meetings
/// each (20 000), two feedback forms per held meeting, personal plans with tasks. Some pairs lapse, some
/// feedback never comes, some tasks run late — so the rhythm check has real work to do.
struct ProgramGenerator {
    let scope: RequestScope
    var pairs = 500
    var meetingsPerPair = 40

    struct Program {
        var id: UUID
        var organization: UUID
        var curator: AccountModel
    }

    func make(passwords: PasswordHashing) async throws -> Program {
        let db = scope.db
        let today = scope.today
        let municipality = try await OrganizationService.municipality(
            named: "Бенчмарк-район", inRegion: "Бенчмарк-край", on: db)
        let org = OrganizationModel(
            municipalityID: municipality.id!,
            details: .init(
                kind: .school, fullName: "МБОУ «Школа замера»",
                shortName: "Школа замера"))
        try await org.create(on: db)
        let curator = try await AccountService(scope: scope, passwords: passwords).create(
            .init(
                login: "bench.curator", password: "bench-password-1", displayName: "Куратор",
                grants: [Grant(role: .curator, scope: .organization(org.typedID))]))
        let program = ProgramModel()
        program.$organization.id = org.id!
        program.createdAt = scope.now
        program.apply(
            try ProgramInput(
                title: "Программа замера", periodStart: today.adding(days: -120).description,
                periodEnd: today.adding(days: 200).description, forms: ["teacher_teacher"]
            ).validated())
        try await program.create(on: db)
        let text = try await ConsentService.textVersion("Согласие для замера", on: db)

        var people: [PersonModel] = []
        var consents: [ConsentModel] = []
        for index in 0..<(pairs * 2) {
            let person = PersonModel(organizationID: org.id!)
            person.apply(
                .init(
                    surname: "Учитель\(index)", givenName: "Анна", patronymic: "Петровна",
                    birthDate: CalendarDate(year: 1980, month: 1, day: 1)!,
                    categories: [.teacher], teachingExperienceYears: index < pairs ? 20 : 1), partnerID: nil)
            person.id = UUID()
            people.append(person)
            for kind in [Consent.Kind.personalData, .participation] {
                consents.append(
                    ConsentModel(
                        personID: person.id!, kind: kind, purpose: "Участие в программе", signer: .subject,
                        signedOn: today.adding(days: -200), validUntil: today.adding(days: 800), textID: text.id!))
            }
        }
        try await insert(people, on: db)
        try await insert(consents, on: db)

        var mentors: [MentorProfileModel] = []
        var mentees: [MenteeProfileModel] = []
        for index in 0..<pairs {
            let mentor = MentorProfileModel()
            mentor.id = UUID()
            mentor.$program.id = program.id!
            mentor.$person.id = people[index].id!
            mentor.$organization.id = org.id!
            mentor.createdAt = scope.now
            mentor.value = MentorProfile(
                forms: [.teacherTeacher], competencies: ["Методика преподавания предмета"], capacity: 1, status: .active
            )
            mentors.append(mentor)
            let mentee = MenteeProfileModel()
            mentee.id = UUID()
            mentee.$program.id = program.id!
            mentee.$person.id = people[pairs + index].id!
            mentee.$organization.id = org.id!
            mentee.createdAt = scope.now
            mentee.value = MenteeProfile(
                form: .teacherTeacher, requests: [MenteeRequest(text: "Методика преподавания предмета", priority: 1)],
                status: .matched, waitingSince: today.adding(days: -150))
            mentees.append(mentee)
        }
        try await insert(mentors, on: db)
        try await insert(mentees, on: db)

        let since = today.adding(days: -(meetingsPerPair * 2 + 5))
        var mentorships: [MentorshipModel] = []
        var members: [MentorshipMenteeModel] = []
        var meetings: [MeetingModel] = []
        var feedback: [MeetingFeedbackModel] = []
        for index in 0..<pairs {
            let mentorship = MentorshipModel()
            mentorship.id = UUID()
            mentorship.$program.id = program.id!
            mentorship.$organization.id = org.id!
            mentorship.$mentor.id = mentors[index].id!
            mentorship.form = MentoringForm.teacherTeacher
            mentorship.status = MentorshipStatus.active
            mentorship.createdAt = MeetingClock.moment(since, hour: 9, minute: 0)!
            mentorship.startsOn = since
            mentorship.endsOn = program.periodEnd
            mentorship.activeSince = since
            mentorship.plan = PersonalPlan(
                goals: [.init(id: "g1", title: "Освоить методику")],
                tasks: (1...6).map {
                    .init(
                        id: "t\($0)", title: "Задача \($0)", due: since.adding(days: $0 * 14),
                        status: $0 * 14 < meetingsPerPair * 2 - index % 30 ? .done : .planned)
                })
            mentorships.append(mentorship)
            let member = MentorshipMenteeModel()
            member.$mentorship.id = mentorship.id!
            member.$mentee.id = mentees[index].id!
            members.append(member)
            // Every tenth pair stopped meeting three weeks ago.
            let held = index % 10 == 0 ? meetingsPerPair - 10 : meetingsPerPair
            for number in 0..<meetingsPerPair {
                let day = since.adding(days: 2 + number * 2)
                let meeting = MeetingModel()
                meeting.id = UUID()
                meeting.$mentorship.id = mentorship.id!
                meeting.$organization.id = org.id!
                meeting.$mentor.id = mentors[index].id!
                meeting.type = number == 0 ? MeetingType.introductory : number == 1 ? .trial : .regular
                meeting.startsAt = MeetingClock.moment(day, hour: 15, minute: 0)!
                meeting.endsAt = meeting.startsAt.addingTimeInterval(2700)
                meeting.durationMinutes = 45
                meeting.format = MeetingPlace.inPerson
                meeting.place = "Каб. \(index % 40 + 1)"
                meeting.topic = "Встреча \(number + 1)"
                meeting.status = number < held ? MeetingStatus.held : .cancelled
                meeting.attendance = [people[index].id!: true, people[pairs + index].id!: true]
                meeting.taskIDs = []
                meeting.createdBy = "Наставник"
                meeting.createdAt = meeting.endsAt
                meetings.append(meeting)
                guard number < held else { continue }
                for (role, person) in [(Role.mentor, people[index].id!), (.mentee, people[pairs + index].id!)] {
                    let answer = MeetingFeedbackModel()
                    answer.$meeting.id = meeting.id!
                    answer.$mentorship.id = mentorship.id!
                    answer.$person.id = person
                    answer.role = role.rawValue
                    answer.questionnaire = meeting.type.feedbackQuestionnaire
                    answer.token = UUID().uuidString
                    answer.createdAt = meeting.endsAt
                    // The mentees of every seventh pair stopped answering.
                    if !(role == .mentee && index % 7 == 0 && number > held - 6) {
                        let rating = Double(3 + (index + number) % 3)
                        answer.answersText = StoredJSON.encode(["rating": [String(Int(rating))], "achieved": ["Да"]])
                        answer.rating = rating
                        answer.answeredAt = meeting.endsAt.addingTimeInterval(3600)
                    }
                    feedback.append(answer)
                }
            }
        }
        try await insert(mentorships, on: db)
        try await insert(members, on: db)
        try await insert(meetings, on: db)
        try await insert(feedback, on: db)
        // The statistics and visibility map a working database has after its autovacuum: the planner's estimates, and
        // PostgreSQL's index-only scans over the covering indexes.
        if let sql = db as? any SQLDatabase {
            try await sql.raw(sql.dialect.name == "sqlite" ? "ANALYZE" : "VACUUM ANALYZE").run()
        }
        return Program(id: program.id!, organization: org.id!, curator: curator)
    }

    /// Many rows per statement, in one transaction per table.
    private func insert<M: Model>(_ models: [M], on db: any Database) async throws {
        try await db.transaction { db in
            for chunk in models.chunks(of: 400) { try await chunk.create(on: db) }
        }
    }
}
