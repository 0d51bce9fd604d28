import Foundation
import MentoringCore

/// A person of the organization added to a program's mentor or mentee base (`bases/new-profile.leaf`).
struct NewProfileContext: FormContext {
    static let template = "bases/new-profile"
    var meta: PageMeta
    var form: FormPage.Form
    var mentor: Bool

    /// A new mentor, chosen among `people`, with the vocabulary's `terms` as competencies.
    init(
        meta: PageMeta, program: UUID, programForms: [MentoringForm], people: [(id: UUID, details: Person.Details)],
        terms: [String], person: String?, input: MentorProfileInput, failure: ValidationFailure?
    ) {
        self.meta = meta
        mentor = true
        form = .init(
            action: SiteURL.newMentor(.id(program)).path,
            fields: [ProfileForms.person(people, selected: person, failure: failure)]
                + ProfileForms.mentor(input, programForms: programForms, terms: terms, failure: failure),
            submitTitle: "Добавить в базу", cancelURL: SiteURL.mentorBase(.id(program)).path)
    }

    /// A new mentee, chosen among `people`, with the vocabulary's `terms` as requests.
    init(
        meta: PageMeta, program: UUID, programForms: [MentoringForm], people: [(id: UUID, details: Person.Details)],
        terms: [String], person: String?, input: MenteeProfileInput, failure: ValidationFailure?
    ) {
        self.meta = meta
        mentor = false
        form = .init(
            action: SiteURL.newMentee(.id(program)).path,
            fields: [ProfileForms.person(people, selected: person, failure: failure)]
                + ProfileForms.mentee(input, programForms: programForms, terms: terms, failure: failure),
            submitTitle: "Добавить в базу", cancelURL: SiteURL.menteeBase(.id(program)).path)
    }
}

/// A mentor's or mentee's profile in a program's base (`bases/profile.leaf`), with its form for a curator.
struct ProfileContext: Encodable, Sendable {
    var meta: PageMeta
    var personURL: String
    var role: String
    /// Why the person is not in the base, if they are not.
    var problems: [String]
    var facts: [Fact]
    var trainings: [String]
    /// The profile's form; nil for a reader who does not manage the program.
    var form: FormPage.Form?

    /// - Parameter terms: the vocabulary's competencies, for a reader who manages the program; nil otherwise.
    init(
        meta: PageMeta, program: UUID, profile: (id: UUID, value: MentorProfile), person: UUID,
        details: Person.Details, problems: [String], programForms: [MentoringForm], terms: [String]?,
        input: MentorProfileInput, failure: ValidationFailure?
    ) {
        let p = profile.value
        self.meta = meta
        personURL = SiteURL.person(.id(person)).path
        role = "Наставник, " + BaseRows.role(details)
        self.problems = problems
        facts =
            [
                Fact(label: "Статус", value: p.status.title + (p.registryOrder.map { ", приказ \($0)" } ?? "")),
                Fact(label: "Формы наставничества", value: p.forms.map(\.title).joined(separator: "; ")),
                Fact(label: "Ролевые модели", value: p.roleModels.joined(separator: "; ")),
            ]
            + MentorProfile.shownFields.map { Fact(label: $0.0, value: $0.1(p)) }
        trainings = p.trainings.map { t in
            [t.course, t.hours.map { "\($0) ч." }, t.completedOn?.russian, t.document].compactMap { $0 }
                .joined(separator: ", ")
        }
        form = terms.map { terms in
            FormPage.Form(
                action: SiteURL.mentorProfile(.id(profile.id)).path,
                fields: ProfileForms.mentor(input, programForms: programForms, terms: terms, failure: failure),
                submitTitle: "Сохранить", cancelURL: SiteURL.mentorBase(.id(program)).path, failed: failure != nil)
        }
    }

    /// - Parameter terms: the vocabulary's requests, for a reader who manages the program; nil otherwise.
    init(
        meta: PageMeta, program: UUID, profile: (id: UUID, value: MenteeProfile), person: UUID,
        details: Person.Details, problems: [String], programForms: [MentoringForm], terms: [String]?,
        input: MenteeProfileInput, failure: ValidationFailure?
    ) {
        let p = profile.value
        self.meta = meta
        personURL = SiteURL.person(.id(person)).path
        role = "Наставляемый, " + BaseRows.role(details)
        self.problems = problems
        facts =
            [
                Fact(label: "Статус", value: p.status.title), Fact(label: "Форма наставничества", value: p.form.title),
                Fact(label: "В листе ожидания с", value: p.waitingSince.russian),
            ]
            + MenteeProfile.shownFields.map { Fact(label: $0.0, value: $0.1(p)) }
        trainings = []
        form = terms.map { terms in
            FormPage.Form(
                action: SiteURL.menteeProfile(.id(profile.id)).path,
                fields: ProfileForms.mentee(input, programForms: programForms, terms: terms, failure: failure),
                submitTitle: "Сохранить", cancelURL: SiteURL.menteeBase(.id(program)).path, failed: failure != nil)
        }
    }
}
