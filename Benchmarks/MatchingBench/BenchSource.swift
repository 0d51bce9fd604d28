import Matching

/// The instance's allowed pairs, found through an index from competency tag to the mentors offering it,
/// so a mentee is scored only against mentors who cover at least one of its requests.
final class BenchSource: CandidateSource {
    let instance: BenchInstance
    private var mentorsByTag: [[Int32]] = Array(repeating: [], count: 64)
    private var seen: [Int32]
    private var stamp: Int32 = 0

    init(_ instance: BenchInstance) {
        self.instance = instance
        seen = Array(repeating: -1, count: instance.mentorCount)
        for mentor in 0..<instance.mentorCount {
            var bits = instance.mentorCompetencies[mentor]
            while bits != 0 {
                mentorsByTag[bits.trailingZeroBitCount].append(Int32(mentor))
                bits &= bits &- 1
            }
        }
    }

    var menteeCount: Int { instance.menteeCount }
    var mentorCount: Int { instance.mentorCount }
    func capacity(ofMentor mentor: Int) -> Int { instance.mentorCapacity[mentor] }

    func forEachCandidate(ofMentee mentee: Int, _ body: (Int32, Double) -> Void) {
        stamp &+= 1
        var bits = instance.menteeRequests[mentee]
        while bits != 0 {
            for mentor in mentorsByTag[bits.trailingZeroBitCount] where seen[Int(mentor)] != stamp {
                seen[Int(mentor)] = stamp
                let value = instance.score(mentee: mentee, mentor: Int(mentor))
                if value > 0 { body(mentor, value) }
            }
            bits &= bits &- 1
        }
    }
}
