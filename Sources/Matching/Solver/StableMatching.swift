/// Deferred acceptance with capacities (Gale–Shapley for hospitals and residents).
///
/// Mentees' preferences are the rows of the graph (best first); a mentor prefers the mentee whose edge
/// has the higher `mentorValues` entry, and on equal values the lower mentee number. Mentee-proposing
/// gives the mentee-optimal stable matching, mentor-proposing the mentor-optimal one.
public enum StableMatching {
    public enum Proposing: String, Sendable, Codable, CaseIterable {
        case mentees
        case mentors
    }

    public static func solve(
        _ graph: CandidateGraph, mentorValues: [Double], proposing: Proposing = .mentees
    ) -> Assignment {
        let edgeOf =
            proposing == .mentees
            ? menteeProposing(graph, mentorValues: mentorValues)
            : mentorProposing(graph, mentorValues: mentorValues)
        var result = Assignment(
            mentorOf: Array(repeating: -1, count: graph.menteeCount),
            valueOf: Array(repeating: 0, count: graph.menteeCount))
        for (mentee, edge) in edgeOf.enumerated() where edge >= 0 {
            result.mentorOf[mentee] = graph.mentors[edge]
            result.valueOf[mentee] = graph.values[edge]
        }
        return result
    }

    /// For each mentee the edge it holds, or -1.
    static func menteeProposing(_ graph: CandidateGraph, mentorValues: [Double]) -> [Int] {
        var held = MentorHolds(graph: graph, mentorValues: mentorValues)
        var next = Array(graph.rowStart.dropLast())
        var free = Array((0..<graph.menteeCount).reversed())
        while let mentee = free.popLast() {
            let end = graph.rowStart[mentee + 1]
            while next[mentee] < end {
                let edge = next[mentee]
                next[mentee] += 1
                let (accepted, rejected) = held.offer(edge: edge, mentee: mentee)
                if accepted {
                    if let rejected { free.append(rejected) }
                    break
                }
            }
        }
        return held.edgeOfMentee
    }

    static func mentorProposing(_ graph: CandidateGraph, mentorValues: [Double]) -> [Int] {
        let lists = MentorLists(graph: graph, mentorValues: mentorValues)
        var edgeOf = Array(repeating: -1, count: graph.menteeCount)
        var next = Array(lists.start.dropLast())
        var open = graph.capacities.map(Int.init)
        var free = Array((0..<graph.mentorCount).reversed())
        while let mentor = free.popLast() {
            while open[mentor] > 0 && next[mentor] < lists.start[mentor + 1] {
                let edge = lists.edges[next[mentor]]
                next[mentor] += 1
                let mentee = lists.menteeOf[edge]
                let current = edgeOf[mentee]
                guard current < 0 || edge < current else { continue }
                if current >= 0 {
                    let displaced = Int(graph.mentors[current])
                    open[displaced] += 1
                    if open[displaced] == 1 { free.append(displaced) }
                }
                edgeOf[mentee] = edge
                open[mentor] -= 1
            }
        }
        return edgeOf
    }

    /// Pairs (mentee, mentor) that both prefer each other to what they got: 0 for a stable matching.
    public static func blockingPairs(_ graph: CandidateGraph, mentorValues: [Double], assignment: Assignment) -> Int {
        var edgeOf = Array(repeating: -1, count: graph.menteeCount)
        var load = Array(repeating: 0, count: graph.mentorCount)
        var worst = Array(repeating: (value: Double.infinity, mentee: -1), count: graph.mentorCount)
        for mentee in 0..<graph.menteeCount where assignment.mentorOf[mentee] >= 0 {
            let mentor = Int(assignment.mentorOf[mentee])
            let edge = (graph.rowStart[mentee]..<graph.rowStart[mentee + 1]).first { graph.mentors[$0] == mentor }!
            edgeOf[mentee] = edge
            load[mentor] += 1
            let value = mentorValues[edge]
            if value < worst[mentor].value || (value == worst[mentor].value && mentee > worst[mentor].mentee) {
                worst[mentor] = (value, mentee)
            }
        }
        var blocking = 0
        for mentee in 0..<graph.menteeCount {
            let end = edgeOf[mentee] >= 0 ? edgeOf[mentee] : graph.rowStart[mentee + 1]
            for edge in graph.rowStart[mentee]..<end {
                let mentor = Int(graph.mentors[edge])
                guard graph.capacities[mentor] > 0 else { continue }
                let value = mentorValues[edge]
                if load[mentor] < Int(graph.capacities[mentor])
                    || value > worst[mentor].value || (value == worst[mentor].value && mentee < worst[mentor].mentee)
                {
                    blocking += 1
                }
            }
        }
        return blocking
    }
}

