import Foundation

/// A profile field a question fills: the answers flow into the mentor or mentee profile after the curator's review.
public enum ProfileField: String, CaseIterable, Codable, Sendable {
    case mainRequest = "main_request"
    case requests
    case requestNotes = "request_notes"
    case competencies
    case competencyNotes = "competency_notes"
    case experience
    case interests
    case menteeAges = "mentee_ages"
    case weeklyHours = "weekly_hours"
    case capacity
    case groupAllowed = "group_allowed"
    case format
    case offeredToOthers = "offered_to_others"

    public var title: String {
        switch self {
        case .mainRequest: "Главный запрос"
        case .requests: "Запросы"
        case .requestNotes: "Запросы своими словами"
        case .competencies: "Компетенции"
        case .competencyNotes: "Компетенции своими словами"
        case .experience: "Жизненный и профессиональный опыт"
        case .interests: "Интересы"
        case .menteeAges: "Возраст или классы наставляемых"
        case .weeklyHours: "Часов в неделю"
        case .capacity: "Наставляемых одновременно"
        case .groupAllowed: "Групповое наставничество"
        case .format: "Формат встреч"
        case .offeredToOthers: "Готов работать с другими организациями"
        }
    }

    func accepts(_ kind: Question.Kind) -> Bool {
        switch self {
        case .mainRequest: [.singleChoice, .vocabulary].contains(kind)
        case .requests, .competencies: [.multipleChoice, .vocabulary].contains(kind)
        case .interests: [.multipleChoice, .vocabulary, .shortText, .longText].contains(kind)
        case .requestNotes, .competencyNotes, .experience, .menteeAges:
            [.shortText, .longText, .multipleChoice].contains(kind)
        case .weeklyHours, .capacity: kind == .number
        case .groupAllowed, .format, .offeredToOthers: kind == .singleChoice
        }
    }
}

/// What a response proposes for a profile: only the fields its questions fill and the person answered.
public struct ProfileProposal: Equatable, Sendable {
    public var requests: [MenteeRequest]?
    public var requestNotes: String?
    public var competencies: [String]?
    public var competencyNotes: String?
    public var experience: String?
    public var interests: [String]?
    public var menteeAges: String?
    public var weeklyHours: Int?
    public var capacity: Int?
    public var groupAllowed: Bool?
    public var format: MeetingFormat?
    public var offeredToOthers: Bool?

    public init(questionnaire: Questionnaire, answers: Answers) {
        var main: String?
        var others: [String] = []
        for question in questionnaire.questions {
            guard let field = question.profileField, let values = answers[question.id], !values.isEmpty else {
                continue
            }
            let text = values.joined(separator: "; ")
            switch field {
            case .mainRequest: main = values[0]
            case .requests: others += values
            case .requestNotes: requestNotes = text
            case .competencies: competencies = (competencies ?? []) + values
            case .competencyNotes: competencyNotes = text
            case .experience: experience = text
            case .interests: interests = (interests ?? []) + values.flatMap(Self.list)
            case .menteeAges: menteeAges = text
            case .weeklyHours: weeklyHours = Double(values[0]).map { Int($0.rounded()) }
            case .capacity: capacity = Double(values[0]).map { Int($0.rounded()) }
            case .groupAllowed: groupAllowed = Self.yes(values[0])
            case .format: format = MeetingFormat.allCases.first { $0.title == values[0] } ?? .any
            case .offeredToOthers: offeredToOthers = Self.yes(values[0])
            }
        }
        if main != nil || !others.isEmpty {
            let ordered = ([main].compactMap { $0 } + others).uniqued()
            requests = ordered.map { MenteeRequest(text: $0, priority: $0 == main ? 1 : 2) }
        }
    }

    static func yes(_ text: String) -> Bool { text.lowercased().hasPrefix("да") }

    /// «рисование, футбол; шахматы» → three interests.
    static func list(_ text: String) -> [String] {
        text.split(whereSeparator: { ",;\n".contains($0) }).map { $0.trimmingCharacters(in: .whitespaces) }.filter {
            !$0.isEmpty
        }
    }

    public func applied(to profile: MentorProfile) -> MentorProfile {
        var p = profile
        if let competencies { p.competencies = competencies }
        if let competencyNotes { p.competencyNotes = competencyNotes }
        if let experience { p.experience = experience }
        if let interests { p.interests = interests }
        if let menteeAges { p.menteeAges = menteeAges }
        if let weeklyHours { p.weeklyHours = weeklyHours }
        if let capacity { p.capacity = max(0, capacity) }
        if let groupAllowed { p.groupAllowed = groupAllowed }
        if let format { p.format = format }
        if let offeredToOthers { p.offeredToOthers = offeredToOthers }
        return p
    }

    public func applied(to profile: MenteeProfile) -> MenteeProfile {
        var p = profile
        if let requests { p.requests = requests }
        if let requestNotes { p.requestNotes = requestNotes }
        if let interests { p.interests = interests }
        if let weeklyHours { p.weeklyHours = weeklyHours }
        if let format { p.format = format }
        return p
    }

    public func changes(to profile: MentorProfile) -> [ProfileChange] {
        ProfileChange.between(profile, applied(to: profile), fields: MentorProfile.shownFields)
    }

    public func changes(to profile: MenteeProfile) -> [ProfileChange] {
        ProfileChange.between(profile, applied(to: profile), fields: MenteeProfile.shownFields)
    }
}

/// One line of the diff a curator reviews before answers change a profile.
public struct ProfileChange: Equatable, Codable, Sendable {
    public var field: String
    public var old: String
    public var new: String

    public init(field: String, old: String, new: String) {
        self.field = field
        self.old = old
        self.new = new
    }

    static func between<P>(_ old: P, _ new: P, fields: [(String, @Sendable (P) -> String)]) -> [ProfileChange] {
        fields.compactMap { title, text in
            text(old) == text(new) ? nil : ProfileChange(field: title, old: text(old), new: text(new))
        }
    }
}

extension MentorProfile {
    /// The fields a page shows, with their text: the diff and the profile page use the same words.
    public static let shownFields: [(String, @Sendable (MentorProfile) -> String)] = [
        (ProfileField.competencies.title, { $0.competencies.joined(separator: "; ") }),
        (ProfileField.competencyNotes.title, { $0.competencyNotes ?? "" }),
        (ProfileField.experience.title, { $0.experience ?? "" }),
        (ProfileField.interests.title, { $0.interests.joined(separator: ", ") }),
        (ProfileField.menteeAges.title, { $0.menteeAges ?? "" }),
        (ProfileField.weeklyHours.title, { $0.weeklyHours.map(String.init) ?? "" }),
        (ProfileField.capacity.title, { String($0.capacity) }),
        (ProfileField.groupAllowed.title, { $0.groupAllowed ? "да" : "нет" }),
        (ProfileField.format.title, { $0.format.title }),
        (ProfileField.offeredToOthers.title, { $0.offeredToOthers ? "да" : "нет" }),
    ]
}

extension MenteeProfile {
    public static let shownFields: [(String, @Sendable (MenteeProfile) -> String)] = [
        (ProfileField.requests.title, { $0.requestsText }),
        (ProfileField.requestNotes.title, { $0.requestNotes ?? "" }),
        (ProfileField.interests.title, { $0.interests.joined(separator: ", ") }),
        (ProfileField.weeklyHours.title, { $0.weeklyHours.map(String.init) ?? "" }),
        (ProfileField.format.title, { $0.format.title }),
    ]
}
