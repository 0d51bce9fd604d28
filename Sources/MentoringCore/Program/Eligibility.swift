import Foundation

/// Why a person cannot take a place in a base, in words a curator can act on.
public enum EligibilityProblem: Equatable, Sendable {
    case consent(ConsentRefusal)
    case minorSignedAlone
    case categoryNotInForm(MentoringForm, asMentor: Bool)
    case mentorNotSenior

    public var message: String {
        switch self {
        case .consent(let refusal): refusal.message
        case .minorSignedAlone: "Наставляемый несовершеннолетний: согласие должен подписать законный представитель."
        case .categoryNotInForm(let form, let asMentor):
            "Категория участника не подходит для формы «\(form.title)» (\(asMentor ? "наставник" : "наставляемый"))."
        case .mentorNotSenior:
            "В форме «ученик – ученик» наставник старше наставляемого или учится в более старшем классе."
        }
    }
}

/// The rules of who may enter the bases and who may mentor whom. Controllers only ask.
public enum Eligibility {
    /// Nobody enters a base without a valid consent; a minor's consents must come from a legal representative.
    public static func baseProblems(
        _ person: Person, consents: [Consent], on date: CalendarDate
    ) -> [EligibilityProblem] {
        var problems: [EligibilityProblem] = []
        do {
            try ConsentPolicy.authorize(.programParticipation, personID: person.id, consents: consents, on: date)
        } catch {
            problems.append(.consent(error))
        }
        if problems.isEmpty, person.details.isMinor(on: date) {
            let valid = consents.filter {
                $0.status(on: date) == .valid && ProcessingPurpose.programParticipation.requiredKinds.contains($0.kind)
            }
            let byRepresentative = ProcessingPurpose.programParticipation.requiredKinds.allSatisfy { kind in
                valid.contains { $0.kind == kind && $0.signer != .subject }
            }
            if !byRepresentative { problems.append(.minorSignedAlone) }
        }
        return problems
    }

    public static func mayEnterBase(_ person: Person, consents: [Consent], on date: CalendarDate) -> Bool {
        baseProblems(person, consents: consents, on: date).isEmpty
    }

    public static func menteeProblems(
        _ person: Person, form: MentoringForm, consents: [Consent],
        on date: CalendarDate
    ) -> [EligibilityProblem] {
        let fits = !form.menteeCategories.isDisjoint(with: person.details.categories)
        return (fits ? [] : [.categoryNotInForm(form, asMentor: false)])
            + baseProblems(person, consents: consents, on: date)
    }

    public static func mentorProblems(
        _ person: Person, forms: [MentoringForm], consents: [Consent],
        on date: CalendarDate
    ) -> [EligibilityProblem] {
        let misfits = forms.filter { $0.mentorCategories.isDisjoint(with: person.details.categories) }
        return misfits.map { .categoryNotInForm($0, asMentor: true) }
            + baseProblems(person, consents: consents, on: date)
    }

    /// The forms to offer a would-be mentee first: a young specialist is offered teacher–teacher.
    public static func suggestedMenteeForms(_ person: Person.Details) -> [MentoringForm] {
        let forms = MentoringForm.menteeForms(for: person.categories)
        guard person.isYoungSpecialist, forms.contains(.teacherTeacher) else { return forms }
        return [.teacherTeacher] + forms.filter { $0 != .teacherTeacher }
    }

    /// In student–student the mentor is in a higher grade, or, when grades are unknown or equal, older.
    public static func mentorIsSenior(_ mentor: Person.Details, to mentee: Person.Details) -> Bool {
        if let mentorGrade = gradeNumber(mentor.grade), let menteeGrade = gradeNumber(mentee.grade),
            mentorGrade != menteeGrade
        {
            return mentorGrade > menteeGrade
        }
        guard let mentorBirth = mentor.birthDate, let menteeBirth = mentee.birthDate else {
            return mentee.birthDate != nil
        }
        return mentorBirth < menteeBirth
    }

    public static func pairProblems(
        mentor: Person.Details, mentee: Person.Details, form: MentoringForm
    ) -> [EligibilityProblem] {
        form == .studentStudent && !mentorIsSenior(mentor, to: mentee) ? [.mentorNotSenior] : []
    }

    /// «7Б» → 7, «10 класс» → 10; nil when no number leads the text.
    public static func gradeNumber(_ grade: String?) -> Int? {
        guard let grade else { return nil }
        let digits = grade.trimmingCharacters(in: .whitespaces).prefix { $0.isASCII && $0.isNumber }
        return Int(digits).flatMap { (1...11).contains($0) ? $0 : nil }
    }
}