/// The mentees each mentor holds during mentee-proposing deferred acceptance.
private struct MentorHolds {
    let graph: CandidateGraph
    let mentorValues: [Double]
    var slotStart: [Int]
    var slotEdge: [Int]
    var slotMentee: [Int]
    var load: [Int]
    var edgeOfMentee: [Int]

    init(graph: CandidateGraph, mentorValues: [Double]) {
        self.graph = graph
        self.mentorValues = mentorValues
        slotStart = [0]
        for capacity in graph.capacities { slotStart.append(slotStart.last! + Int(capacity)) }
        slotEdge = Array(repeating: -1, count: slotStart.last!)
        slotMentee = Array(repeating: -1, count: slotStart.last!)
        load = Array(repeating: 0, count: graph.mentorCount)
        edgeOfMentee = Array(repeating: -1, count: graph.menteeCount)
    }

    /// The mentor of `edge` considers `mentee`: accepted or not, and whom it let go to make room.
    mutating func offer(edge: Int, mentee: Int) -> (accepted: Bool, rejected: Int?) {
        let mentor = Int(graph.mentors[edge])
        let capacity = Int(graph.capacities[mentor])
        guard capacity > 0 else { return (false, nil) }
        let base = slotStart[mentor]
        if load[mentor] < capacity {
            slotEdge[base + load[mentor]] = edge
            slotMentee[base + load[mentor]] = mentee
            load[mentor] += 1
            edgeOfMentee[mentee] = edge
            return (true, nil)
        }
        var worstSlot = base
        for slot in base..<(base + capacity) where isWorse(slot, than: worstSlot) { worstSlot = slot }
        let value = mentorValues[edge]
        let worstValue = mentorValues[slotEdge[worstSlot]]
        guard value > worstValue || (value == worstValue && mentee < slotMentee[worstSlot]) else { return (false, nil) }
        let rejected = slotMentee[worstSlot]
        edgeOfMentee[rejected] = -1
        slotEdge[worstSlot] = edge
        slotMentee[worstSlot] = mentee
        edgeOfMentee[mentee] = edge
        return (true, rejected)
    }

    private func isWorse(_ slot: Int, than other: Int) -> Bool {
        let a = mentorValues[slotEdge[slot]]
        let b = mentorValues[slotEdge[other]]
        return a < b || (a == b && slotMentee[slot] > slotMentee[other])
    }
}

/// Each mentor's acceptable mentees, best first by the mentor's values, as edge numbers of the graph.
private struct MentorLists {
    var start: [Int]
    var edges: [Int]
    var menteeOf: [Int]

    init(graph: CandidateGraph, mentorValues: [Double]) {
        menteeOf = Array(repeating: 0, count: graph.edgeCount)
        var counts = Array(repeating: 0, count: graph.mentorCount + 1)
        for mentee in 0..<graph.menteeCount {
            for edge in graph.rowStart[mentee]..<graph.rowStart[mentee + 1] {
                menteeOf[edge] = mentee
                counts[Int(graph.mentors[edge]) + 1] += 1
            }
        }
        for index in 1..<counts.count { counts[index] += counts[index - 1] }
        start = counts
        var fill = counts
        edges = Array(repeating: 0, count: graph.edgeCount)
        for edge in 0..<graph.edgeCount {
            let mentor = Int(graph.mentors[edge])
            edges[fill[mentor]] = edge
            fill[mentor] += 1
        }
        let menteeOf = menteeOf
        for mentor in 0..<graph.mentorCount {
            edges[start[mentor]..<start[mentor + 1]].sort { a, b in
                mentorValues[a] > mentorValues[b] || (mentorValues[a] == mentorValues[b] && menteeOf[a] < menteeOf[b])
            }
        }
    }
}
