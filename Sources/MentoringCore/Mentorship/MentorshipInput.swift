import Foundation

/// A mentorship made by hand, as a form or the API sends it.
public struct MentorshipInput: Codable, Sendable {
    public var mentor: String?
    public var mentees: [String]?
    public var coMentors: [String]?
    public var form: String?
    public var roleModel: String?
    public var kinds: [String]?
    public var startsOn: String?
    public var endsOn: String?

    public init(
        mentor: String? = nil, mentees: [String]? = nil, coMentors: [String]? = nil, form: String? = nil,
        roleModel: String? = nil,
        kinds: [String]? = nil, startsOn: String? = nil, endsOn: String? = nil
    ) {
        self.mentor = mentor
        self.mentees = mentees
        self.coMentors = coMentors
        self.form = form
        self.roleModel = roleModel
        self.kinds = kinds
        self.startsOn = startsOn
        self.endsOn = endsOn
    }

    public struct Valid: Sendable {
        public var mentor: UUID
        public var mentees: [UUID]
        public var coMentors: [UUID]
        public var form: MentoringForm
        public var roleModel: String?
        public var kinds: [MentoringKind]
        public var startsOn: CalendarDate
        public var endsOn: CalendarDate
    }

    /// The shape of the input; whether the people may form this pair is for the service to check against the bases.
    public func validated(within period: DateSpan) throws(ValidationFailure) -> Valid {
        var reader = FieldReader()
        let mentor = reader.optional(mentor).flatMap(UUID.init(uuidString:))
        if mentor == nil { reader.failure.add("mentor", "Выберите наставника.") }
        let mentees = (mentees ?? []).compactMap { reader.optional($0).flatMap(UUID.init(uuidString:)) }
        if mentees.isEmpty { reader.failure.add("mentees", "Выберите хотя бы одного наставляемого.") }
        let coMentors = (coMentors ?? []).compactMap { reader.optional($0).flatMap(UUID.init(uuidString:)) }.filter {
            $0 != mentor
        }
        let form: MentoringForm? = reader.choice("form", form, required: true)
        let roleModel = reader.optionalLimited("roleModel", roleModel)
        if let form, let roleModel, !form.roleModels.contains(roleModel) {
            reader.failure.add("roleModel", "Эта ролевая модель не относится к форме «\(form.title)».")
        }
        var chosen: [MentoringKind] = []
        for raw in kinds ?? [] where reader.optional(raw) != nil {
            guard let kind = MentoringKind(rawValue: raw) else {
                reader.failure.add("kinds", "Недопустимый вид наставничества.")
                continue
            }
            chosen.append(kind)
        }
        if mentees.count > 1 && !chosen.contains(.group) { chosen.append(.group) }
        let start = reader.date("startsOn", startsOn, required: false) ?? period.start
        let end = reader.date("endsOn", endsOn, required: false) ?? period.end
        if let start, let end, end < start { reader.failure.add("endsOn", "Окончание раньше начала.") }
        if start == nil { reader.failure.add("startsOn", "Укажите дату начала.") }
        if end == nil { reader.failure.add("endsOn", "Укажите дату окончания.") }
        try reader.failure.throwIfAny()
        return Valid(
            mentor: mentor!, mentees: Array(Set(mentees)).sorted { $0.uuidString < $1.uuidString },
            coMentors: coMentors,
            form: form!, roleModel: roleModel, kinds: chosen.isEmpty ? [.traditional] : chosen, startsOn: start!,
            endsOn: end!)
    }
}
