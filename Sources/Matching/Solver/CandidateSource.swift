/// The allowed pairs of a matching problem, numbered: mentees `0..<menteeCount`, mentors `0..<mentorCount`.
///
/// The solvers see only this: how many places each mentor has and, for each mentee, every allowed mentor
/// with the value of the pair (> 0). Hard rules and forbidden pairs are already applied by the source.
/// The graph is built on several threads at once, so reading a source must not change it.
public protocol CandidateSource: Sendable {
    var menteeCount: Int { get }
    var mentorCount: Int { get }
    func capacity(ofMentor mentor: Int) -> Int
    /// Calls `body` once for every allowed mentor of `mentee` with the pair's value (> 0), in any order.
    func forEachCandidate(ofMentee mentee: Int, _ body: (_ mentor: Int32, _ value: Double) -> Void)
    /// The same, only for the mentors `among` accepts; a source that can tell its mentors apart before
    /// scoring a pair skips the others' scores.
    func forEachCandidate(
        ofMentee mentee: Int, among: (_ mentor: Int32) -> Bool,
        _ body: (_ mentor: Int32, _ value: Double) -> Void)
}

extension CandidateSource {
    public func forEachCandidate(
        ofMentee mentee: Int, among: (_ mentor: Int32) -> Bool,
        _ body: (_ mentor: Int32, _ value: Double) -> Void
    ) {
        forEachCandidate(ofMentee: mentee) { mentor, value in
            if among(mentor) { body(mentor, value) }
        }
    }
}

/// A mentor and the value of pairing them with a given mentee.
public struct Candidate: Sendable, Equatable {
    public var mentor: Int32
    public var value: Double

    public init(mentor: Int32, value: Double) {
        self.mentor = mentor
        self.value = value
    }

    /// Higher value first; equal values by the lower mentor number (the order every peer uses).
    @inlinable
    public static func precedes(_ a: Candidate, _ b: Candidate) -> Bool {
        a.value > b.value || (a.value == b.value && a.mentor < b.mentor)
    }
}
