import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

extension DemoLoader {
    /// Teacher pairs of the school's program fixed by a signed order, with personal plans, the last fortnight's
    /// meetings and their feedback, a meeting next week — and one pair that has missed its weekly meeting. All
    /// made through the same services as the pages, so the consents and places are checked as for a curator.
    func demoMentorships(_ org: OrganizationModel) async throws {
        guard
            let program = try await ProgramModel.query(on: scope.db).filter(
                \.$organization.$id == (try org.requireID())
            ).first()
        else { return }
        let mentors = try await inNameOrder(
            MentorProfileModel.query(on: scope.db).filter(\.$program.$id == (try program.requireID()))
                .all().filter { $0.mentoringForms.contains(.teacherTeacher) }
        ) { $0.$person.id }
        var mentees = try await inNameOrder(
            MenteeProfileModel.query(on: scope.db).filter(\.$program.$id == (try program.requireID()))
                .all().filter { $0.value.form == .teacherTeacher }
        ) { $0.$person.id }
        let service = MentorshipService(scope: scope)
        var pairs: [MentorshipModel] = []
        for mentor in mentors where pairs.count < 4 {
            for (index, mentee) in mentees.enumerated() {
                let input = MentorshipInput(
                    mentor: (try mentor.requireID()).uuidString, mentees: [(try mentee.requireID()).uuidString],
                    form: MentoringForm.teacherTeacher.rawValue)
                guard let pair = try? await service.create(in: try program.requireID(), input: input) else { continue }
                pairs.append(pair)
                mentees.remove(at: index)
                break
            }
        }
        guard let first = pairs.first, let firstMentor = mentors.first(where: { $0.id == first.$mentor.id }) else {
            return
        }
        let person = try await PersonModel.find(firstMentor.$person.id, on: scope.db)
        _ = try await AccountService(scope: scope, passwords: passwords).create(
            .init(
                login: "school.mentor", password: Self.password, displayName: person?.details.fullName ?? "Наставник",
                grants: [Grant(role: .mentor, scope: .organization(org.typedID))], personID: firstMentor.$person.id))
        let orders = OrderService(scope: scope)
        let order = try await orders.create(
            in: try org.requireID(),
            input: OrderInput(kind: OrderKind.fixMentorships.rawValue, program: (try program.requireID()).uuidString))
        _ = try await orders.sign(
            (try order.requireID()), number: "112-о", date: scope.today.adding(days: -16).description, scan: nil)
        let meetings = MeetingService(scope: scope, logDays: 14, outbox: nil)
        let feedback = FeedbackService(db: scope.db, clock: scope.clock, requestID: scope.requestID)
        for (index, pair) in pairs.enumerated() {
            try await service.change((try pair.requireID()), .activate)
            try await service.changePlan((try pair.requireID()), PlanChange(action: "draft"))
            try await service.changePlan(
                (try pair.requireID()),
                PlanChange(
                    action: "task", title: "Посетить и разобрать два урока наставника",
                    due: scope.today.adding(days: 10).description))
            try await service.changePlan(
                (try pair.requireID()),
                PlanChange(
                    action: "task", title: "Провести открытый урок",
                    due: scope.today.adding(days: 45).description))
            let held: [(Int, MeetingType, String)] =
                index == pairs.count - 1
                ? [(13, .trial, "Пробная встреча: знакомство с классом")]
                : [
                    (13, .trial, "Пробная встреча: знакомство с классом"),
                    (6, .planning, "Персонализированная программа: цели и задачи"),
                ]
            for (daysAgo, type, topic) in held + [(-4, .regular, "Разбор урока наставляемого")] {
                _ = try await meetings.schedule(
                    in: try pair.requireID(),
                    input: MeetingInput(
                        type: type.rawValue, date: scope.today.adding(days: -daysAgo).description,
                        time: "15:\(10 + index * 10)", durationMinutes: "45",
                        format: MeetingPlace.inPerson.rawValue, place: "Кабинет \(21 + index)", topic: topic))
            }
            let links = try await MeetingFeedbackModel.query(on: scope.db).filter(
                \.$mentorship.$id == (try pair.requireID())
            ).all()
            for link in links where link.questionnaire == Questionnaire.compatibility.key {
                _ = try await feedback.submit(
                    link.token, raw: ["comfort": ["\(4 + index % 2)"], "useful": ["4"], "continue": ["Да"]])
            }
            for link in links
            where link.questionnaire == Questionnaire.meetingFeedback.key && link.role == Role.mentor.rawValue {
                _ = try await feedback.submit(link.token, raw: ["rating": ["5"], "achieved": ["Да"]])
            }
        }
    }
}
