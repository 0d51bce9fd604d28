import Fluent
import FluentKit
import Foundation
import MentoringCore
import Persistence

/// Builds the demo data through the same services the pages use.
struct DemoLoader {
    let scope: RequestScope
    let passwords: PasswordHashing

    static let password = "nastavnik-demo"
    static let regionName = "Красноярский край"
    static let municipalityName = "Дзержинский район"
    /// Curators of the demo organizations, by the login prefix.
    static let curatorNames = [
        "school": "Соколова Марина Юрьевна", "kindergarten": "Лебедева Ольга Игоревна",
        "college": "Егоров Андрей Викторович",
    ]
    static let accounts = [
        ("coordinator", "координатор управления образования"),
        ("school.curator", "куратор школы"), ("school.head", "директор школы"),
        ("school.mentor", "наставник в школе (первая пара)"),
        ("kindergarten.curator", "куратор детского сада"), ("college.curator", "куратор техникума"),
    ]

    var audit: AuditLog { AuditLog(scope: scope) }

    struct Summary { var organizations = 0, people = 0, consents = 0 }

    /// `items` in the order of their people's names, so that the demo is the same on every run and database (ids and
    /// the tokens of links are random; the rows' own order is the database's).
    func inNameOrder<Item>(_ items: [Item], person: (Item) -> UUID) async throws -> [Item] {
        let people = try await PersonModel.query(on: scope.db).filter(\.$id ~~ items.map(person)).all()
        let names = Dictionary(uniqueKeysWithValues: try people.map { ((try $0.requireID()), $0.searchKey) })
        return items.sorted { names[person($0)] ?? "" < names[person($1)] ?? "" }
    }

    func isLoaded() async throws -> Bool {
        try await AccountModel.query(on: scope.db).filter(\.$login == "coordinator").first() != nil
    }

    func load() async throws -> Summary {
        var random = DemoRandom(seed: 2026)
        var summary = Summary()
        let municipality = try await OrganizationService.municipality(
            named: Self.municipalityName, inRegion: Self.regionName, on: scope.db)
        let authority = AuthorityModel(
            name: "Управление образования администрации Дзержинского района",
            municipalityID: municipality.id, regionID: nil)
        try await authority.create(on: scope.db)
        let plans:
            [(
                Organization.Details, String, teachers: Int, students: ClosedRange<Int>?, studentCount: Int,
                employers: Int
            )] = [
                (
                    .init(
                        kind: .school,
                        fullName:
                            "Муниципальное бюджетное общеобразовательное учреждение «Дзержинская средняя школа № 1»",
                        shortName: "МБОУ Дзержинская СШ № 1",
                        address: "663700, Красноярский край, с. Дзержинское, ул. Кирова, 8",
                        headName: "Ковалёва Ирина Николаевна", headPosition: "Директор",
                        siteURL: "https://dzschool1.example.ru"),
                    "school", 30, 10...17, 150, 5
                ),
                (
                    .init(
                        kind: .kindergarten,
                        fullName:
                            "Муниципальное бюджетное дошкольное образовательное учреждение «Дзержинский детский сад № 2 «Солнышко»",
                        shortName: "МБДОУ детский сад № 2 «Солнышко»",
                        address: "663700, Красноярский край, с. Дзержинское, ул. Мира, 15",
                        headName: "Белова Светлана Викторовна", headPosition: "Заведующий"),
                    "kindergarten", 30, nil, 0, 0
                ),
                (
                    .init(
                        kind: .college,
                        fullName:
                            "Краевое государственное бюджетное профессиональное образовательное учреждение «Дзержинский аграрный техникум»",
                        shortName: "КГБПОУ «Дзержинский аграрный техникум»",
                        address: "663700, Красноярский край, с. Дзержинское, ул. Садовая, 2",
                        headName: "Сидоров Павел Андреевич", headPosition: "Директор"),
                    "college", 20, 15...19, 65, 3
                ),
            ]
        var school: OrganizationModel?
        for plan in plans {
            let org = OrganizationModel(municipalityID: try municipality.requireID(), details: plan.0)
            try await org.create(on: scope.db)
            summary.organizations += 1
            try await account("\(plan.1).curator", Self.curatorNames[plan.1]!, .curator, org)
            if plan.1 == "school" { try await account("school.head", plan.0.headName!, .head, org) }
            var people: [Person.Details] = []
            for _ in 0..<plan.teachers { people.append(teacher(&random, kindergarten: plan.0.kind == .kindergarten)) }
            if let ages = plan.students {
                for _ in 0..<plan.studentCount {
                    people.append(student(&random, ages: ages, college: plan.0.kind == .college))
                }
            }
            for _ in 0..<plan.employers { people.append(employer(&random)) }
            for details in people {
                summary.consents += try await add(details, to: org, random: &random)
                summary.people += 1
            }
            if plan.0.kind == .school {
                school = org
                try await demoProgram(org, random: &random)
                try await demoMentorships(org)
            }
            if plan.0.kind != .kindergarten {
                try await demoRoadmap(
                    .named(plan.0.kind == .college ? "organization-teachers" : "organization-students")!,
                    owner: .organization(org.typedID))
            }
        }
        try await demoRoadmap(.named("municipal")!, owner: .authority(.init(try authority.requireID())))
        if let school {
            try await demoMonitoring(municipality, school: school)
            try await demoTrainings(municipality, school: school)
        }
        _ = try await AccountService(scope: scope, passwords: passwords).create(
            .init(
                login: "coordinator", password: Self.password, displayName: "Методист управления образования",
                grants: [Grant(role: .authorityCoordinator, scope: .municipality(.init(try municipality.requireID())))])
        )
        if let school {
            try await demoContest(municipality, school: school)
            try await demoPractice(school)
            try await demoPublicSections(municipality, school: school)
        }
        return summary
    }

