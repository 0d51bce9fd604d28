import Foundation

/// The mentor profile form as typed on a page or sent to the API.
public struct MentorProfileInput: Codable, Sendable, Equatable {
    public var forms: [String]?
    public var roleModels: [String]?
    public var competencies: [String]?
    public var competencyNotes: String?
    public var experience: String?
    /// Interests separated by commas.
    public var interests: String?
    public var menteeAges: String?
    public var weeklyHours: String?
    public var capacity: String?
    public var groupAllowed: String?
    public var format: String?
    public var offeredToOthers: String?
    /// One more training to record, if the course is named.
    public var trainingCourse: String?
    public var trainingHours: String?
    public var trainingDate: String?
    public var trainingDocument: String?

    public init() {}

    public init(_ profile: MentorProfile) {
        forms = profile.forms.map(\.rawValue)
        roleModels = profile.roleModels
        competencies = profile.competencies
        competencyNotes = profile.competencyNotes
        experience = profile.experience
        interests = profile.interests.joined(separator: ", ")
        menteeAges = profile.menteeAges
        weeklyHours = profile.weeklyHours.map(String.init)
        capacity = String(profile.capacity)
        groupAllowed = profile.groupAllowed ? "true" : nil
        format = profile.format.rawValue
        offeredToOthers = profile.offeredToOthers ? "true" : nil
    }

    enum CodingKeys: String, CodingKey {
        case forms, competencies, experience, interests, capacity, format
        case roleModels = "role_models"
        case competencyNotes = "competency_notes"
        case menteeAges = "mentee_ages"
        case weeklyHours = "weekly_hours"
        case groupAllowed = "group_allowed"
        case offeredToOthers = "offered_to_others"
        case trainingCourse = "training_course"
        case trainingHours = "training_hours"
        case trainingDate = "training_date"
        case trainingDocument = "training_document"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        forms = try c.decodeIfPresent([String].self, forKey: .forms)
        roleModels = try c.decodeIfPresent([String].self, forKey: .roleModels)
        competencies = try c.decodeIfPresent([String].self, forKey: .competencies)
        competencyNotes = try c.decodeIfPresent(String.self, forKey: .competencyNotes)
        experience = try c.decodeIfPresent(String.self, forKey: .experience)
        interests = try c.decodeListOrText(forKey: .interests)
        menteeAges = try c.decodeIfPresent(String.self, forKey: .menteeAges)
        weeklyHours = try c.decodeLenientText(forKey: .weeklyHours)
        capacity = try c.decodeLenientText(forKey: .capacity)
        groupAllowed = try c.decodeLenientText(forKey: .groupAllowed)
        format = try c.decodeIfPresent(String.self, forKey: .format)
        offeredToOthers = try c.decodeLenientText(forKey: .offeredToOthers)
        trainingCourse = try c.decodeIfPresent(String.self, forKey: .trainingCourse)
        trainingHours = try c.decodeLenientText(forKey: .trainingHours)
        trainingDate = try c.decodeIfPresent(String.self, forKey: .trainingDate)
        trainingDocument = try c.decodeIfPresent(String.self, forKey: .trainingDocument)
    }

    /// The profile with the typed values applied; status, registry order and earlier trainings stay as they were.
    public func applied(
        to profile: MentorProfile, programForms: [MentoringForm]
    ) throws(ValidationFailure) -> MentorProfile {
        var reader = FieldReader()
        var p = profile
        p.forms = reader.forms("forms", forms ?? [], allowed: programForms)
        if p.forms.isEmpty { reader.failure.add("forms", "Выберите хотя бы одну форму наставничества.") }
        p.roleModels = (roleModels ?? []).filter { model in p.forms.contains { $0.roleModels.contains(model) } }
        p.competencies = (competencies ?? []).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            .uniqued()
        p.competencyNotes = reader.optionalLimited("competency_notes", competencyNotes, maxLength: 2000)
        p.experience = reader.optionalLimited("experience", experience, maxLength: 4000)
        p.interests = ProfileProposal.list(interests ?? "")
        p.menteeAges = reader.optionalLimited("mentee_ages", menteeAges)
        p.weeklyHours = reader.integer("weekly_hours", weeklyHours, in: 0...40, required: false)
        p.capacity = reader.integer("capacity", capacity, in: 0...30, required: true) ?? p.capacity
        p.groupAllowed = FieldReader.flag(groupAllowed)
        p.format = reader.choice("format", format, required: false) ?? .any
        p.offeredToOthers = FieldReader.flag(offeredToOthers)
        if let course = reader.optionalLimited("training_course", trainingCourse, maxLength: 300) {
            let hours = reader.integer("training_hours", trainingHours, in: 1...2000, required: false)
            let date = reader.date("training_date", trainingDate, required: false)
            p.trainings.append(
                MentorTraining(
                    course: course, hours: hours, completedOn: date,
                    document: reader.optionalLimited("training_document", trainingDocument)))
        }
        try reader.failure.throwIfAny()
        return p
    }
}

