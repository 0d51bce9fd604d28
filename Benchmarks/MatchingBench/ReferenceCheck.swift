import Foundation

/// Compares our scores with `../shared/bench/reference/check_*.json`, bit for bit.
struct ReferenceCheck {
    let instance: BenchInstance
    let samples: [[String]]
    let best: [[String]]

    init(instance: BenchInstance, url: URL) throws {
        self.instance = instance
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
        func rows(_ key: String) -> [[String]] {
            (json[key] as? [[Any]] ?? []).map { $0.map { "\($0)" } }
        }
        samples = rows("samplePairScores")
        best = rows("bestMentorSamples")
    }

    func report() -> String {
        var mismatches = 0
        for row in samples {
            let score = instance.score(mentee: Int(row[0])!, mentor: Int(row[1])!)
            if score.bitPattern != Double(row[2])!.bitPattern { mismatches += 1 }
        }
        for row in best {
            let mentee = Int(row[0])!
            var bestMentor = 0
            var bestScore = -1.0
            for mentor in 0..<instance.mentorCount {
                let score = instance.score(mentee: mentee, mentor: mentor)
                if score > bestScore {
                    bestScore = score
                    bestMentor = mentor
                }
            }
            if bestMentor != Int(row[1])! || bestScore.bitPattern != Double(row[2])!.bitPattern { mismatches += 1 }
        }
        return "{\"checked\": \(samples.count + best.count), \"mismatches\": \(mismatches)}"
    }
}
