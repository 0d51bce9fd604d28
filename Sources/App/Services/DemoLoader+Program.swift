import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

extension DemoLoader {
    private static let interests = [
        "Спорт", "Туризм", "Чтение", "Музыка", "Программирование", "Рисование", "Театр", "Шахматы",
        "Волонтёрство", "Краеведение", "Фотография", "Кулинария",
    ]

    /// The school's program of this academic year with both bases filled, ready for matching: experienced
    /// teachers and senior students as mentors, young specialists and younger students as mentees.
    func demoProgram(_ org: OrganizationModel, random: inout DemoRandom) async throws {
        let year = scope.today.academicYear
        let program = ProgramModel()
        program.$organization.id = (try org.requireID())
        program.createdAt = scope.now
        program.apply(
            try ProgramInput(
                title: "Программа наставничества на \(year)/\(year + 1) учебный год",
                periodStart: DateSpan.academicYear(startingIn: year).start?.description,
                periodEnd: DateSpan.academicYear(startingIn: year).end?.description,
                forms: [MentoringForm.teacherTeacher.rawValue, MentoringForm.studentStudent.rawValue]
            ).validated())
        try await program.create(on: scope.db)
        let people = try await PersonModel.query(on: scope.db).filter(\.$organization.$id == (try org.requireID()))
            .all()
            .sorted { $0.searchKey < $1.searchKey }
        let teachers = people.filter { $0.details.categories.contains(.teacher) }
        let students = people.filter { $0.details.categories.contains(.student) }
        let grade = { (person: PersonModel) in Eligibility.gradeNumber(person.details.grade) ?? 0 }
        let pedagogical = Vocabulary.standard(.pedagogical).terms
        let student = Vocabulary.standard(.student).terms
        for person in teachers.filter({ ($0.details.teachingExperienceYears ?? 0) >= 12 }).prefix(8) {
            try await mentor(person, program, form: .teacherTeacher, terms: pedagogical, group: false, random: &random)
        }
        for person in teachers.filter({ ($0.details.teachingExperienceYears ?? 99) <= 5 }).prefix(8) {
            try await mentee(person, program, form: .teacherTeacher, terms: pedagogical, random: &random)
        }
        for person in students.filter({ grade($0) >= 10 }).prefix(10) {
            try await mentor(
                person, program, form: .studentStudent, terms: student, group: random.chance(40), random: &random)
        }
        for person in students.filter({ (5...7).contains(grade($0)) }).prefix(24) {
            try await mentee(person, program, form: .studentStudent, terms: student, random: &random)
        }
    }

    private func mentor(
        _ person: PersonModel, _ program: ProgramModel, form: MentoringForm, terms: [String], group: Bool,
        random: inout DemoRandom
    ) async throws {
        let model = MentorProfileModel()
        model.$program.id = (try program.requireID())
        model.$person.id = (try person.requireID())
        model.$organization.id = program.$organization.id
        model.createdAt = scope.now
        let capacity = group ? 3 + random.below(2) : 1 + random.below(2)
        model.value = MentorProfile(
            forms: [form], roleModels: [form.roleModels[0]], competencies: picks(terms, 3 + random.below(3), &random),
            interests: picks(Self.interests, 2 + random.below(3), &random), weeklyHours: 2 * capacity,
            capacity: capacity, groupAllowed: group, format: random.chance(20) ? .remote : .any,
            status: .registry, registryOrder: "№ 45 от \(program.period.start?.russian ?? "")")
        try await model.create(on: scope.db)
        try await audit.record(
            .create, .mentorProfile, objectID: model.id, personID: person.id, organizationID: program.$organization.id)
    }

    private func mentee(
        _ person: PersonModel, _ program: ProgramModel, form: MentoringForm, terms: [String], random: inout DemoRandom
    ) async throws {
        let model = MenteeProfileModel()
        model.$program.id = (try program.requireID())
        model.$person.id = (try person.requireID())
        model.$organization.id = program.$organization.id
        model.createdAt = scope.now
        let requests = picks(terms, 1 + random.below(3), &random).enumerated().map {
            MenteeRequest(text: $0.element, priority: $0.offset + 1)
        }
        model.value = MenteeProfile(
            form: form, requests: requests, interests: picks(Self.interests, 1 + random.below(3), &random),
            weeklyHours: 1 + random.below(3), format: random.chance(15) ? .inPerson : .any, status: .inBase,
            waitingSince: scope.today.adding(days: -random.below(240)))
        try await model.create(on: scope.db)
        try await audit.record(
            .create, .menteeProfile, objectID: model.id, personID: person.id, organizationID: program.$organization.id)
    }

    private func picks(_ items: [String], _ count: Int, _ random: inout DemoRandom) -> [String] {
        var chosen: [String] = []
        while chosen.count < min(count, items.count) {
            let item = random.pick(items)
            if !chosen.contains(item) { chosen.append(item) }
        }
        return chosen
    }
}
