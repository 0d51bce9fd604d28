import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// What the current user is to a mentorship: staff of its organization or one of its participants.
struct MentorshipAccess {
    var organization: OrganizationModel
    var access: OrganizationAccess?
    var isMentor: Bool
    var isMentee: Bool

    var isStaff: Bool { access?.readsAll ?? false }
    var manages: Bool { access?.manages ?? false }
    /// Meetings, the plan and the report are kept by the pair's mentor and by the curator.
    var keepsRecords: Bool { isMentor || manages }
    var role: Role? { access?.role }
}

/// A mentorship with everything its page shows.
struct MentorshipDetail {
    var mentorship: MentorshipModel
    var program: ProgramModel
    var people: MentorshipPeople
    var access: MentorshipAccess
    var events: [MentorshipEventModel]
    var meetings: [MeetingModel]
    var feedback: [MeetingFeedbackModel]
    var orders: [OrderModel]

    /// The pair's id.
    var id: UUID
}

/// Mentorships of a program: read by its staff and by the people in each pair; every read is audited.
struct MentorshipService {
    let scope: RequestScope

    var audit: AuditLog { AuditLog(scope: scope) }

    /// The mentorship with the user's relation to it; 404 when the user has none.
    func find(_ id: UUID) async throws -> (MentorshipModel, MentorshipAccess) {
        guard
            let mentorship = try await MentorshipModel.query(on: scope.db).filter(\.$id == id).with(\.$mentees).with(
                \.$mentor
            ).first()
        else { throw DomainError.notFound }
        guard let relation = try await access(to: mentorship) else { throw DomainError.notFound }
        return (mentorship, relation)
    }

    func access(to mentorship: MentorshipModel) async throws -> MentorshipAccess? {
        let org: OrganizationModel
        let access: OrganizationAccess?
        do {
            (org, access) = try await OrganizationDirectory(scope: scope).organization(mentorship.$organization.id)
        } catch { return nil }
        if access?.readsAll == true {
            return MentorshipAccess(organization: org, access: access, isMentor: false, isMentee: false)
        }
        let mentorPeople = try await MentorProfileModel.query(on: scope.db).filter(
            \.$id ~~ ([mentorship.$mentor.id] + mentorship.coMentors)
        ).all()
            .map { $0.$person.id }
        let menteePeople = try await MenteeProfileModel.query(on: scope.db).filter(
            \.$id ~~ mentorship.mentees.map { $0.$mentee.id }
        ).all()
            .map { $0.$person.id }
        var wards: [UUID] = []
        if let representative = scope.user.representativeID {
            wards = try await RepresentationModel.query(on: scope.db).filter(\.$representative.$id == representative)
                .all().map { $0.$person.id }
        }
        let me = scope.user.personID
        let isMentor = me.map(mentorPeople.contains) ?? false
        let isMentee = (me.map(menteePeople.contains) ?? false) || !Set(wards).isDisjoint(with: menteePeople)
        guard isMentor || isMentee else { return nil }
        return MentorshipAccess(organization: org, access: access, isMentor: isMentor, isMentee: isMentee)
    }

    /// The mentorship for a change by its mentor or the curator. A mentee or a representative does not learn that
    /// the form exists (404); staff who only read are told why (403).
    func kept(_ id: UUID) async throws -> (MentorshipModel, MentorshipAccess) {
        let (mentorship, access) = try await find(id)
        guard access.keepsRecords || access.isStaff else { throw DomainError.notFound }
        guard access.keepsRecords else {
            throw DomainError.refused("Изменять записи пары может её наставник или куратор программы.")
        }
        return (mentorship, access)
    }

    func managed(_ id: UUID) async throws -> (MentorshipModel, MentorshipAccess) {
        let (mentorship, access) = try await find(id)
        guard access.isStaff else { throw DomainError.notFound }
        guard access.manages else {
            throw DomainError.refused("Менять состав и статус пары может куратор или руководитель.")
        }
        return (mentorship, access)
    }

    func detail(_ id: UUID) async throws -> MentorshipDetail {
        let (mentorship, access) = try await find(id)
        guard let program = try await ProgramModel.find(mentorship.$program.id, on: scope.db) else {
            throw DomainError.notFound
        }
        let people = try await MentorshipPeople.load([mentorship], access: access.access, scope: scope)
        let events = try await MentorshipEventModel.query(on: scope.db).filter(\.$mentorship.$id == id).sort(\.$at)
            .all()
        let meetings = try await MeetingModel.query(on: scope.db).filter(\.$mentorship.$id == id).sort(\.$startsAt)
            .all()
        let feedback = try await MeetingFeedbackModel.query(on: scope.db).filter(\.$mentorship.$id == id).all()
        let orderIDs = try await OrderItemModel.query(on: scope.db).filter(\.$mentorship.$id == id).all().map {
            $0.$order.id
        }
        let orders = try await OrderModel.query(on: scope.db).filter(\.$id ~~ orderIDs).sort(\.$createdAt).all()
        try await audit.record(
            .read, .mentorship, objectID: id, organizationID: access.organization.id, role: access.role)
        return MentorshipDetail(
            mentorship: mentorship, program: program, people: people, access: access, events: events,
            meetings: meetings, feedback: feedback, orders: orders, id: id)
    }

    /// The pair's personal plan and analytic report as documents.
    func documents(_ id: UUID) async throws -> MentorshipDocuments {
        let detail = try await detail(id)
        return MentorshipDocuments(detail: detail, organizationName: detail.access.organization.fullName)
    }

    /// Every mentorship of the program, newest first, with its people.
    /// Saves a new draft pair with its mentees, marks them matched and opens its history: the one way pairs are made,
    /// from an accepted run or by hand.
    /// Writes a draft pair after claiming its places across all programs (`Placements`); throws
    /// `DomainError.conflict` naming who is taken. Call it inside `atomically`, so a lost race re-reads.
    static func insertDraft(
        _ mentorship: MentorshipModel, mentees: [UUID], note: String, scope: RequestScope,
        on db: any Database, freeing previous: UUID? = nil
    ) async throws {
        guard let mentor = try await MentorProfileModel.find(mentorship.$mentor.id, on: db) else {
            throw DomainError.notFound
        }
        let menteeProfiles = try await MenteeProfileModel.query(on: db).filter(\.$id ~~ mentees).all()
        try await Placements(db: db).claim(mentor: mentor, mentees: menteeProfiles, freeing: previous)
        mentorship.status = MentorshipStatus.draft
        mentorship.createdAt = scope.now
        try await mentorship.create(on: db)
        for mentee in mentees {
            let member = MentorshipMenteeModel()
            member.$mentorship.id = (try mentorship.requireID())
            member.$mentee.id = mentee
            try await member.create(on: db)
        }
        try await MenteeProfileModel.query(on: db).filter(\.$id ~~ mentees).set(
            \.$status, to: MenteeProfile.Status.matched
        ).update()
        try await record(mentorship, from: nil, to: .draft, note: note, scope: scope, on: db)
    }

    /// Appends a line to the history; the caller saves the mentorship in the same transaction.
    static func record(
        _ mentorship: MentorshipModel, from: MentorshipStatus?, to: MentorshipStatus, note: String,
        scope: RequestScope, on db: any Database
    ) async throws {
        let event = MentorshipEventModel()
        event.$mentorship.id = (try mentorship.requireID())
        event.at = scope.now
        event.fromStatus = from
        event.toStatus = to
        event.note = note
        event.actor = scope.user.displayName
        try await event.create(on: db)
    }
}
