/// A solver's answer on numbered mentees and mentors.
public struct Assignment: Sendable {
    /// The mentor of each mentee, or -1.
    public var mentorOf: [Int32]
    /// The value of each mentee's pair (0 when unmatched).
    public var valueOf: [Double]
    /// Dual values that prove optimality (empty for the stable solver): `u` per mentee, `v` per mentor,
    /// with u_i + v_j ≥ value(i, j) for every allowed pair.
    public var menteeDual: [Double] = []
    public var mentorDual: [Double] = []

    public var matchedCount: Int { mentorOf.lazy.filter { $0 >= 0 }.count }
    /// Σ values of the pairs, summed in mentee order.
    public var total: Double { valueOf.reduce(0, +) }

    /// Σ u + Σ capacity·v: no assignment can be worth more than this.
    public func dualBound(capacities: [Int32]) -> Double {
        menteeDual.reduce(0, +) + zip(mentorDual, capacities).reduce(0) { $0 + $1.0 * Double($1.1) }
    }

    /// How many mentees each mentor got.
    public func loads(mentorCount: Int) -> [Int] {
        var loads = Array(repeating: 0, count: mentorCount)
        for mentor in mentorOf where mentor >= 0 { loads[Int(mentor)] += 1 }
        return loads
    }
}
