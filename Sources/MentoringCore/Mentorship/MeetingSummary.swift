import Foundation

/// A meeting as a calendar lists it: when, about what, of which kind, where, and whether it took place.
public struct MeetingSummary: Equatable, Sendable {
    public typealias ID = Identifier<MeetingSummary>

    public var id: ID
    public var startsAt: Date
    public var topic: String
    public var type: MeetingType
    /// The room, or the link of a remote meeting.
    public var place: String
    public var status: MeetingStatus

    public init(
        id: ID, startsAt: Date, topic: String, type: MeetingType, place: String, status: MeetingStatus
    ) {
        self.id = id
        self.startsAt = startsAt
        self.topic = topic
        self.type = type
        self.place = place
        self.status = status
    }
}
