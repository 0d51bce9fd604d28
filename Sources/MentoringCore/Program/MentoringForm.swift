import Foundation

/// A form of mentoring (форма наставничества): who mentors whom.
public enum MentoringForm: String, CaseIterable, Codable, Sendable {
    case studentStudent = "student_student"
    case universityStudentStudent = "university_student_student"
    case employerStudent = "employer_student"
    case teacherTeacher = "teacher_teacher"
    case headTeacher = "head_teacher"
    case employerPedagogyStudent = "employer_pedagogy_student"

    public var title: String {
        switch self {
        case .studentStudent: "Ученик – ученик"
        case .universityStudentStudent: "Студент – ученик"
        case .employerStudent: "Работодатель – ученик"
        case .teacherTeacher: "Педагог – педагог"
        case .headTeacher: "Руководитель – педагог"
        case .employerPedagogyStudent: "Работодатель – студент педагогического вуза/колледжа"
        }
    }

    /// The role models the methodology names for the form.
    public var roleModels: [String] {
        switch self {
        case .studentStudent:
            [
                "Успевающий – неуспевающий", "Лидер – пассивный", "Равный – равному",
                "Адаптированный – неадаптированный",
                "Куратор – автор проекта",
            ]
        case .universityStudentStudent:
            ["Успевающий – неуспевающий", "Лидер – пассивный", "Равный – другому", "Куратор – автор проекта"]
        case .employerStudent:
            [
                "Активный профессионал – равнодушный потребитель", "Коллега – молодой коллега",
                "Работодатель – будущий сотрудник",
                "Куратор – автор проекта",
            ]
        case .teacherTeacher:
            [
                "Опытный педагог – молодой специалист", "Опытный педагог – педагог в новых условиях",
                "Педагог-новатор – консервативный педагог", "Опытный предметник – неопытный предметник",
            ]
        case .headTeacher:
            ["Руководитель – педагог, нуждающийся в поддержке", "Руководитель – педагог-лидер"]
        case .employerPedagogyStudent:
            ["Работодатель – будущий педагог", "Опытный педагог – студент-практикант"]
        }
    }

    /// Whether the mentees of the form are pedagogues (their requests come from the pedagogical vocabulary).
    public var vocabulary: Vocabulary.Group {
        switch self {
        case .teacherTeacher, .headTeacher, .employerPedagogyStudent: .pedagogical
        case .studentStudent, .universityStudentStudent, .employerStudent: .student
        }
    }

    /// The person categories that may mentor in the form.
    public var mentorCategories: Set<Person.Category> {
        switch self {
        case .studentStudent: [.student]
        case .universityStudentStudent: [.universityStudent]
        case .employerStudent, .employerPedagogyStudent: [.employerRepresentative]
        case .teacherTeacher: [.teacher, .head]
        case .headTeacher: [.head]
        }
    }

    /// The person categories that may be mentored in the form.
    public var menteeCategories: Set<Person.Category> {
        switch self {
        case .studentStudent, .universityStudentStudent, .employerStudent: [.student]
        case .teacherTeacher, .headTeacher: [.teacher]
        case .employerPedagogyStudent: [.universityStudent]
        }
    }

    /// The forms a person of these categories may be mentored in.
    public static func menteeForms(for categories: [Person.Category]) -> [MentoringForm] {
        allCases.filter { !$0.menteeCategories.isDisjoint(with: categories) }
    }

    /// The forms a person of these categories may mentor in.
    public static func mentorForms(for categories: [Person.Category]) -> [MentoringForm] {
        allCases.filter { !$0.mentorCategories.isDisjoint(with: categories) }
    }
}

/// How a participant prefers to meet.
public enum MeetingFormat: String, CaseIterable, Codable, Sendable {
    case inPerson = "in_person"
    case remote
    case any

    public var title: String {
        switch self {
        case .inPerson: "Очно"
        case .remote: "Дистанционно"
        case .any: "Очно или дистанционно"
        }
    }
}
