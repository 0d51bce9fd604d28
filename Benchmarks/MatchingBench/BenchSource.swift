import Matching

/// The instance's allowed pairs, found through an index from competency tag to the mentors offering it,
/// so a mentee is scored only against mentors who cover at least one of its requests. A mentor sharing
/// several tags with the mentee is taken under the lowest one, so reading needs no state and runs on
/// several threads at once.
///
/// With a `budget` (the regional pool) a mentee is scored against at most that many mentors per request:
/// a window of each tag's list that starts at a place drawn from the mentee's number, so that different
/// mentees see different mentors and every mentor is seen by some.
struct BenchSource: CandidateSource {
    let instance: BenchInstance
    let budget: Int?
    private let mentorsByTag: [[Int32]]

    init(_ instance: BenchInstance, budget: Int? = nil) {
        self.instance = instance
        self.budget = budget
        var byTag: [[Int32]] = Array(repeating: [], count: 64)
        for mentor in 0..<instance.mentorCount {
            var bits = instance.mentorRecords[mentor].competencies
            while bits != 0 {
                byTag[bits.trailingZeroBitCount].append(Int32(mentor))
                bits &= bits &- 1
            }
        }
        mentorsByTag = byTag
    }

    var menteeCount: Int { instance.menteeCount }
    var mentorCount: Int { instance.mentorCount }
    func capacity(ofMentor mentor: Int) -> Int { instance.mentorCapacity[mentor] }

    func forEachCandidate(ofMentee mentee: Int, _ body: (Int32, Double) -> Void) {
        forEachCandidate(ofMentee: mentee, among: { _ in true }, body)
    }

    func forEachCandidate(ofMentee mentee: Int, among: (Int32) -> Bool, _ body: (Int32, Double) -> Void) {
        let requests = instance.menteeRequests[mentee]
        var bits = requests
        while bits != 0 {
            let tag = bits.trailingZeroBitCount
            let lower = requests & ((1 << UInt64(tag)) - 1)
            let list = mentorsByTag[tag]
            let count = min(list.count, budget ?? list.count)
            let first = count < list.count ? Int(UInt64(mentee &* 0x9E37_79B9 &+ tag) % UInt64(list.count)) : 0
            for step in 0..<count {
                let mentor = list[(first + step) % list.count]
                guard instance.mentorRecords[Int(mentor)].competencies & lower == 0 && among(mentor) else { continue }
                let value = instance.score(mentee: mentee, mentor: Int(mentor))
                if value > 0 { body(mentor, value) }
            }
            bits &= bits &- 1
        }
    }
}
