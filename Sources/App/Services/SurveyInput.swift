import Fluent
import FluentKit
import Foundation
import MentoringCore

/// Who a survey goes to.
enum SurveyAudience: String, CaseIterable, Codable, Sendable {
    case programMentees = "program_mentees"
    case programMentors = "program_mentors"
    case students
    case teachers
    case universityStudents = "university_students"
    case employerRepresentatives = "employer_representatives"

    var title: String {
        switch self {
        case .programMentees: "Наставляемые программы"
        case .programMentors: "Наставники программы"
        case .students: "Обучающиеся организации"
        case .teachers: "Педагоги организации"
        case .universityStudents: "Студенты"
        case .employerRepresentatives: "Представители работодателей"
        }
    }

    /// The people category an organization-wide audience takes.
    var category: Person.Category? {
        switch self {
        case .students: .student
        case .teachers: .teacher
        case .universityStudents: .universityStudent
        case .employerRepresentatives: .employerRepresentative
        case .programMentees, .programMentors: nil
        }
    }
}

/// The form that sends a questionnaire: the template, the audience, the period.
struct SurveyInput: Codable, Sendable {
    var template: String?
    var title: String?
    var audience: String?
    /// A class («7Б») to narrow the students; empty for all.
    var grade: String?
    /// The form of mentoring the answers' profiles get.
    var form: String?
    var anonymous: String?
    var opensOn: String?
    var closesOn: String?
    /// `entry` or `exit` for the impact monitoring questionnaire.
    var measurement: String?
    /// `true` once the curator has seen who lacks a consent and agreed to send to the others.
    var leaveOut: String?

    enum CodingKeys: String, CodingKey {
        case template, title, audience, grade, form, anonymous, measurement
        case opensOn = "opens_on"
        case closesOn = "closes_on"
        case leaveOut = "leave_out"
    }

    init(
        template: String? = nil, title: String? = nil, audience: String? = nil, grade: String? = nil,
        form: String? = nil,
        anonymous: String? = nil, opensOn: String? = nil, closesOn: String? = nil, measurement: String? = nil,
        leaveOut: String? = nil
    ) {
        self.template = template
        self.title = title
        self.audience = audience
        self.grade = grade
        self.form = form
        self.anonymous = anonymous
        self.opensOn = opensOn
        self.closesOn = closesOn
        self.measurement = measurement
        self.leaveOut = leaveOut
    }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        template = try c.decodeIfPresent(String.self, forKey: .template)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        audience = try c.decodeIfPresent(String.self, forKey: .audience)
        grade = try c.decodeIfPresent(String.self, forKey: .grade)
        form = try c.decodeIfPresent(String.self, forKey: .form)
        anonymous = try Self.flag(c, .anonymous)
        opensOn = try c.decodeIfPresent(String.self, forKey: .opensOn)
        closesOn = try c.decodeIfPresent(String.self, forKey: .closesOn)
        measurement = try c.decodeIfPresent(String.self, forKey: .measurement)
        leaveOut = try Self.flag(c, .leaveOut)
    }

    /// A yes/no as JSON `true` or as a form's `"true"`.
    private static func flag(_ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> String? {
        if let flag = try? c.decodeIfPresent(Bool.self, forKey: key) { return flag ? "true" : nil }
        return try c.decodeIfPresent(String.self, forKey: key)
    }

    struct Valid {
        var templateID: UUID
        var title: String?
        var audience: SurveyAudience
        var grade: String?
        var form: MentoringForm?
        var anonymous: Bool
        var opensOn: CalendarDate
        var closesOn: CalendarDate
        var measurement: ImpactMeasurement?
    }

    func validated(programForms: [MentoringForm], today: CalendarDate) throws(ValidationFailure) -> Valid {
        var failure = ValidationFailure()
        let templateID = template.flatMap(UUID.init(uuidString:))
        if templateID == nil { failure.add("template", "Выберите анкету.") }
        let audience = audience.flatMap(SurveyAudience.init(rawValue:))
        if audience == nil { failure.add("audience", "Выберите, кого опросить.") }
        var form: MentoringForm?
        if let raw = self.form, !raw.isEmpty {
            form = MentoringForm(rawValue: raw)
            if form == nil || !programForms.contains(form!) { failure.add("form", "Этой формы нет в программе.") }
        }
        let opens =
            opensOn.flatMap { $0.isEmpty ? nil : CalendarDate(parsing: $0) } ?? (opensOn?.isEmpty ?? true ? today : nil)
        if opens == nil { failure.add("opens_on", CalendarDate.refusal(of: opensOn ?? "")) }
        let closes = closesOn.flatMap { CalendarDate(parsing: $0) }
        if closes == nil { failure.add("closes_on", "Укажите, до какого дня принимаются ответы (ДД.ММ.ГГГГ).") }
        if let opens, let closes, closes < opens { failure.add("closes_on", "Окончание не может быть раньше начала.") }
        if let closes, closes < today { failure.add("closes_on", "Окончание уже прошло.") }
        let title = self.title?.trimmingCharacters(in: .whitespaces)
        if let title, title.count > 200 { failure.add("title", "Не длиннее 200 символов.") }
        var measurement: ImpactMeasurement?
        if let raw = self.measurement, !raw.isEmpty {
            measurement = ImpactMeasurement(rawValue: raw)
            if measurement == nil { failure.add("measurement", "Выберите входной или итоговый замер.") }
        }
        try failure.throwIfAny()
        let grade = self.grade?.trimmingCharacters(in: .whitespaces)
        return Valid(
            templateID: templateID!, title: title?.isEmpty == false ? title : nil, audience: audience!,
            grade: grade?.isEmpty == false ? grade : nil, form: form,
            anonymous: ["true", "on", "1"].contains(anonymous?.lowercased() ?? ""), opensOn: opens!, closesOn: closes!,
            measurement: measurement)
    }
}
