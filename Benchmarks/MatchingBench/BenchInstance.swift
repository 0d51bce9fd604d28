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
    let tagWeights: [Int]
    let menteeOrg: [Int32], menteeExperience: [Int32], menteeHours: [Double]
    let menteeRequests: [UInt64], menteeInterests: [UInt64]
    let mentorOrg: [Int32], mentorExperience: [Int32], mentorHoursPerSlot: [Double], mentorCapacity: [Int]
    let mentorCompetencies: [UInt64], mentorInterests: [UInt64]

    init(contentsOf url: URL) throws {
        let file = try JSONDecoder().decode(File.self, from: Data(contentsOf: url))
        func mask(_ tags: [Int]) -> UInt64 { tags.reduce(0) { $0 | (1 << UInt64($1)) } }
        minExperienceGap = file.meta.minExperienceGap
        tagWeights = file.tagWeights
        menteeOrg = file.mentees.map { Int32($0.org) }
        menteeExperience = file.mentees.map { Int32($0.experienceYears) }
        menteeHours = file.mentees.map { Double($0.weeklyHours) }
        menteeRequests = file.mentees.map { mask($0.requests) }
        menteeInterests = file.mentees.map { mask($0.interests) }
        mentorOrg = file.mentors.map { Int32($0.org) }
        mentorExperience = file.mentors.map { Int32($0.experienceYears) }
        mentorHoursPerSlot = file.mentors.map { Double($0.weeklyHours) / Double($0.capacity) }
        mentorCapacity = file.mentors.map(\.capacity)
        mentorCompetencies = file.mentors.map { mask($0.competencies) }
        mentorInterests = file.mentors.map { mask($0.interests) }
    }

    var menteeCount: Int { menteeOrg.count }
    var mentorCount: Int { mentorOrg.count }

    @inline(__always)
    private func weight(_ tags: UInt64) -> Int {
        var bits = tags, sum = 0
        while bits != 0 {
            sum += tagWeights[bits.trailingZeroBitCount]
            bits &= bits &- 1
        }
        return sum
    }

    /// The benchmark's score, in exactly the README's order of operations (bit-equal to `reference/`).
    @inline(__always)
    func score(mentee i: Int, mentor j: Int) -> Double {
        if menteeOrg[i] == mentorOrg[j] { return 0 }
        if mentorExperience[j] < menteeExperience[i] + Int32(minExperienceGap) { return 0 }
        let requests = menteeRequests[i], competencies = mentorCompetencies[j]
        let interW = weight(requests & competencies)
        if interW == 0 { return 0 }
        let unionW = weight(requests | competencies)
        let tagJ = Double(interW) / Double(unionW)
        let mine = menteeInterests[i], theirs = mentorInterests[j]
        let unionI = (mine | theirs).nonzeroBitCount
        let intJ = unionI > 0 ? Double((mine & theirs).nonzeroBitCount) / Double(unionI) : 0.0
        let h = menteeHours[i], a = mentorHoursPerSlot[j]
        let timeFit = min(h, a) / max(h, a)
        let tags = 0.6 * tagJ
        let interests = 0.25 * intJ
        let time = 0.15 * timeFit
        return (tags + interests) + time
    }
}