    private func account(_ login: String, _ name: String, _ role: Role, _ org: OrganizationModel) async throws {
        _ = try await AccountService(scope: scope, passwords: passwords).create(
            .init(
                login: login, password: Self.password, displayName: name,
                grants: [Grant(role: role, scope: .organization(org.typedID))]))
    }

    /// Saves a person with consents: most are valid; some are missing, expired or withdrawn, as in a real base.
    private func add(_ details: Person.Details, to org: OrganizationModel, random: inout DemoRandom) async throws -> Int
    {
        let person = PersonModel(organizationID: try org.requireID())
        person.apply(
            details,
            partner: try await PeopleService.partner(
                details.partnerName, organizationID: try org.requireID(), on: scope.db))
        try await person.create(on: scope.db)
        try await audit.record(
            .create, .person, objectID: person.id, personID: person.id, organizationID: org.id,
            fields: Person.Details.allFields)
        var signer: LegalRepresentative.ID?
        if details.isMinor(on: scope.today) {
            let parentSurname =
                random.chance(50) ? details.surname : DemoNames.femaleSurname(random.pick(DemoNames.maleSurnames))
            let female = random.chance(75)
            let name = female ? random.pick(DemoNames.femaleNames) : random.pick(DemoNames.maleNames)
            let surname =
                female
                ? (parentSurname.hasSuffix("а") || parentSurname.hasSuffix("ая")
                    ? parentSurname : DemoNames.femaleSurname(parentSurname)) : parentSurname
            let rep = LegalRepresentativeModel(
                organizationID: try org.requireID(),
                details: .init(
                    fullName:
                        "\(surname) \(name) \(DemoNames.patronymic(fromFather: random.pick(DemoNames.fatherNames), female: female))",
                    relation: female ? "мать" : "отец",
                    phone: "+7 913 \(100 + random.below(900)) \(10 + random.below(90)) \(10 + random.below(90))"))
            try await rep.create(on: scope.db)
            let link = RepresentationModel()
            link.$representative.id = (try rep.requireID())
            link.$person.id = (try person.requireID())
            try await link.create(on: scope.db)
            signer = .init(try rep.requireID())
        }
        let roll = random.below(100)
        guard roll >= 8 else { return 0 }  // missing
        let signedOn = scope.today.adding(days: -(30 + random.below(300)))
        var count = 0
        for kind in [Consent.Kind.personalData, .participation] + (random.chance(40) ? [.publication] : []) {
            let text = try await ConsentService.textVersion(
                DefaultConsentText.body(kind, organization: org.fullName), on: scope.db)
            let consent = ConsentModel(
                personID: try person.requireID(), kind: kind, purpose: DefaultConsentText.purpose(kind),
                signer: signer.map { .representative($0) } ?? .subject, signedOn: signedOn,
                validUntil: roll < 14 ? scope.today.adding(days: -5) : signedOn.adding(days: 365 * 3),
                textID: try text.requireID())
            if roll >= 14 && roll < 18 { consent.withdrawnOn = scope.today.adding(days: -2) }
            try await consent.create(on: scope.db)
            try await audit.record(
                .create, .consent, objectID: consent.id, personID: person.id, organizationID: org.id,
                fields: ConsentModel.auditFields)
            count += 1
        }
        return count
    }

