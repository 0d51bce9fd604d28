import Foundation
import MentoringCore
import Testing

struct ConsentTests {
    static let today = CalendarDate(year: 2026, month: 11, day: 21)!
    static let person = Person.ID(UUID())

    static func consent(
        _ kind: Consent.Kind, signed: String = "2026-01-10", until: String? = nil, withdrawn: String? = nil
    ) -> Consent {
        Consent(
            id: .init(UUID()), personID: person, kind: kind, purpose: "цель", signer: .subject,
            signedOn: CalendarDate(parsing: signed)!, validUntil: until.flatMap(CalendarDate.init(parsing:)),
            withdrawnOn: withdrawn.flatMap(CalendarDate.init(parsing:)))
    }

    @Test(arguments: [
        ([], Consent.Status.missing),
        ([consent(.personalData)], .missing),
        ([consent(.personalData), consent(.participation)], .valid),
        ([consent(.personalData, until: "2026-11-20"), consent(.participation)], .expired),
        ([consent(.personalData, until: "2026-11-21"), consent(.participation)], .valid),
        ([consent(.personalData, withdrawn: "2026-11-21"), consent(.participation)], .withdrawn),
        ([consent(.personalData, withdrawn: "2026-11-22"), consent(.participation)], .valid),
        (
            [
                consent(.personalData, withdrawn: "2026-03-01"), consent(.personalData, signed: "2026-04-01"),
                consent(.participation),
            ], .valid
        ),
        ([consent(.personalData, until: "2026-01-01"), consent(.participation, withdrawn: "2026-10-01")], .withdrawn),
        ([consent(.personalData, signed: "2026-12-01"), consent(.participation)], .missing),
    ])
    func derivesTheOverallStatus(consents: [Consent], expected: Consent.Status) {
        #expect(consents.overallStatus(on: Self.today) == expected)
    }

    @Test func policyNamesWhatIsMissing() {
        let consents = [Self.consent(.personalData), Self.consent(.participation, until: "2026-06-01")]
        #expect(throws: ConsentRefusal(personID: Self.person, purpose: .matching, problems: [.participation: .expired]))
        {
            try ConsentPolicy.authorize(.matching, personID: Self.person, consents: consents, on: Self.today)
        }
    }

    @Test func publicationNeedsItsOwnConsent() throws {
        let consents = [Self.consent(.personalData), Self.consent(.participation)]
        try ConsentPolicy.authorize(.matching, personID: Self.person, consents: consents, on: Self.today)
        #expect(!ConsentPolicy.allows(.publication, consents: consents, on: Self.today))
        #expect(ConsentPolicy.allows(.publication, consents: consents + [Self.consent(.publication)], on: Self.today))
    }

    @Test func withdrawalSchedulesAnonymizationWithinThirtyDays() {
        #expect(
            ConsentPolicy.anonymizationDue(afterWithdrawing: .personalData, on: Self.today)?.description == "2026-12-21"
        )
        #expect(ConsentPolicy.anonymizationDue(afterWithdrawing: .publication, on: Self.today) == nil)
    }

    @Test func anonymizationKeepsWhatCountsNeed() {
        let details = Person.Details(
            surname: "Иванова", givenName: "Мария", patronymic: "Петровна",
            birthDate: CalendarDate(year: 2012, month: 3, day: 14)!, sex: .female, categories: [.student],
            grade: "8Б", email: "m@example.ru", phone: "+7 900 000 00 00")
        let result = Anonymization.anonymized(details)
        #expect(result.fullName == "Обезличено —")
        #expect(result.email == nil && result.phone == nil && result.sex == nil)
        #expect(result.birthDate == details.birthDate && result.categories == [.student] && result.grade == "8Б")
    }
}

struct ConsentInputTests {
    let today = CalendarDate(year: 2026, month: 11, day: 21)!
    let minor = Person.Details(
        surname: "Орлов", givenName: "Кирилл", birthDate: CalendarDate(year: 2013, month: 5, day: 1)!,
        categories: [.student], grade: "7А")
    let adult = Person.Details(
        surname: "Орлова", givenName: "Анна", birthDate: CalendarDate(year: 1985, month: 5, day: 1)!,
        categories: [.teacher])
    let representative = LegalRepresentative.ID(UUID())

    func input(signedBy: String?) -> ConsentInput {
        ConsentInput(
            kind: "personal_data", purpose: "Программа наставничества", signedBy: signedBy, signedOn: "20.11.2026",
            text: "Текст")
    }

    @Test func minorSignedBySelfIsRefused() {
        #expect(
            throws: ValidationFailure(fields: [
                "signedBy": "За несовершеннолетнего согласие подписывает законный представитель."
            ])
        ) {
            try input(signedBy: "subject").validated(for: minor, representatives: [representative], today: today)
        }
    }

    @Test func minorSignedByTheirRepresentativeIsAccepted() throws {
        let valid = try input(signedBy: representative.description).validated(
            for: minor, representatives: [representative], today: today)
        #expect(valid.signer == .representative(representative))
    }

    @Test func someoneElsesRepresentativeIsRefused() {
        let stranger = LegalRepresentative.ID(UUID())
        #expect(throws: ValidationFailure.self) {
            try input(signedBy: stranger.description).validated(
                for: minor, representatives: [representative], today: today)
        }
    }

    @Test func adultSignsThemselves() throws {
        #expect(
            try input(signedBy: "subject").validated(for: adult, representatives: [], today: today).signer == .subject)
    }

    @Test func datesMustMakeSense() {
        var form = input(signedBy: "subject")
        form.signedOn = "22.11.2026"
        form.validUntil = "01.01.2020"
        do {
            _ = try form.validated(for: adult, representatives: [], today: today)
            Issue.record("a future signature must not pass")
        } catch {
            #expect(error.fields["signedOn"] == "Дата подписания не может быть в будущем.")
        }
        form.signedOn = "01.02.2026"
        #expect(
            throws: ValidationFailure(fields: ["validUntil": "Срок действия не может закончиться раньше подписания."])
        ) {
            try form.validated(for: adult, representatives: [], today: today)
        }
    }
}