/// The mentee profile form.
public struct MenteeProfileInput: Codable, Sendable, Equatable {
    public var form: String?
    /// The most important request; the others get the second priority.
    public var mainRequest: String?
    public var requests: [String]?
    public var requestNotes: String?
    public var interests: String?
    public var weeklyHours: String?
    public var format: String?

    public init() {}

    public init(_ profile: MenteeProfile) {
        form = profile.form.rawValue
        mainRequest = profile.requests.first { $0.priority == 1 }?.text
        requests = profile.requests.filter { $0.priority != 1 }.map(\.text)
        requestNotes = profile.requestNotes
        interests = profile.interests.joined(separator: ", ")
        weeklyHours = profile.weeklyHours.map(String.init)
        format = profile.format.rawValue
    }

    enum CodingKeys: String, CodingKey {
        case form, requests, interests, format
        case mainRequest = "main_request"
        case requestNotes = "request_notes"
        case weeklyHours = "weekly_hours"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        form = try c.decodeIfPresent(String.self, forKey: .form)
        mainRequest = try c.decodeIfPresent(String.self, forKey: .mainRequest)
        requests = try c.decodeIfPresent([String].self, forKey: .requests)
        requestNotes = try c.decodeIfPresent(String.self, forKey: .requestNotes)
        interests = try c.decodeListOrText(forKey: .interests)
        weeklyHours = try c.decodeLenientText(forKey: .weeklyHours)
        format = try c.decodeIfPresent(String.self, forKey: .format)
    }

    public func applied(
        to profile: MenteeProfile, programForms: [MentoringForm]
    ) throws(ValidationFailure) -> MenteeProfile {
        var reader = FieldReader()
        var p = profile
        if let form = reader.forms("form", [form ?? ""].filter { !$0.isEmpty }, allowed: programForms).first {
            p.form = form
        } else {
            reader.failure.add("form", "Выберите форму наставничества.")
        }
        let main = reader.optional(mainRequest)
        let others = (requests ?? []).compactMap { reader.optional($0) }.filter { $0 != main }.uniqued()
        p.requests =
            (main.map { [MenteeRequest(text: $0, priority: 1)] } ?? [])
            + others.map { MenteeRequest(text: $0, priority: 2) }
        p.requestNotes = reader.optionalLimited("request_notes", requestNotes, maxLength: 2000)
        if p.requests.isEmpty && p.requestNotes == nil {
            reader.failure.add("main_request", "Укажите хотя бы один запрос.")
        }
        p.interests = ProfileProposal.list(interests ?? "")
        p.weeklyHours = reader.integer("weekly_hours", weeklyHours, in: 0...40, required: false)
        p.format = reader.choice("format", format, required: false) ?? .any
        try reader.failure.throwIfAny()
        return p
    }
}

extension FieldReader {
    mutating func integer(_ field: String, _ value: String?, in range: ClosedRange<Int>, required: Bool) -> Int? {
        guard let text = optional(value) else {
            if required { failure.add(field, "Заполните это поле.") }
            return nil
        }
        guard let number = Int(text), range.contains(number) else {
            failure.add(field, "Целое число от \(range.lowerBound) до \(range.upperBound).")
            return nil
        }
        return number
    }

    mutating func forms(_ field: String, _ raw: [String], allowed: [MentoringForm]) -> [MentoringForm] {
        var forms: [MentoringForm] = []
        for text in raw where !text.isEmpty {
            guard let form = MentoringForm(rawValue: text), allowed.contains(form) else {
                failure.add(field, "Этой формы нет в программе.")
                continue
            }
            if !forms.contains(form) { forms.append(form) }
        }
        return forms
    }

    static func flag(_ value: String?) -> Bool { ["true", "on", "1", "yes", "да"].contains(value?.lowercased() ?? "") }
}

extension KeyedDecodingContainer {
    /// A list sent as JSON array or as text separated by commas.
    func decodeListOrText(forKey key: Key) throws -> String? {
        if let list = try? decodeIfPresent([String].self, forKey: key) { return list.joined(separator: ", ") }
        return try decodeIfPresent(String.self, forKey: key)
    }
}
