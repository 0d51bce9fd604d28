/// The reverse auction that ends `OptimalAssignment`: a free place with a price above 0 looks for the
/// mentee who gains most by taking it (value − what the mentee gets now). If nobody gains more than ε,
/// the place's price drops to 0; otherwise that mentee moves in at the second-best gain − ε, and the
/// place it left is offered in turn. Every move raises the mover's gain by at least ε, so it ends; every
/// mentee stays within ε of its best option.
extension OptimalAssignment {
    mutating func freePricedPlaces() {
        var offered = (0..<placeHolder.count).filter { placeHolder[$0] < 0 && placePrice[$0] > 0 }
        guard !offered.isEmpty else { return }
        if columns == nil { columns = MentorColumns(graph) }
        let columns = columns!
        while let place = offered.popLast() {
            guard placeHolder[place] < 0, placePrice[place] > 0 else { continue }
            let mentor = mentorOf(place: place)
            var best = -Double.infinity
            var second = -Double.infinity
            var taker = -1
            var takerValue = 0.0
            for index in columns.start[mentor]..<columns.start[mentor + 1] {
                let mentee = Int(columns.mentees[index])
                let value = columns.values[index]
                let gain = value - self.gain(of: mentee)
                if gain > best {
                    second = best
                    best = gain
                    taker = mentee
                    takerValue = value
                } else if gain > second {
                    second = gain
                }
            }
            guard taker >= 0, best > epsilon else {
                setPrice(place, of: mentor, 0)
                continue
            }
            let left = placeOf[taker]
            if left >= 0 { placeHolder[Int(left)] = -1 }
            placeHolder[place] = Int32(taker)
            placeOf[taker] = Int32(place)
            valueOf[taker] = takerValue
            setPrice(place, of: mentor, max(0, second - epsilon))
            if left >= 0 && placePrice[Int(left)] > 0 { offered.append(Int(left)) }
        }
    }

    private mutating func setPrice(_ place: Int, of mentor: Int, _ price: Double) {
        placePrice[place] = price
        cheapest[mentor] = placePrice[placeStart[mentor]..<placeStart[mentor + 1]].min()!
    }
}

/// The candidate graph by mentor: for each mentor the mentees who may take it, with the pair's value.
struct MentorColumns {
    var start: [Int]
    var mentees: [Int32]
    var values: [Double]

    init(_ graph: CandidateGraph) {
        start = Array(repeating: 0, count: graph.mentorCount + 1)
        for mentor in graph.mentors { start[Int(mentor) + 1] += 1 }
        for mentor in 0..<graph.mentorCount { start[mentor + 1] += start[mentor] }
        var next = start
        mentees = Array(repeating: 0, count: graph.edgeCount)
        values = Array(repeating: 0, count: graph.edgeCount)
        for mentee in 0..<graph.menteeCount {
            for edge in graph.rowStart[mentee]..<graph.rowStart[mentee + 1] {
                let mentor = Int(graph.mentors[edge])
                mentees[next[mentor]] = Int32(mentee)
                values[next[mentor]] = graph.values[edge]
                next[mentor] += 1
            }
        }
    }
}
