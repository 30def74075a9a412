import Foundation
import Testing

/// The fault suite of issue 12: crashes, races, damaged stores, bad arguments, hostile plugins,
/// special output files and random input, each against the real binary.
///
/// `swift test` runs a quick version; `DEBRIEF_FAULTS=full` (`make faults`) runs the full campaign
/// whose figures are recorded in Documentation/Reliability.md. Every test prints its counts.
@Suite enum Faults {
    /// Whether this is the full campaign rather than the quick run.
    static let isFull = ProcessInfo.processInfo.environment["DEBRIEF_FAULTS"] == "full"

    /// The quick or the full figure, whichever this run is.
    static func size(quick: Int, full: Int) -> Int { isFull ? full : quick }

    /// Prints one line of counts, in a form easy to find in the test log.
    static func report(_ line: String) {
        print("faults: \(line)")
    }
}
