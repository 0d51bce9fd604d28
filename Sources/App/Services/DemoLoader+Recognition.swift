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
