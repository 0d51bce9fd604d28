/// A sparse candidate graph in compressed rows: for each mentee its kept mentors, best first.
///
/// Built from a `CandidateSource` keeping the `topK` best mentors of each mentee and the `topK` best
/// mentees of each mentor (0 keeps all pairs) — the mentor side keeps a mentor whom everybody ranks below
/// the popular ones in the graph. For each mentee the graph remembers the best value it left out of its
/// own list, so a solver can prove that nothing outside the graph would improve its answer without
/// scoring the pairs again.
public struct CandidateGraph: Sendable {
    public private(set) var menteeCount: Int
    public private(set) var mentorCount: Int
    public var capacities: [Int32]
    public private(set) var rowStart: [Int]
    public private(set) var mentors: [Int32]
    public private(set) var values: [Double]
    /// The best value of a pair left out of the graph for each mentee (0 when none was left out).
    public private(set) var bestLeftOut: [Double]
    /// The best value of a pair left out of each mentor's shortlist: no pair of that mentor outside the
    /// graph is worth more.
    public private(set) var mentorLeftOut: [Double]
    /// How many allowed pairs each mentee had before truncation.
    public private(set) var allowedCount: [Int32]

    public var edgeCount: Int { mentors.count }

    /// Builds the rows in up to four runs of mentees at once (the source is read concurrently), then merges
    /// the mentors' shortlists; the result does not depend on how the work was split.
    public init<Source: CandidateSource>(source: Source, topK: Int, progress: ((Int) -> Void)? = nil) {
        menteeCount = source.menteeCount
        mentorCount = source.mentorCount
        capacities = (0..<source.mentorCount).map { Int32(max(0, source.capacity(ofMentor: $0))) }
        let mentorCount = mentorCount
        let chunks = inParallelRuns(of: menteeCount) {
            RowChunk(source: source, mentees: $0, topK: topK, mentorCount: mentorCount)
        }
        rowStart = [0]
        rowStart.reserveCapacity(menteeCount + 1)
        mentors = []
        values = []
        bestLeftOut = []
        allowedCount = []
        var kept = MentorShortlists(mentorCount: mentorCount, size: topK)
        for chunk in chunks {
            let base = mentors.count
            rowStart += chunk.rowEnds.map { base + $0 }
            mentors += chunk.mentors
            values += chunk.values
            bestLeftOut += chunk.bestLeftOut
            allowedCount += chunk.allowedCount
            if topK > 0 { kept.merge(chunk.kept) }
        }
        progress?(menteeCount)
        mentorLeftOut = kept.leftOut
        if topK > 0 { self = adding(kept.candidatesByMentee(menteeCount: menteeCount)) }
    }

    /// The graph with extra pairs added (a mentee's extra pairs go after its own, then the row is re-sorted).
    public func adding(_ extra: [Int: [Candidate]]) -> CandidateGraph {
        var graph = self
        graph.rowStart = [0]
        graph.mentors = []
        graph.values = []
        graph.mentors.reserveCapacity(edgeCount + extra.values.reduce(0) { $0 + $1.count })
        graph.values.reserveCapacity(graph.mentors.capacity)
        for mentee in 0..<menteeCount {
            var row = candidates(of: mentee)
            if let more = extra[mentee] {
                row += more.filter { new in !row.contains { $0.mentor == new.mentor } }
                row.sort(by: Candidate.precedes)
            }
            graph.mentors += row.map(\.mentor)
            graph.values += row.map(\.value)
            graph.rowStart.append(graph.mentors.count)
        }
        return graph
    }

    public func candidates(of mentee: Int) -> [Candidate] {
        (rowStart[mentee]..<rowStart[mentee + 1]).map { Candidate(mentor: mentors[$0], value: values[$0]) }
    }
}

extension Array where Element == Candidate {
    /// Moves the `count` best candidates to the front (in no particular order among themselves).
    mutating func partialSort(_ count: Int) {
        var low = 0
        var high = self.count - 1
        let target = count - 1
        while low < high {
            let pivot = self[(low + high) / 2]
            var i = low
            var j = high
            while i <= j {
                while Candidate.precedes(self[i], pivot) { i += 1 }
                while Candidate.precedes(pivot, self[j]) { j -= 1 }
                if i <= j {
                    swapAt(i, j)
                    i += 1
                    j -= 1
                }
            }
            if target <= j { high = j } else if target >= i { low = i } else { return }
        }
    }
}

/// The rows of a run of mentees, with the shortlists of the mentors they were offered to.
struct RowChunk {
    var rowEnds: [Int] = []
    var mentors: [Int32] = []
    var values: [Double] = []
    var bestLeftOut: [Double] = []
    var allowedCount: [Int32] = []
    var kept: MentorShortlists

