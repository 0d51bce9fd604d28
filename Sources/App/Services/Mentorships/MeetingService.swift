import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// Meetings of a pair: the mentor or the curator schedules and logs them; a held meeting sends every participant
/// the feedback form.
struct MeetingService {
    let scope: RequestScope
    /// How many days back a meeting may be logged.
    var logDays: Int
    var outbox: Outbox?

    init(scope: RequestScope, logDays: Int, outbox: Outbox?) {
        self.scope = scope
        self.logDays = logDays
        self.outbox = outbox
    }

    var notifier: Notifier { Notifier(db: scope.db, now: scope.now, outbox: outbox) }

    func schedule(in mentorshipID: UUID, input: MeetingInput) async throws -> MeetingModel {
        let (mentorship, access) = try await MentorshipService(scope: scope).kept(mentorshipID)
        if mentorship.status.isClosed {
            throw ValidationFailure(fields: [
                "type":
                    "Пара \(mentorship.status == .terminated ? "прекращена" : "завершена"): новые встречи не вносятся."
            ])
        }
        let valid = try input.validated(now: scope.now, pastWindowDays: logDays)
        try await checkOverlap(valid, mentorID: mentorship.$mentor.id, except: nil)
        let meeting = MeetingModel()
        meeting.$mentorship.id = mentorshipID
        meeting.$organization.id = mentorship.$organization.id
        meeting.$mentor.id = mentorship.$mentor.id
        meeting.apply(valid)
        meeting.status = valid.startsAt <= scope.now ? MeetingStatus.held : .planned
        meeting.attendance = [:]
        meeting.taskIDs = []
        meeting.createdBy = scope.user.displayName
        meeting.createdAt = scope.now
        try await scope.db.atomically { db in
            try await meeting.create(on: db)
            try await AuditLog(scope: scope.on(db)).record(
                .create, .meeting, objectID: meeting.id, organizationID: access.organization.id,
                role: access.role, fields: ["type", "starts_at", "topic"])
        }
        if meeting.status == .held {
            try await askFeedback(
                meeting, mentorship: mentorship,
                people: try await MentorshipPeople.load([mentorship], access: nil, scope: scope))
        }
        return meeting
    }

    /// Two meetings of one mentor (in any of their programs) cannot overlap.
    private func checkOverlap(_ valid: MeetingInput.Valid, mentorID: UUID, except: UUID?) async throws {
        guard let mentor = try await MentorProfileModel.find(mentorID, on: scope.db) else { return }
        let profiles = try await MentorProfileModel.query(on: scope.db).filter(\.$person.$id == mentor.$person.id).all()
            .map { try $0.requireID() }
        let clash = try await MeetingModel.query(on: scope.db).filter(\.$mentor.$id ~~ profiles)
            .filter(\.$status != MeetingStatus.cancelled)
            .filter(\.$startsAt < valid.endsAt).filter(\.$endsAt > valid.startsAt).all()
            .first { $0.id != except }
        if let clash {
            throw ValidationFailure(fields: [
                "time":
                    "У наставника в это время другая встреча: \(MeetingClock.russian(clash.startsAt)), «\(clash.topic)»."
            ])
        }
    }

    struct Outcome: Codable, Sendable {
        var action: String?
        /// Person ids who attended.
        var attended: [String]?
        var notes: String?
        var tasks: [String]?
    }

    /// Marks a meeting held (with who came, notes and the plan tasks it worked on) or cancelled.
    func record(_ id: UUID, _ outcome: Outcome) async throws -> MeetingModel {
        guard let meeting = try await MeetingModel.find(id, on: scope.db) else { throw DomainError.notFound }
        let (mentorship, access) = try await MentorshipService(scope: scope).kept(meeting.$mentorship.id)
        guard meeting.status == .planned else {
            throw ValidationFailure(fields: ["action": "Встреча уже отмечена: «\(meeting.status.title)»."])
        }
        let held = outcome.action == "held"
        if held && meeting.startsAt > scope.now {
            throw ValidationFailure(fields: [
                "action":
                    "Встреча ещё не началась: отметить её проведённой можно после \(MeetingClock.russian(meeting.startsAt))."
            ])
        }
        meeting.status = held ? MeetingStatus.held : .cancelled
        var people: MentorshipPeople?
        if held {
            let loaded = try await MentorshipPeople.load([mentorship], access: nil, scope: scope)
            people = loaded
            let ids = Set((outcome.attended ?? []).compactMap(UUID.init(uuidString:)))
            meeting.attendance = Dictionary(
                uniqueKeysWithValues: try loaded.everyone(in: mentorship).map {
                    ((try $0.person.requireID()), ids.contains(try $0.person.requireID()))
                })
            meeting.taskIDs = (outcome.tasks ?? []).filter { id in
                mentorship.plan?.tasks.contains { $0.id == id } ?? false
            }
            if let notes = outcome.notes?.trimmingCharacters(in: .whitespacesAndNewlines), !notes.isEmpty {
                meeting.notes = String(notes.prefix(5000))
            }
        }
        try await scope.db.atomically { db in
            try await meeting.save(on: db)
            try await AuditLog(scope: scope.on(db)).record(
                .update, .meeting, objectID: id, organizationID: access.organization.id,
                role: access.role, fields: ["status", "attendance", "notes"])
        }
        if let people { try await askFeedback(meeting, mentorship: mentorship, people: people) }
        return meeting
    }

    /// A personal feedback link for every participant with a valid consent who attended (everyone, when attendance
    /// was not marked), and a notice in their bell.
    func askFeedback(_ meeting: MeetingModel, mentorship: MentorshipModel, people: MentorshipPeople) async throws {
        let mentorPeople = Set(
            try ([people.mentor(of: mentorship)].compactMap { $0 } + people.coMentors(of: mentorship)).map {
                try $0.person.requireID()
            }
        )
        let attendance = meeting.attendance
        let asked = try people.everyone(in: mentorship).filter {
            try $0.consentProblem == nil && (attendance.isEmpty || attendance[$0.person.requireID()] == true)
        }
        let existing = Set(
            try await MeetingFeedbackModel.query(on: scope.db).filter(\.$meeting.$id == (try meeting.requireID())).all()
                .map {
                    $0.$person.id
                })
        let accounts = try await notifier.accounts(of: asked.map { try $0.person.requireID() })
        for member in asked where !existing.contains(try member.person.requireID()) {
            let feedback = MeetingFeedbackModel()
            feedback.$meeting.id = (try meeting.requireID())
            feedback.$mentorship.id = (try mentorship.requireID())
            feedback.$person.id = (try member.person.requireID())
            feedback.role =
                mentorPeople.contains(try member.person.requireID()) ? Role.mentor.rawValue : Role.mentee.rawValue
            feedback.questionnaire = meeting.type.feedbackQuestionnaire
            feedback.token = Secrets.token()
            feedback.createdAt = scope.now
            feedback.expiresAt = scope.now.addingTimeInterval(MeetingFeedbackModel.lifetime)
            try await feedback.create(on: scope.db)
            try await notifier.send(
                .init(
                    kind: "feedback", key: Notifier.Notice.feedbackKey(try feedback.requireID()),
                    text: "Оцените встречу «\(meeting.topic)» \(MeetingClock.russian(meeting.startsAt)).",
                    link: SiteURL.feedback(feedback.token).path), to: accounts[(try member.person.requireID())] ?? [])
        }
    }
}
