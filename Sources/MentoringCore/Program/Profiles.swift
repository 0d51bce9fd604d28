import Foundation

/// A request of a mentee: a vocabulary term or free text, with how much it matters (1 — most).
public struct MenteeRequest: Equatable, Codable, Sendable {
    public var text: String
    public var priority: Int

    public init(text: String, priority: Int) {
        self.text = text
        self.priority = priority
    }
}

/// A course a mentor has completed.
public struct MentorTraining: Equatable, Codable, Sendable {
    public var course: String
    public var hours: Int?
    public var completedOn: CalendarDate?
    public var document: String?

    public init(course: String, hours: Int? = nil, completedOn: CalendarDate? = nil, document: String? = nil) {
        self.course = course
        self.hours = hours
        self.completedOn = completedOn
        self.document = document
    }
}

/// Who a person is as a mentor in one program: what they can give and how much time they have.
public struct MentorProfile: Equatable, Sendable {
    public enum Status: String, CaseIterable, Codable, Sendable {
        case candidate
        case registry
        case active
        case left

        public var title: String {
            switch self {
            case .candidate: "Кандидат"
            case .registry: "В реестре"
            case .active: "Наставляет"
            case .left: "Выбыл"
            }
        }
    }

    public var forms: [MentoringForm]
    public var roleModels: [String]
    public var competencies: [String]
    public var competencyNotes: String?
    public var experience: String?
    public var interests: [String]
    /// The age category or grades of mentees, as the mentor puts it: «5–7 классы», «молодые специалисты».
    public var menteeAges: String?
    public var weeklyHours: Int?
    public var capacity: Int
    public var groupAllowed: Bool
    public var format: MeetingFormat
    public var trainings: [MentorTraining]
    public var status: Status
    /// The order that put the mentor into the registry.
    public var registryOrder: String?
    /// The mentor agreed to be offered to other organizations' programs (the municipal base).
    public var offeredToOthers: Bool

    public init(
        forms: [MentoringForm] = [], roleModels: [String] = [], competencies: [String] = [],
        competencyNotes: String? = nil,
        experience: String? = nil, interests: [String] = [], menteeAges: String? = nil, weeklyHours: Int? = nil,
        capacity: Int = 1, groupAllowed: Bool = false, format: MeetingFormat = .any, trainings: [MentorTraining] = [],
        status: Status = .candidate, registryOrder: String? = nil, offeredToOthers: Bool = false
    ) {
        self.forms = forms
        self.roleModels = roleModels
        self.competencies = competencies
        self.competencyNotes = competencyNotes
        self.experience = experience
        self.interests = interests
        self.menteeAges = menteeAges
        self.weeklyHours = weeklyHours
        self.capacity = capacity
        self.groupAllowed = groupAllowed
        self.format = format
        self.trainings = trainings
        self.status = status
        self.registryOrder = registryOrder
        self.offeredToOthers = offeredToOthers
    }
}

/// Who a person is as a mentee in one program: what they ask for, and since when they wait.
public struct MenteeProfile: Equatable, Sendable {
    public enum Status: String, CaseIterable, Codable, Sendable {
        case candidate
        case inBase = "in_base"
        case matched
        case completed
        case left

        public var title: String {
            switch self {
            case .candidate: "Кандидат"
            case .inBase: "В базе"
            case .matched: "В паре"
            case .completed: "Завершил"
            case .left: "Выбыл"
            }
        }
    }

    public var form: MentoringForm
    public var requests: [MenteeRequest]
    public var requestNotes: String?
    public var interests: [String]
    public var weeklyHours: Int?
    public var format: MeetingFormat
    public var status: Status
    public var waitingSince: CalendarDate

    public init(
        form: MentoringForm, requests: [MenteeRequest] = [], requestNotes: String? = nil, interests: [String] = [],
        weeklyHours: Int? = nil, format: MeetingFormat = .any, status: Status = .candidate, waitingSince: CalendarDate
    ) {
        self.form = form
        self.requests = requests
        self.requestNotes = requestNotes
        self.interests = interests
        self.weeklyHours = weeklyHours
        self.format = format
        self.status = status
        self.waitingSince = waitingSince
    }

    /// Requests in priority order, as the base lists them.
    public var requestsText: String {
        requests.sorted { $0.priority < $1.priority }.map(\.text).joined(separator: "; ")
    }
}
