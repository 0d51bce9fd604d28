import Foundation
import MentoringCore
import Vapor

/// Recognition through the API: a person's record as a mentor with the rewards it meets, and a signed reward order's
/// letters and diplomas as DOCX.
struct APIRewardController: RouteCollection {
    struct RecordDTO: Content {
        struct Mentorship: Content {
            var program: String
            var startsOn: CalendarDate?
            var status: String
            var mentees: Int
        }

        struct Reward: Content {
            var kind: String
            var order: String
            var date: CalendarDate
        }

        struct Eligibility: Content {
            var kind: String
            var meets: Bool
            var shortfall: String?
        }

        var personID: UUID
        var years: Int
        var completed: Int
        var active: Int
        var mentees: Int
        var mentorships: [Mentorship]
        var rewards: [Reward]
        var trainings: [MentorTraining]
        var eligibility: [Eligibility]

        init(personID: UUID, _ record: MentorRecord) {
            self.personID = personID
            (years, completed, active, mentees) = (record.years, record.completed, record.active, record.mentees)
            mentorships = record.mentorships.map {
                .init(program: $0.program, startsOn: $0.startsOn, status: $0.status.rawValue, mentees: $0.mentees)
            }
            rewards = record.rewards.map { .init(kind: $0.kind.rawValue, order: $0.order, date: $0.date) }
            trainings = record.trainings
            eligibility = record.eligibility().map {
                .init(kind: $0.kind.rawValue, meets: $0.shortfall == nil, shortfall: $0.shortfall)
            }
        }
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get("people", ":personID", "mentor-record") { req in
            let id = try req.id("personID")
            let (_, _, record) = try await RewardService(scope: req.scope()).record(id)
            return RecordDTO(personID: id, record)
        }
        routes.get("orders", ":orderID", "diplomas", "document") { req in
            let (data, name) = try await OrderService(scope: req.scope()).diplomas(req.id("orderID"))
            return FileDownload.response(data, fileName: name + ".docx", contentType: nil)
        }
    }
}