    private func name(
        _ random: inout DemoRandom
    ) -> (surname: String, given: String, patronymic: String, sex: Person.Sex) {
        let female = random.chance(55)
        let male = random.pick(DemoNames.maleSurnames)
        return (
            female ? DemoNames.femaleSurname(male) : male,
            female ? random.pick(DemoNames.femaleNames) : random.pick(DemoNames.maleNames),
            DemoNames.patronymic(fromFather: random.pick(DemoNames.fatherNames), female: female),
            female ? .female : .male
        )
    }

    private func birthDate(_ random: inout DemoRandom, age: Int) -> CalendarDate {
        scope.today.adding(days: -(age * 365 + random.below(360)))
    }

    private func teacher(_ random: inout DemoRandom, kindergarten: Bool) -> Person.Details {
        let n = name(&random)
        let age = 23 + random.below(40)
        let experience = max(0, age - 23 - random.below(5))
        return Person.Details(
            surname: n.surname, givenName: n.given, patronymic: n.patronymic, birthDate: birthDate(&random, age: age),
            sex: n.sex,
            categories: [.teacher], position: kindergarten ? "Воспитатель" : "Учитель",
            subjects: kindergarten ? [] : [random.pick(DemoNames.teacherSubjects)], teachingExperienceYears: experience,
            isYoungSpecialist: experience <= 3, email: "teacher\(random.below(100_000))@example.ru")
    }

    private func student(_ random: inout DemoRandom, ages: ClosedRange<Int>, college: Bool) -> Person.Details {
        let n = name(&random)
        let age = ages.lowerBound + random.below(ages.count)
        let grade =
            college ? "АГ-\(max(1, age - 15))\(1 + random.below(2))" : "\(age - 6)\(random.pick(["А", "Б", "В"]))"
        return Person.Details(
            surname: n.surname, givenName: n.given, patronymic: n.patronymic, birthDate: birthDate(&random, age: age),
            sex: n.sex,
            categories: [.student], grade: grade)
    }

    private func employer(_ random: inout DemoRandom) -> Person.Details {
        let n = name(&random)
        return Person.Details(
            surname: n.surname, givenName: n.given, patronymic: n.patronymic,
            birthDate: birthDate(&random, age: 28 + random.below(30)),
            sex: n.sex, categories: [.employerRepresentative],
            position: random.pick(["Инженер", "Главный агроном", "Начальник отдела"]),
            phone: "+7 391 \(200 + random.below(700))-\(10 + random.below(90))-\(10 + random.below(90))",
            partnerName: random.pick(DemoNames.employers))
    }
}
