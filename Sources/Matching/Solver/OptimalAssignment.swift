/// The maximum-value assignment under capacities on a sparse candidate graph: an ε-scaling auction.
///
/// Every place of a mentor has a price. A mentee without a place bids for the place that gives it the
/// most (value − price), raising that price by its margin over the second-best option plus ε; staying
/// unmatched is always an option worth 0. Each phase ends with every mentee within ε of its best option
/// (ε-complementary slackness); ε shrinks by `shrink` per phase down to `finalEpsilon`, and each phase
/// starts from the previous one's prices and pairs. At the end of each phase a place left free with a
/// price above 0 is offered back to the mentees (the reverse auction), so that free places cost 0.
///
/// The duals u (per mentee, its best option at the final prices) and v (per mentor, its cheapest place)
/// bound every assignment by Σu + Σ capacity·v, at most n·ε above the total found — the proof
/// `OptimalMatching` checks, together with the pairs left out of the graph.
public struct OptimalAssignment {
    public private(set) var graph: CandidateGraph
    public static let finalEpsilon = 1e-12
    static let shrink = 0.125

    var placeStart: [Int]
    var placePrice: [Double]
    var placeHolder: [Int32]
    var cheapest: [Double]
    var placeOf: [Int32]
    var valueOf: [Double]
    var waiting: [Int32] = []
    var epsilon: Double
    /// The graph by mentor, built when the reverse auction first needs it.
    var columns: MentorColumns?
    private let scale: Double

    public init(graph: CandidateGraph) {
        self.graph = graph
        placeStart = [0]
        for capacity in graph.capacities { placeStart.append(placeStart.last! + Int(capacity)) }
        placePrice = Array(repeating: 0, count: placeStart.last!)
        placeHolder = Array(repeating: -1, count: placeStart.last!)
        cheapest = graph.capacities.map { $0 > 0 ? 0 : .infinity }
        placeOf = Array(repeating: -1, count: graph.menteeCount)
        valueOf = Array(repeating: 0, count: graph.menteeCount)
        scale = max(graph.values.max() ?? 1, 1e-300)
        epsilon = scale / 4
        waiting = (0..<Int32(graph.menteeCount)).reversed()
    }

    /// Solves from the start, ε going from a quarter of the best value down to `finalEpsilon` of it.
    public static func solve(_ graph: CandidateGraph, progress: ((Int) -> Void)? = nil) -> OptimalAssignment {
        var auction = OptimalAssignment(graph: graph)
        auction.run(progress: progress)
        return auction
    }

    /// Runs the phases from the current ε down to the final one, each ending with the reverse auction.
    public mutating func run(progress: ((Int) -> Void)? = nil) {
        let floor = OptimalAssignment.finalEpsilon * scale
        var phases = 1
        var next = epsilon
        while next > floor {
            next *= OptimalAssignment.shrink
            phases += 1
        }
        var phase = 0
        while true {
            while let mentee = waiting.popLast() { bid(Int(mentee)) }
            freePricedPlaces()
            phase += 1
            progress?(graph.menteeCount * min(phase, phases) / phases)
            if epsilon <= floor { break }
            epsilon = max(floor, epsilon * OptimalAssignment.shrink)
            queueUnsettled()
        }
        progress?(graph.menteeCount)
    }

    /// Continues on a graph with more pairs (same mentees and mentors) whose values exceed the duals by up
    /// to `excess`: prices and pairs stay, ε starts again from `excess` and the mentees the new pairs tempt
    /// bid again.
    public mutating func extend(to bigger: CandidateGraph, excess: Double) {
        graph = bigger
        columns = nil
        epsilon = max(OptimalAssignment.finalEpsilon * scale, min(excess, scale / 4))
        queueUnsettled()
    }

    // MARK: forward bids

    func mentorOf(place: Int) -> Int {
        var low = 0
        var high = graph.mentorCount
        while high - low > 1 {
            let middle = (low + high) / 2
            if placeStart[middle] <= place { low = middle } else { high = middle }
        }
        return low
    }

    /// The best option of a mentee at the current prices: (gain, edge) with gain 0 and edge -1 for staying
    /// unmatched, and the second-best gain over other mentors (at least 0).
    @inline(__always)
    func options(of mentee: Int) -> (best: Double, edge: Int, second: Double) {
        var best = 0.0
        var edge = -1
        var second = 0.0
        for index in graph.rowStart[mentee]..<graph.rowStart[mentee + 1] {
            let gain = graph.values[index] - cheapest[Int(graph.mentors[index])]
            if gain > best {
                second = best
                best = gain
                edge = index
            } else if gain > second {
                second = gain
            }
        }
        return (best, edge, second)
    }

    private mutating func bid(_ mentee: Int) {
        let (best, edge, otherMentors) = options(of: mentee)
        guard edge >= 0 else { return }
        let mentor = Int(graph.mentors[edge])
        let value = graph.values[edge]
        var place = -1
        var secondPrice = Double.infinity
        for index in placeStart[mentor]..<placeStart[mentor + 1] {
            if place < 0 || placePrice[index] < placePrice[place] {
                if place >= 0 { secondPrice = placePrice[place] }
                place = index
            } else if placePrice[index] < secondPrice {
                secondPrice = placePrice[index]
            }
        }
        let second = max(otherMentors, value - secondPrice)
        let price = placePrice[place] + (best - second) + epsilon
        let displaced = placeHolder[place]
        if displaced >= 0 {
            placeOf[Int(displaced)] = -1
            valueOf[Int(displaced)] = 0
            waiting.append(displaced)
        }
        placeHolder[place] = Int32(mentee)
        placePrice[place] = price
        placeOf[mentee] = Int32(place)
        valueOf[mentee] = value
        cheapest[mentor] = min(price, secondPrice)
    }

    /// Queues every mentee more than ε away from its best option (placed ones give their place up).
    private mutating func queueUnsettled() {
        for mentee in (0..<graph.menteeCount).reversed() {
            guard gain(of: mentee) < options(of: mentee).best - epsilon else { continue }
            let place = Int(placeOf[mentee])
            if place >= 0 {
                placeHolder[place] = -1
                placeOf[mentee] = -1
                valueOf[mentee] = 0
            }
            waiting.append(Int32(mentee))
        }
    }

    /// What the mentee gets now: its pair's value less its place's price, 0 without a place.
    func gain(of mentee: Int) -> Double {
        let place = Int(placeOf[mentee])
        return place >= 0 ? valueOf[mentee] - placePrice[place] : 0
    }

    // MARK: the answer

    public var assignment: Assignment {
        var result = Assignment(
            mentorOf: placeOf.map { $0 >= 0 ? Int32(mentorOf(place: Int($0))) : -1 }, valueOf: valueOf)
        result.menteeDual = (0..<graph.menteeCount).map { options(of: $0).best }
        result.mentorDual = cheapest.map { $0.isFinite ? $0 : 0 }
        return result
    }
}