    init<Source: CandidateSource>(source: Source, mentees: Range<Int>, topK: Int, mentorCount: Int) {
        kept = MentorShortlists(mentorCount: topK > 0 ? mentorCount : 0, size: topK)
        var row: [Candidate] = []
        for mentee in mentees {
            row.removeAll(keepingCapacity: true)
            source.forEachCandidate(ofMentee: mentee) { mentor, value in
                if value > 0 { row.append(Candidate(mentor: mentor, value: value)) }
            }
            allowedCount.append(Int32(row.count))
            var leftOut = 0.0
            if topK > 0 && row.count > topK {
                for candidate in row { kept.offer(candidate.value, mentee: Int32(mentee), to: Int(candidate.mentor)) }
                row.partialSort(topK)
                leftOut = row[topK...].reduce(0) { max($0, $1.value) }
                row.removeSubrange(topK...)
            }
            bestLeftOut.append(leftOut)
            row.sort(by: Candidate.precedes)
            for candidate in row {
                mentors.append(candidate.mentor)
                values.append(candidate.value)
            }
            rowEnds.append(mentors.count)
        }
    }
}

/// The best mentees of every mentor seen so far, a bounded min-heap per mentor.
struct MentorShortlists {
    let size: Int
    var values: [Double]
    var mentees: [Int32]
    var counts: [Int]
    /// The best value each mentor turned away or pushed out.
    var leftOut: [Double]
    /// The worst value on each full shortlist (−∞ until it is full): a lower offer is turned away without
    /// touching the heap.
    var entry: [Double]

    init(mentorCount: Int, size: Int) {
        self.size = size
        values = Array(repeating: 0, count: mentorCount * size)
        mentees = Array(repeating: 0, count: mentorCount * size)
        counts = Array(repeating: 0, count: mentorCount)
        leftOut = Array(repeating: 0, count: mentorCount)
        entry = Array(repeating: -.infinity, count: mentorCount)
    }

    /// Whether (a, ma) is worse than (b, mb): lower value, or equal value and higher mentee number.
    @inline(__always)
    private func worse(_ a: Int, _ b: Int) -> Bool {
        values[a] < values[b] || (values[a] == values[b] && mentees[a] > mentees[b])
    }

    @inline(__always)
    mutating func offer(_ value: Double, mentee: Int32, to mentor: Int) {
        if value < entry[mentor] {
            if value > leftOut[mentor] { leftOut[mentor] = value }
            return
        }
        insert(value, mentee: mentee, to: mentor)
        if counts[mentor] == size { entry[mentor] = values[mentor * size] }
    }

    private mutating func insert(_ value: Double, mentee: Int32, to mentor: Int) {
        let base = mentor * size
        if counts[mentor] < size {
            var child = counts[mentor]
            values[base + child] = value
            mentees[base + child] = mentee
            counts[mentor] += 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard worse(base + child, base + parent) else { break }
                values.swapAt(base + child, base + parent)
                mentees.swapAt(base + child, base + parent)
                child = parent
            }
            return
        }
        guard value > values[base] || (value == values[base] && mentee < mentees[base]) else {
            leftOut[mentor] = max(leftOut[mentor], value)
            return
        }
        leftOut[mentor] = max(leftOut[mentor], values[base])
        values[base] = value
        mentees[base] = mentee
        var parent = 0
        while true {
            let left = 2 * parent + 1
            guard left < size else { break }
            var child = left
            if left + 1 < size && worse(base + left + 1, base + left) { child = left + 1 }
            guard worse(base + child, base + parent) else { break }
            values.swapAt(base + child, base + parent)
            mentees.swapAt(base + child, base + parent)
            parent = child
        }
    }

    /// Offers another chunk's shortlists: what either turned away stays turned away.
    mutating func merge(_ other: MentorShortlists) {
        for mentor in 0..<other.counts.count {
            leftOut[mentor] = max(leftOut[mentor], other.leftOut[mentor])
            for index in (mentor * size)..<(mentor * size + other.counts[mentor]) {
                offer(other.values[index], mentee: other.mentees[index], to: mentor)
            }
        }
    }

    func candidatesByMentee(menteeCount: Int) -> [Int: [Candidate]] {
        var result: [Int: [Candidate]] = [:]
        for mentor in 0..<counts.count {
            for index in (mentor * size)..<(mentor * size + counts[mentor]) {
                result[Int(mentees[index]), default: []].append(Candidate(mentor: Int32(mentor), value: values[index]))
            }
        }
        return result
    }
}
