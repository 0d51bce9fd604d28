import Foundation

/// An instance made by `../shared/bench/gen.py`, kept as bit masks for a fast, exact score.
struct BenchInstance {
    struct Mentee: Decodable {
        var org: Int
        var experienceYears: Int
        var weeklyHours: Int
        var requests: [Int]
        var interests: [Int]
    }

    struct Mentor: Decodable {
        var org: Int
        var experienceYears: Int
        var weeklyHours: Int
        var capacity: Int
        var competencies: [Int]
        var interests: [Int]
    }

    struct Meta: Decodable {
        var minExperienceGap: Int
    }

    struct File: Decodable {
        var meta: Meta
        var tagWeights: [Int]
        var mentees: [Mentee]
        var mentors: [Mentor]
    }

    let minExperienceGap: Int
    let menteeOrg: [Int32], menteeExperience: [Int32], menteeHours: [Double]
    let menteeRequests: [UInt64], menteeInterests: [UInt64]
    let menteeRequestWeight: [Int]
    let mentorCapacity: [Int]
    /// What the score reads of a mentor, in one cache line's half.
    struct MentorRecord {
        var competencies: UInt64, interests: UInt64, hoursPerSlot: Double, org: Int32, experience: Int32
        /// Σ weight of the competencies and the number of interests, so a pair's unions come by subtraction.
        var competencyWeight: Int32, interestCount: Int32
    }
    let mentorRecords: [MentorRecord]
    /// The tags of each weight as one mask, so a set's weight is a few popcounts.
    let weightClasses: [(mask: UInt64, weight: Int)]

    init(contentsOf url: URL) throws {
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
        func mask(_ tags: [Int]) -> UInt64 { tags.reduce(0) { $0 | (1 << UInt64($1)) } }
        minExperienceGap = file.meta.minExperienceGap
        menteeOrg = file.mentees.map { Int32($0.org) }
        menteeExperience = file.mentees.map { Int32($0.experienceYears) }
        menteeHours = file.mentees.map { Double($0.weeklyHours) }
        menteeRequests = file.mentees.map { mask($0.requests) }
        menteeInterests = file.mentees.map { mask($0.interests) }
        mentorCapacity = file.mentors.map(\.capacity)
        let classes: [(mask: UInt64, weight: Int)] = Dictionary(grouping: file.tagWeights.indices) {
            file.tagWeights[$0]
        }
        .map { weight, tags in (mask(tags), weight) }.sorted { $0.weight < $1.weight }
        weightClasses = classes
        menteeRequestWeight = menteeRequests.map { Self.weight($0, classes) }
        mentorRecords = file.mentors.map {
            let competencies = mask($0.competencies)
            let interests = mask($0.interests)
            return MentorRecord(
                competencies: competencies, interests: interests,
                hoursPerSlot: Double($0.weeklyHours) / Double($0.capacity), org: Int32($0.org),
                experience: Int32($0.experienceYears), competencyWeight: Int32(Self.weight(competencies, classes)),
                interestCount: Int32(interests.nonzeroBitCount))
        }
    }

    var menteeCount: Int { menteeOrg.count }
    var mentorCount: Int { mentorRecords.count }

    /// Σ weight of a set of tags.
    @inline(__always)
    private static func weight(_ tags: UInt64, _ classes: [(mask: UInt64, weight: Int)]) -> Int {
        var sum = 0
        for (mask, weight) in classes { sum += (tags & mask).nonzeroBitCount * weight }
        return sum
    }

    /// The benchmark's score, in exactly the README's order of operations (bit-equal to `reference/`).
    @inline(__always)
    func score(mentee i: Int, mentor j: Int) -> Double {
        let mentor = mentorRecords[j]
        if menteeOrg[i] == mentor.org { return 0 }
        if mentor.experience < menteeExperience[i] + Int32(minExperienceGap) { return 0 }
        let requests = menteeRequests[i]
        let competencies = mentor.competencies
        let interW = Self.weight(requests & competencies, weightClasses)
        if interW == 0 { return 0 }
        let unionW = menteeRequestWeight[i] + Int(mentor.competencyWeight) - interW
        let tagJ = Double(interW) / Double(unionW)
        let mine = menteeInterests[i]
        let theirs = mentor.interests
        let shared = (mine & theirs).nonzeroBitCount
        let unionI = mine.nonzeroBitCount + Int(mentor.interestCount) - shared
        let intJ = unionI > 0 ? Double(shared) / Double(unionI) : 0.0
        let h = menteeHours[i]
        let a = mentor.hoursPerSlot
        let timeFit = min(h, a) / max(h, a)
        let tags = 0.6 * tagJ
        let interests = 0.25 * intJ
        let time = 0.15 * timeFit
        return (tags + interests) + time
    }
}
