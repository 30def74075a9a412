/// How far a long export or import has come, for a progress bar.
public struct ArchiveProgress: Sendable, Equatable {
    /// Debriefs handled so far.
    public var done: Int
    /// Debriefs in all.
    public var total: Int

    public init(done: Int, total: Int) {
        self.done = done
        self.total = total
    }

    /// The share done, from 0 to 1 (1 when there is nothing to do).
    public var fraction: Double {
        total == 0 ? 1 : Double(done) / Double(total)
    }

    /// Calls `report` about a hundred times over `total` items, and at the end.
    static func every(_ done: Int, of total: Int, _ report: (ArchiveProgress) -> Void) {
        let step = max(1, total / 100)
        if done == total || done.isMultiple(of: step) {
            report(ArchiveProgress(done: done, total: total))
        }
    }
}
