/// The maximum-value assignment under capacities, exact, on a sparse candidate graph.
///
/// Successive shortest augmenting paths (Dijkstra with node potentials) on the flow network
/// mentee → mentor → sink, where every mentee may also stay unmatched at value 0. Mentees enter one at a
/// time; each search stops at the first way to the sink, so early mentees cost a single pop. The final
/// potentials are the dual solution, which `OptimalMatching` uses to prove the answer optimal on all
/// allowed pairs, not only those kept in the graph.
public enum OptimalAssignment {
    public static func solve(_ graph: CandidateGraph, progress: ((Int) -> Void)? = nil) -> Assignment {
        var search = ShortestPathSearch(graph: graph)
        for mentee in 0..<graph.menteeCount {
            search.add(mentee: mentee)
            if mentee & 1023 == 1023 { progress?(mentee + 1) }
        }
        progress?(graph.menteeCount)
        return search.assignment()
    }
}

/// The state of the successive-shortest-path solver. Node 0 is the sink, 1...m the mentors,
/// m+1...m+n the mentees.
struct ShortestPathSearch {
    let graph: CandidateGraph
    let m: Int
    var potential: [Double]
    var distance: [Double]
    var predecessor: [Int32]
    var predecessorValue: [Double]
    var settled: [Bool]
    var touched: [Int32] = []
    var settledNodes: [Int32] = []
    var heap = MinHeap()
    var mentorOf: [Int32]
    var valueOf: [Double]
    var slotStart: [Int]
    var slotMentee: [Int32]
    var slotValue: [Double]
    var load: [Int32]

    init(graph: CandidateGraph) {
        self.graph = graph
        m = graph.mentorCount
        let nodes = 1 + graph.mentorCount + graph.menteeCount
        potential = Array(repeating: 0, count: nodes)
        distance = Array(repeating: .infinity, count: nodes)
        predecessor = Array(repeating: -1, count: nodes)
        predecessorValue = Array(repeating: 0, count: nodes)
        settled = Array(repeating: false, count: nodes)
        mentorOf = Array(repeating: -1, count: graph.menteeCount)
        valueOf = Array(repeating: 0, count: graph.menteeCount)
        slotStart = [0]
        for capacity in graph.capacities { slotStart.append(slotStart.last! + Int(capacity)) }
        slotMentee = Array(repeating: -1, count: slotStart.last!)
        slotValue = Array(repeating: 0, count: slotStart.last!)
        load = Array(repeating: 0, count: graph.mentorCount)
    }

    @inline(__always)
    private mutating func relax(_ node: Int, _ newDistance: Double, from: Int, value: Double) {
        if newDistance < distance[node] {
            if distance[node] == .infinity { touched.append(Int32(node)) }
            distance[node] = newDistance
            predecessor[node] = Int32(from)
            predecessorValue[node] = value
            heap.push(newDistance, Int32(node))
        }
    }

    mutating func add(mentee source: Int) {
        let rows = graph.rowStart[source]..<graph.rowStart[source + 1]
        guard !rows.isEmpty else { return }
        let sourceNode = 1 + m + source
        var start = 0.0
        for edge in rows where graph.capacities[Int(graph.mentors[edge])] > 0 {
            start = max(start, graph.values[edge] + potential[1 + Int(graph.mentors[edge])])
        }
        potential[sourceNode] = start
        distance[sourceNode] = 0
        touched.append(Int32(sourceNode))
        heap.push(0, Int32(sourceNode))
        var sinkDistance = Double.infinity
        while !heap.isEmpty {
            let (d, node32) = heap.pop()
            let node = Int(node32)
            if settled[node] || d > distance[node] { continue }
            settled[node] = true
            settledNodes.append(node32)
            if node == 0 { sinkDistance = d; break }
            if node <= m {
                let mentor = node - 1
                if load[mentor] < graph.capacities[mentor] {
                    relax(0, d + max(0, potential[node] - potential[0]), from: node, value: 0)
                }
                for slot in slotStart[mentor]..<(slotStart[mentor] + Int(load[mentor])) {
                    let held = 1 + m + Int(slotMentee[slot])
                    let reduced = slotValue[slot] + potential[node] - potential[held]
                    relax(held, d + max(0, reduced), from: node, value: 0)
                }
            } else {
                let mentee = node - 1 - m
                let own = mentorOf[mentee]
                for edge in graph.rowStart[mentee]..<graph.rowStart[mentee + 1] {
                    let mentor = graph.mentors[edge]
                    if mentor == own || graph.capacities[Int(mentor)] == 0 { continue }
                    let target = 1 + Int(mentor)
                    let reduced = potential[node] - potential[target] - graph.values[edge]
                    relax(target, d + max(0, reduced), from: node, value: graph.values[edge])
                }
                relax(0, d + max(0, potential[node] - potential[0]), from: node, value: 0)
            }
        }
        for node in settledNodes where distance[Int(node)] < sinkDistance {
            potential[Int(node)] -= sinkDistance - distance[Int(node)]
        }
        augment(from: sourceNode)
        for node in touched {
            distance[Int(node)] = .infinity
            predecessor[Int(node)] = -1
            settled[Int(node)] = false
        }
        touched.removeAll(keepingCapacity: true)
        settledNodes.removeAll(keepingCapacity: true)
        heap.removeAll()
    }

    /// Applies the path sink ← … ← source: each mentee on it takes the place of the next one at its mentor.
    private mutating func augment(from sourceNode: Int) {
        var path: [Int] = [0]
        var node = Int(predecessor[0])
        while node != sourceNode {
            path.append(node)
            node = Int(predecessor[node])
        }
        path.append(sourceNode)
        path.reverse()
        var index = 0
        while index + 1 < path.count {
            let mentee = path[index] - 1 - m
            let next = path[index + 1]
            if next == 0 {
                mentorOf[mentee] = -1
                valueOf[mentee] = 0
                break
            }
            let mentor = next - 1
            let value = predecessorValue[next]
            let after = path[index + 2]
            if after == 0 {
                let slot = slotStart[mentor] + Int(load[mentor])
                slotMentee[slot] = Int32(mentee)
                slotValue[slot] = value
                load[mentor] += 1
            } else {
                let displaced = Int32(after - 1 - m)
                let slot = (slotStart[mentor]..<(slotStart[mentor] + Int(load[mentor]))).first { slotMentee[$0] == displaced }!
                slotMentee[slot] = Int32(mentee)
                slotValue[slot] = value
            }
            mentorOf[mentee] = Int32(mentor)
            valueOf[mentee] = value
            index += 2
        }
    }

    func assignment() -> Assignment {
        var result = Assignment(mentorOf: mentorOf, valueOf: valueOf)
        result.menteeDual = (0..<graph.menteeCount).map { max(0, potential[1 + m + $0]) }
        result.mentorDual = (0..<m).map { max(0, -potential[1 + $0]) }
        return result
    }
}
