import Foundation
import MentoringCore
import Testing

struct AccessTests {
    static let region = Region.ID(UUID())
    static let municipality = Municipality.ID(UUID())
    static let org = Organization.ID(UUID())
    static let place = OrganizationPlace(organizationID: org, municipalityID: municipality, regionID: region)
    static let elsewhere = OrganizationPlace(
        organizationID: .init(UUID()), municipalityID: .init(UUID()), regionID: region)

    @Test(arguments: [
        (Grant(role: .administrator, scope: .system), true, true, true),
        (Grant(role: .authorityCoordinator, scope: .municipality(municipality)), true, false, false),
        (Grant(role: .authorityCoordinator, scope: .region(region)), true, false, false),
        (Grant(role: .head, scope: .organization(org)), true, true, true),
        (Grant(role: .curator, scope: .organization(org)), true, true, true),
        (Grant(role: .mentor, scope: .organization(org)), false, false, false),
        (Grant(role: .mentee, scope: .organization(org)), false, false, false),
        (Grant(role: .legalRepresentative, scope: .organization(org)), false, false, false),
    ])
    func grantsGiveTheirAccess(grant: Grant, readsAll: Bool, manages: Bool, readsAudit: Bool) throws {
        let access = try #require(AccessRule.access(for: [grant], to: Self.place))
        #expect(access.readsAll == readsAll)
        #expect(access.manages == manages)
        #expect(access.readsAudit == readsAudit)
        #expect(access.role == grant.role)
    }

    @Test(arguments: [
        Grant(role: .authorityCoordinator, scope: .municipality(municipality)),
        Grant(role: .curator, scope: .organization(org)),
        Grant(role: .mentor, scope: .organization(org)),
    ])
    func nothingOutsideTheScope(grant: Grant) {
        #expect(AccessRule.access(for: [grant], to: Self.elsewhere) == nil)
    }

    @Test func theStrongestRoleIsShown() {
        let access = AccessRule.access(
            for: [
                Grant(role: .mentor, scope: .organization(Self.org)),
                Grant(role: .curator, scope: .organization(Self.org)),
            ], to: Self.place)
        #expect(access?.role == .curator)
        #expect(access?.manages == true)
    }

    @Test(arguments: [
        (Grant(role: .administrator, scope: .system), true),
        (Grant(role: .administrator, scope: .organization(org)), false),
        (Grant(role: .curator, scope: .system), false),
        (Grant(role: .authorityCoordinator, scope: .organization(org)), false),
        (Grant(role: .authorityCoordinator, scope: .region(region)), true),
    ])
    func scopesMustFitRoles(grant: Grant, consistent: Bool) {
        #expect(grant.isConsistent == consistent)
    }
}

struct CredentialsTests {
    @Test(arguments: [
        ("короткий", true), ("1234567", false), (String(repeating: "a", count: 72), true),
        (String(repeating: "a", count: 73), false), (String(repeating: "я", count: 36), true),
        (String(repeating: "я", count: 37), false),
    ])
    func passwordsFitBcrypt(password: String, accepted: Bool) {
        let result = Result { () throws(ValidationFailure) in try Credentials.validatePassword(password) }
        let passed = (try? result.get()) != nil
        #expect(passed == accepted)
    }

    @Test func overlongPasswordsSayWhy() {
        do {
            try Credentials.validatePassword(String(repeating: "я", count: 40))
            Issue.record("73+ bytes must be refused")
        } catch {
            #expect(error.fields["password"]?.contains("72 байт") == true)
        }
    }

    @Test(arguments: [("Ivanova@School.RU", "ivanova@school.ru"), ("  curator_1 ", "curator_1")])
    func loginsAreNormalized(login: String, expected: String) throws {
        #expect(try Credentials.normalizedLogin(login) == expected)
    }

    @Test(arguments: ["иванова", "a", "a b c", "user@", "@host.ru"])
    func badLoginsAreRefused(login: String) {
        #expect(throws: ValidationFailure.self) { try Credentials.normalizedLogin(login) }
    }
}

struct SessionAndThrottleTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    static let lifetimes: [(TimeInterval, TimeInterval, Bool)] = [
        (1740, 60, false), (1860, 1860, true), (43201, 60, true), (39600, 60, false),
    ]

    @Test(arguments: lifetimes)
    func sessionsExpire(age: TimeInterval, idle: TimeInterval, expired: Bool) {
        let now = start.addingTimeInterval(age)
        #expect(
            SessionPolicy().isExpired(createdAt: start, lastSeenAt: now.addingTimeInterval(-idle), now: now) == expired)
    }

    @Test func tenFailuresMakeOneWait() {
        let throttle = LoginThrottle()
        let failures = (0..<10).map { start.addingTimeInterval(Double($0) * 60) }
        #expect(throttle.retryAfter(failures: Array(failures.prefix(9)), now: start.addingTimeInterval(600)) == nil)
        #expect(
            throttle.retryAfter(failures: failures, now: start.addingTimeInterval(600)) == start.addingTimeInterval(900)
        )
        #expect(throttle.retryAfter(failures: failures, now: start.addingTimeInterval(901)) == nil)
    }
}

struct NameDisclosureTests {
    let today = CalendarDate(year: 2026, month: 11, day: 21)!
    let person = Person.ID(UUID())

    func consents(_ kinds: [Consent.Kind]) -> [Consent] {
        kinds.map {
            Consent(
                id: .init(UUID()), personID: person, kind: $0, purpose: "цель", signer: .subject,
                signedOn: CalendarDate(year: 2026, month: 1, day: 1)!)
        }
    }

    @Test(arguments: [
        (Role.curator, [Consent.Kind](), true), (.head, [], true), (.administrator, [], true),
        (.authorityCoordinator, [], false), (.authorityCoordinator, [.personalData], false),
        (.authorityCoordinator, [.personalData, .participation], true),
    ])
    func authoritiesSeeNamesOnlyWithConsent(role: Role, kinds: [Consent.Kind], shown: Bool) throws {
        let scope: GrantScope =
            role == .administrator
            ? .system
            : role == .authorityCoordinator ? .municipality(AccessTests.municipality) : .organization(AccessTests.org)
        let access = try #require(AccessRule.access(for: [Grant(role: role, scope: scope)], to: AccessTests.place))
        #expect(access.showsName(consents: consents(kinds), on: today) == shown)
    }
}
