import Dispatch

/// Splits `0..<count` into up to four runs and does `work` on each at once, results in the runs' order —
/// so whatever merges them does not depend on the threads.
func inParallelRuns<Result>(of count: Int, _ work: (Range<Int>) -> Result) -> [Result] {
    let runs = min(4, max(1, count / 1024))
    let results = UnsafeMutableBufferPointer<Result>.allocate(capacity: runs)
    defer { results.deinitialize().deallocate() }
    nonisolated(unsafe) let output = results
    withoutActuallyEscaping(work) { work in
        nonisolated(unsafe) let work = work
        DispatchQueue.concurrentPerform(iterations: runs) { index in
            (output.baseAddress! + index).initialize(to: work((count * index / runs)..<(count * (index + 1) / runs)))
        }
    }
    return Array(results)
}
