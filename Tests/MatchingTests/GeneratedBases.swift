import MentoringCore
import PropertyBased

@testable import Matching

/// Small bases of mentees and mentors drawn at random from what real bases vary in: the form, the organization,
/// requests and competencies from one short vocabulary, experience, grade and age, consent, places already taken,
/// the waitlist, and pairs the curator forbade.
enum GeneratedBases {
    static let terms = ["Классное руководство", "ОГЭ", "Проекты"]
    static let forms: [MentoringForm] = [.teacherTeacher, .studentStudent]

    static func terms(_ bits: Int) -> [String] {
        terms.indices.filter { bits & (1 << $0) != 0 }.map { terms[$0] }
    }

    static let mentee = zip(
        Gen.int(in: 0...1), Gen.int(in: 0...1), Gen.int(in: 0...7), Gen.int(in: 0...25), Gen.int(in: 5...11),
        Gen.int(in: 0...9), Gen.int(in: 0...90)
    ).map { form, organization, requests, experience, grade, consent, waiting in
        MatchMentee(
            id: "", form: forms[form], organization: organization == 0 ? "a" : "b",
            requests: terms(requests).map { MatchRequest(text: $0) }, grade: grade, age: grade + 7,
            experienceYears: experience, hasConsent: consent > 0, waitingDays: waiting)
    }

    static let mentor = zip(
        zip(Gen.int(in: 1...3), Gen.int(in: 0...1), Gen.int(in: 0...7), Gen.int(in: 0...40)),
        zip(Gen.int(in: 5...11), Gen.int(in: 0...3), Gen.int(in: 0...2), Gen.bool, Gen.int(in: 0...9))
    ).map { first, second in
        let (forms, organization, competencies, experience) = first
        let (grade, capacity, active, offered, consent) = second
        return MatchMentor(
            id: "", forms: Self.forms.indices.filter { forms & (1 << $0) != 0 }.map { Self.forms[$0] },
            organization: organization == 0 ? "a" : "b", competencies: terms(competencies), capacity: capacity,
            activeMentees: active, offeredToOthers: offered, grade: grade, age: grade + 7,
            experienceYears: experience, hasConsent: consent > 0)
    }

    /// Up to 7 mentees and 4 mentors: an exhaustive search stays quick; forbidden pairs are drawn by index.
    static let setup = zip(mentee.array(of: 1...7), mentor.array(of: 1...4), Gen.int(in: 0...27).array(of: 0...4))
        .map { mentees, mentors, forbidden in
            var setup = MatchSetup(
                mentees: mentees.enumerated().map { index, mentee in
                    var mentee = mentee
                    mentee.id = "e\(index)"
                    return mentee
                },
                mentors: mentors.enumerated().map { index, mentor in
                    var mentor = mentor
                    mentor.id = "m\(index)"
                    return mentor
                })
            setup.forbidden = forbidden.map {
                PairKey(mentee: "e\($0 / 4 % mentees.count)", mentor: "m\($0 % mentors.count)")
            }
            return setup
        }

    /// The hard rules, written out again from the regulation rather than read from the engine: consent on both sides,
    /// the form, the organization (unless the mentor agreed to be offered), a curator's ban, three more years of
    /// teaching for a teacher's mentor, a higher grade (or, in the same grade, more years) for a student's mentor.
    static func allowed(_ mentee: MatchMentee, _ mentor: MatchMentor, in setup: MatchSetup) -> Bool {
        guard mentee.hasConsent, mentor.hasConsent, mentor.forms.contains(mentee.form),
            mentor.organization == mentee.organization || mentor.offeredToOthers,
            !setup.forbidden.contains(PairKey(mentee: mentee.id, mentor: mentor.id))
        else { return false }
        switch mentee.form {
        case .teacherTeacher: return (mentor.experienceYears ?? 0) - (mentee.experienceYears ?? 0) >= 3
        case .studentStudent:
            return mentor.grade != mentee.grade
                ? (mentor.grade ?? 0) > (mentee.grade ?? 0) : (mentor.age ?? 0) > (mentee.age ?? 0)
        default: return true
        }
    }

    /// What the optimal mode may choose, pair by pair.
    struct Evaluation {
        let setup: MatchSetup
        /// The value of each pair the optimal mode may choose (score and the mentee's waitlist priority), by index:
        /// the allowed pairs with mentors who cover a request, or with any mentor when no allowed mentor who covers
        /// one has a place.
        let values: [[Double?]]

        init(_ setup: MatchSetup) {
            self.setup = setup
            values = setup.mentees.map { mentee in
                let allowed = setup.mentors.map { mentor -> Double? in
                    guard GeneratedBases.allowed(mentee, mentor, in: setup),
                        let pair = MatchEngine.evaluate(setup, mentee: mentee.id, mentor: mentor.id)
                    else { return nil }
                    return pair.score.score + setup.weights.waitlistBonus(days: mentee.waitingDays)
                }
                let requests = Set(mentee.requests.map { PairScorer.normalized($0.text) })
                let covering = setup.mentors.map {
                    !requests.isDisjoint(with: $0.competencies.map(PairScorer.normalized))
                }
                let coveringWithPlace = setup.mentors.indices.contains {
                    covering[$0] && allowed[$0] != nil && setup.mentors[$0].freePlaces > 0
                }
                return coveringWithPlace ? allowed.indices.map { covering[$0] ? allowed[$0] : nil } : allowed
            }
        }

        /// The best total over every assignment that keeps the rules and the places.
        func bestTotal() -> Double {
            var places = setup.mentors.map(\.freePlaces)
            func best(from mentee: Int) -> Double {
                guard mentee < values.count else { return 0 }
                var result = best(from: mentee + 1)
                for (mentor, value) in values[mentee].enumerated() where places[mentor] > 0 {
                    guard let value else { continue }
                    places[mentor] -= 1
                    result = max(result, value + best(from: mentee + 1))
                    places[mentor] += 1
                }
                return result
            }
            return best(from: 0)
        }
    }
}
