import Foundation

/// Who offers to mentor through the public form «Стать наставником»: a working adult (an alumnus or a partner's
/// employee), who joins as the employer's representative, or a student of a university or college.
public enum MentorApplicantKind: String, CaseIterable, Codable, Sendable {
    case employee
    case student

    public var title: String {
        switch self {
        case .employee: "Работаю на предприятии, в вузе или другой организации"
        case .student: "Учусь в вузе или колледже"
        }
    }

    public var category: Person.Category { self == .employee ? .employerRepresentative : .universityStudent }
}

/// An offer to mentor made on the public page: the person as the candidate base keeps them and what they offer.
public struct MentorApplicationDetails: Equatable, Sendable {
    public var person: Person.Details
    public var kind: MentorApplicantKind
    public var alumnus: Bool
    public var workplace: String
    public var offer: String

    /// What the candidate's profile in the mentor base says of them.
    public var experience: String {
        (alumnus ? "Выпускник организации. " : "") + "Место работы или учёбы: \(workplace). Готов помочь: \(offer)"
    }
}

/// The raw fields of the form «Стать наставником».
public struct MentorApplicationInput: Codable, Sendable {
    public var surname: String?
    public var givenName: String?
    public var patronymic: String?
    public var birthDate: String?
    public var email: String?
    public var phone: String?
    public var kind: String?
    public var workplace: String?
    public var alumnus: String?
    public var offer: String?
    public var consent: String?

    public init() {}

    /// The applicant gives their own consent, so they must be of age: a student gives the birth date to show it.
    /// An e-mail is required — it is how the curator answers and what tells one applicant from another.
    public func validated(today: CalendarDate) throws(ValidationFailure) -> MentorApplicationDetails {
        var reader = FieldReader()
        let kind: MentorApplicantKind? = reader.choice("kind", kind, required: true)
        let workplace = reader.required(
            "workplace", workplace, message: "Укажите место работы или учёбы.", maxLength: 300)
        let offer = reader.required("offer", offer, message: "Напишите, чем вы готовы помочь.", maxLength: 2000)
        if reader.optional(email) == nil { reader.failure.add("email", "Укажите адрес электронной почты.") }
        if !Self.isYes(consent) {
            reader.failure.add("consent", "Без согласия на обработку персональных данных заявку не принять.")
        }
        var person = PersonInput()
        (person.surname, person.givenName, person.patronymic) = (surname, givenName, patronymic)
        (person.birthDate, person.email, person.phone) = (birthDate, email, phone)
        person.categories = [(kind ?? .employee).category.rawValue]
        person.partnerName = kind == .student ? nil : (workplace.isEmpty ? "—" : workplace)
        var details: Person.Details?
        do { details = try person.validated(today: today) } catch { reader.failure.merge(error) }
        if let born = details?.birthDate, born.fullYears(until: today) < 18 {
            reader.failure.add("birthDate", "Заявку подают с 18 лет. Если вам меньше, обратитесь к куратору.")
        }
        try reader.failure.throwIfAny()
        guard let details, let kind else { throw reader.failure }
        return MentorApplicationDetails(
            person: details, kind: kind, alumnus: Self.isYes(alumnus), workplace: workplace, offer: offer)
    }

    static func isYes(_ text: String?) -> Bool { ["on", "true", "1", "yes"].contains(text?.lowercased() ?? "") }
}
