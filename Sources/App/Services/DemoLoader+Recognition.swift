import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// The demo's training plan: a course that ended, with certificates for the two of the school's first three mentors
/// who attended both sessions, and one under way that the three are registered for.
extension DemoLoader {
    func demoTrainings(_ municipality: MunicipalityModel, school: OrganizationModel) async throws {
        let service = TrainingService(scope: scope)
        let mentors = try await inNameOrder(
            MentorProfileModel.query(on: scope.db).filter(\.$organization.$id == (try school.requireID())).all()
        ) { $0.$person.id }.map { $0.$person.id.uuidString }
        let today = scope.today
        let courses = [
            ("Школа молодого педагога", "Методический центр", 36, today.adding(days: -60), today.adding(days: -10)),
            (
                "Наставник: роль и инструменты", "Институт развития образования", 16, today.adding(days: -20),
                today.adding(days: 20)
            ),
        ]
        for (title, provider, hours, starts, ends) in courses {
            let training = try await service.create(
                in: try municipality.requireID(),
                TrainingInput(
                    title: title, provider: provider, hours: String(hours), startsOn: starts.description,
                    endsOn: ends.description))
            let id = try training.requireID()
            for (offset, topic) in [(5, "Роль наставника в школе"), (15, "Индивидуальный план развития")] {
                try await service.addSession(
                    id, TrainingSessionInput(heldOn: starts.adding(days: offset).description, topic: topic))
            }
            // The course that ended was registered for while it ran: a month ago.
            var then = scope
            let now = scope.now
            then.clock = Clock(now: { now.addingTimeInterval(ends < today ? -30 * 86_400 : 0) })
            try await TrainingService(scope: then).register(
                id, forOrganization: try school.requireID(), Array(mentors.prefix(3)))
            guard ends < today else { continue }
            let card = try await service.card(id)
            let marks = try card.registrants.prefix(2).flatMap { registrant in
                try card.sessions.map { "\(registrant.id):\(try $0.requireID())" }
            }
            try await service.setAttendance(id, marks)
            _ = try await service.issueCertificates(id)
        }
    }
}

extension DemoLoader {
    /// The demo's «Наставник года»: nominations open for ten more days, the coordinator and the school's head on the
    /// jury, two of the school's mentors nominated.
    func demoContest(_ municipality: MunicipalityModel, school: OrganizationModel) async throws {
        let service = ContestService(scope: scope)
        let contest = try await service.create(
            in: try municipality.requireID(),
            ContestInput(
                title: "Наставник года — \(scope.today.year)",
                nominations: "Наставник молодого педагога\nНаставник обучающихся",
                criteria: "Результаты наставляемых — 10\nМетодическая грамотность — 5\nДиссеминация опыта — 5",
                applicationsUntil: scope.today.adding(days: 10).description,
                scoringUntil: scope.today.adding(days: 30).description))
        let jury = try await AccountModel.query(on: scope.db).filter(\.$login ~~ ["coordinator", "school.head"]).all()
        try await service.setJury(try contest.requireID(), try jury.map { try $0.requireID().uuidString })
        let mentors = try await inNameOrder(
            MentorProfileModel.query(on: scope.db).filter(\.$organization.$id == (try school.requireID())).all()
        ) { $0.$person.id }
        for (mentor, essay) in zip(
            mentors.prefix(2), ["Ввела в профессию троих молодых учителей.", "Ведёт проектную группу."])
        {
            _ = try await service.nominate(
                try contest.requireID(), forOrganization: try school.requireID(),
                ContestApplicationInput(
                    person: mentor.$person.id.uuidString, nomination: "Наставник молодого педагога", essay: essay,
                    publicationConsent: "true"))
        }
    }
}

extension DemoLoader {
    /// A case of best practice of the school's program, accepted into the municipal base.
    func demoPractice(_ school: OrganizationModel) async throws {
        guard
            let program = try await ProgramModel.query(on: scope.db)
                .filter(\.$organization.$id == (try school.requireID())).first()
        else { return }
        let service = BestPracticeService(scope: scope)
        let practice = try await service.create(
            in: try school.requireID(),
            BestPracticeInput(
                source: "program:\(try program.requireID())", form: MentoringForm.teacherTeacher.rawValue,
                title: "Первый год молодого учителя",
                problem: "Молодые учителя уходили из школы в первый год работы.",
                actions: "Каждому — наставник из опытных учителей, встречи раз в неделю, открытые уроки.",
                results: "Все молодые учителя остались в школе."))
        for step in [BestPracticeStatus.approved, .offered, .accepted] {
            _ = try await service.move(try practice.requireID(), to: step, note: nil)
        }
    }
}
