import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// A participant's own mentoring: the pairs they mentor or are mentored in (a representative: their wards'),
/// the meetings ahead, the feedback to give, the plan tasks and the reminders.
struct ParticipantService {
    let scope: RequestScope

    struct Overview {
        var mentoring: [MentorshipModel]
        var mentored: [MentorshipModel]
        var people: MentorshipPeople
        var meetings: [MeetingModel]
        var feedback: [MeetingFeedbackModel]
        var notifications: [AccountNotification]

        var all: [MentorshipModel] { mentoring + mentored }
    }

    func overview() async throws -> Overview {
        var persons: [UUID] = scope.user.personID.map { [$0] } ?? []
        var wards: [UUID] = []
        if let representative = scope.user.representativeID {
            wards = try await RepresentationModel.query(on: scope.db).filter(\.$representative.$id == representative)
                .all().map { $0.$person.id }
        }
        let mentorProfiles =
            persons.isEmpty
            ? []
            : try await MentorProfileModel.query(on: scope.db).filter(\.$person.$id ~~ persons).all().map {
                try $0.requireID()
            }
        persons += wards
        let menteeProfiles =
            persons.isEmpty
            ? []
            : try await MenteeProfileModel.query(on: scope.db).filter(\.$person.$id ~~ persons).all().map {
                try $0.requireID()
            }
        let memberships =
            menteeProfiles.isEmpty
            ? [] : try await MentorshipMenteeModel.query(on: scope.db).filter(\.$mentee.$id ~~ menteeProfiles).all()
        // Pairs the person leads, and pairs they co-lead (co-mentors are kept as a list of profile ids).
        let mentoring =
            mentorProfiles.isEmpty
            ? []
            : try await MentorshipModel.query(on: scope.db).group(.or) { either in
                either.filter(\.$mentor.$id ~~ mentorProfiles)
                for profile in mentorProfiles {
                    either.filter(\.$coMentorsText, .contains(inverse: false, .anywhere), profile.uuidString)
                }
            }.with(\.$mentees).all()
        let mentored =
            memberships.isEmpty
            ? []
            : try await MentorshipModel.query(on: scope.db)
                .filter(\.$id ~~ memberships.map { $0.$mentorship.id }).with(\.$mentees).all()
        let all = mentoring + mentored
        let people = try await MentorshipPeople.load(all, access: nil, scope: scope)
        let ids = try all.map { try $0.requireID() }
        let meetings =
            ids.isEmpty
            ? [] : try await MeetingModel.query(on: scope.db).filter(\.$mentorship.$id ~~ ids).sort(\.$startsAt).all()
        let feedback =
            persons.isEmpty
            ? []
            : try await MeetingFeedbackModel.query(on: scope.db).filter(\.$person.$id ~~ persons)
                .filter(\.$answeredAt == nil).with(\.$meeting).all().filter { scope.now < $0.deadline }
        let notifications = try await notifications()
        for mentorship in all {
            try await AuditLog(scope: scope).record(
                .read, .mentorship, objectID: mentorship.id, organizationID: mentorship.$organization.id,
                role: scope.user.mainRole)
        }
        return Overview(
            mentoring: mentoring, mentored: mentored, people: people, meetings: meetings, feedback: feedback,
            notifications: notifications)
    }

    /// The account's latest notifications, newest first.
    func notifications() async throws -> [AccountNotification] {
        guard let account = scope.user.accountID else { return [] }
        return try await NotificationModel.query(on: scope.db).filter(\.$account.$id == account).sort(
            \.$createdAt, .descending
        ).limit(50).all().map(\.value)
    }

    /// Marks the account's notifications read.
    func markRead() async throws {
        guard let account = scope.user.accountID else { return }
        try await NotificationModel.query(on: scope.db).filter(\.$account.$id == account).filter(\.$readAt == nil)
            .set(\.$readAt, to: scope.now).update()
    }

    /// The secret of the account's meetings calendar, made on first use.
    func calendarToken() async throws -> String? {
        guard let id = scope.user.accountID, let account = try await AccountModel.find(id, on: scope.db) else {
            return nil
        }
        if let token = account.calendarToken { return token }
        account.calendarToken = Secrets.token()
        try await account.save(on: scope.db)
        return account.calendarToken
    }
}
