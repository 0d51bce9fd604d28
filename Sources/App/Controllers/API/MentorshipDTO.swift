import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence
import Vapor

/// A participant of a pair: named only while their consent allows it.
struct MentorshipMemberDTO: Content {
    var profileID: UUID
    var personID: UUID
    var name: String
    var named: Bool

    init(_ member: MentorshipPeople.Member) throws {
        profileID = member.profileID
        personID = (try member.person.requireID())
        name = member.name
        named = member.named
    }
}

/// A row of the curator's table: the pair with its rhythm figures and today's risks.
struct MentorshipRowDTO: Content {
    var id: UUID
    var status: String
    var form: String
    var mentor: String
    var mentees: String
    var meetingsPerWeek: Double?
    var lastMeeting: Date?
    var nextMeeting: Date?
    var feedbackAverage: Double?
    var risks: [RhythmRisk]

    init(_ row: MentorshipTable.Row) {
        id = row.id
        status = row.status.rawValue
        form = row.form.rawValue
        mentor = row.mentor
        mentees = row.mentees
        meetingsPerWeek = row.meetingsPerWeek
        lastMeeting = row.lastMeeting
        nextMeeting = row.nextMeeting
        feedbackAverage = row.feedbackAverage
        risks = row.risks
    }
}

struct MeetingDTO: Content {
    var id: UUID
    var mentorshipID: UUID
    var type: String
    var startsAt: Date
    var durationMinutes: Int
    var format: String
    var place: String?
    var link: String?
    var topic: String
    var notes: String?
    var status: String
    /// Person id → attended.
    var attendance: [String: Bool]
    var taskIDs: [String]

    init(_ model: MeetingModel) throws {
        id = (try model.requireID())
        mentorshipID = model.$mentorship.id
        type = model.type.rawValue
        startsAt = model.startsAt
        durationMinutes = model.durationMinutes
        format = model.format.rawValue
        place = model.place
        link = model.link
        topic = model.topic
        notes = model.notes
        status = model.status.rawValue
        attendance = Dictionary(uniqueKeysWithValues: model.attendance.map { ($0.key.uuidString, $0.value) })
        taskIDs = model.taskIDs
    }
}

/// A mentorship with its people, plan, meetings, feedback averages, orders and history.
struct MentorshipDTO: Content {
    struct Event: Content {
        var at: Date
        var fromStatus: String?
        var toStatus: String
        var note: String
        var actor: String
    }

    var id: UUID
    var programID: UUID
    var organizationID: UUID
    var status: String
    var form: String
    var roleModel: String?
    var kinds: [String]
    var startsOn: String?
    var endsOn: String?
    var activeSince: String?
    var closedOn: String?
    var terminationReason: String?
    var previousMentorshipID: UUID?
    var bestPractice: Bool
    var mentor: MentorshipMemberDTO?
    var coMentors: [MentorshipMemberDTO]
    var mentees: [MentorshipMemberDTO]
    var plan: PersonalPlan?
    var planProgressPercent: Int?
    var meetings: [MeetingDTO]
    var feedbackAverage: Double?
    var orders: [OrderSummaryDTO]
    var reportSubmittedOn: String?
    var history: [Event]

    init(_ detail: MentorshipDetail) throws {
        let m = detail.mentorship
        id = detail.id
        programID = m.$program.id
        organizationID = m.$organization.id
        status = m.status.rawValue
        form = m.form.rawValue
        roleModel = m.roleModel
        kinds = m.kinds.map(\.rawValue)
        startsOn = m.startsOn?.description
        endsOn = m.endsOn?.description
        activeSince = m.activeSince?.description
        closedOn = m.closedOn?.description
        terminationReason = m.terminationReason?.rawValue
        previousMentorshipID = m.previousMentorshipID
        bestPractice = m.bestPractice ?? false
        mentor = try detail.people.mentor(of: m).map(MentorshipMemberDTO.init)
        coMentors = try detail.people.coMentors(of: m).map(MentorshipMemberDTO.init)
        mentees = try detail.people.mentees(of: m).map(MentorshipMemberDTO.init)
        plan = m.plan
        planProgressPercent = m.plan?.progressPercent
        meetings = try detail.meetings.map(MeetingDTO.init)
        let ratings = detail.feedback.compactMap(\.rating)
        feedbackAverage = ratings.isEmpty ? nil : ratings.reduce(0, +) / Double(ratings.count)
        orders = try detail.orders.map { OrderSummaryDTO(try $0.summary) }
        reportSubmittedOn = m.report.submittedOn
        history = detail.events.map {
            Event(
                at: $0.at, fromStatus: $0.fromStatus?.rawValue,
                toStatus: $0.toStatus.rawValue, note: $0.note, actor: $0.actor)
        }
    }
}

struct OrderSummaryDTO: Content {
    var id: UUID
    var kind: String
    var title: String
    var status: String
    var number: String?
    var signedOn: String?

    init(_ order: OrderSummary) {
        id = order.id.rawValue
        kind = order.kind.rawValue
        title = order.title
        status = order.status.rawValue
        number = order.number
        signedOn = order.signedOn?.description
    }
}

/// An order with its grounds, points and what it covers.
struct OrderDTO: Content {
    var id: UUID
    var organizationID: UUID
    var programID: UUID?
    var kind: String
    var title: String
    var grounds: String
    var points: [String]
    var status: String
    var number: String?
    var signedOn: String?
    var hasScan: Bool
    var mentorships: [UUID]
    var mentors: [UUID]
    var createdBy: String
    var createdAt: Date

    init(_ model: OrderModel) throws {
        id = (try model.requireID())
        organizationID = model.$organization.id
        programID = model.$program.id
        kind = model.kind.rawValue
        title = model.title
        grounds = model.grounds
        points = model.points
        status = model.status.rawValue
        number = model.number
        signedOn = model.signedOn?.description
        hasScan = model.scanName != nil
        mentorships = model.items.compactMap { $0.$mentorship.id }
        mentors = model.items.compactMap { $0.$mentor.id }
        createdBy = model.createdBy
        createdAt = model.createdAt
    }
}
