import MentoringCore
import Testing

@testable import Matching

/// Labour Code art. 351.1 as the engine applies it: who may be paired with a minor without a certificate.
@Suite("Certificate of no criminal record in a run")
struct CertificateRuleTests {
    static let minor = MatchMentee(id: "e", form: .employerStudent, organization: "school", grade: 7, age: 13)

    static func mentor(
        age: Int? = 45, organization: String = "school", staff: Bool? = false, certificate: Bool? = false
    ) -> MatchMentor {
        MatchMentor(
            id: "m", forms: [.employerStudent], organization: organization, offeredToOthers: true, age: age,
            isStaff: staff, hasRecordCertificate: certificate)
    }

    @Test(
        "Who is stopped from mentoring a minor",
        arguments: [
            (mentor(), true),  // an enterprise's engineer without a certificate
            (mentor(certificate: true), false),  // … with a valid one
            (mentor(age: nil), true),  // no birth date: an adult category
            (mentor(age: 17), false),  // a minor mentoring a minor
            (mentor(age: 18), true),  // an adult student
            (mentor(staff: true), false),  // the school's own teacher
            (mentor(organization: "other", staff: true), true),  // another school's teacher
            (mentor(staff: nil, certificate: nil), false),  // a run stored before the rule
        ])
    func minors(mentor: MatchMentor, blocked: Bool) {
        #expect(PairRules.blocks(Self.minor, mentor, rules: .standard).contains(.noRecordCertificate) == blocked)
    }

    @Test("An adult mentee needs no certificate from anyone")
    func adults() {
        let adult = MatchMentee(id: "e", form: .employerStudent, organization: "school", age: 19)
        let unknown = MatchMentee(id: "e", form: .employerStudent, organization: "school")
        #expect(PairRules.blocks(adult, Self.mentor(), rules: .standard).isEmpty)
        #expect(PairRules.blocks(unknown, Self.mentor(), rules: .standard).isEmpty)
    }

    @Test("The run names the rule for the mentee it left alone")
    func explained() throws {
        let result = try MatchEngine.run(MatchSetup(mentees: [Self.minor], mentors: [Self.mentor()]))
        #expect(result.pairs.isEmpty)
        #expect(result.unmatched.first?.detail == PairBlock.noRecordCertificate.message)
    }
}
