import DebriefKit
import Foundation
import Testing

extension Faults {
    /// Many processes on one store at once: every piped debrief keeps its own answers, and a new
    /// store can be opened by several processes at the same moment.
    @Suite struct Concurrency {
        /// The marker that tells run `run` of worker `worker` apart from every other.
        static func marker(worker: Int, run: Int) -> String { "W\(worker)-R\(run)" }

        /// A whole debrief whose company, role and free-text answers carry `marker`. It makes no
        /// plan and lists no hard question, so the coach has nothing to follow up in the next
        /// run on the same store: every run is asked the same questions, whatever ran before.
        static func lines(marker: String) -> [String] {
            ["\(marker) Corp", "\(marker) role", "last tuesday", "final round", "rejected", "3",
             "partly", "portfolio walk-through \(marker); salary research", "not really", "Talking to the design team \(marker)",
             "yes", "yes", "yes", "I stayed calm \(marker); good rapport", "4", "A small team \(marker)", "/skip", "no"]
        }

        /// The lines of ``lines(marker:)`` as the transcript keeps them: a `/skip` as an empty answer.
        static func answers(marker: String) -> [String] {
            lines(marker: marker).map { $0 == "/skip" ? "" : $0 }
        }

        /// N workers each type M whole debriefs over pipes into one store; in every round all N start together.
        @Test func pipedDebriefsOnOneStoreNeverShareOrLoseAnswers() throws {
            let workers = Faults.size(quick: 4, full: 8), runs = Faults.size(quick: 3, full: 25)
            let scenario = try Scenario()
            var failed: [String] = []
            for run in 0..<runs {
                let processes = try (0..<workers).map { worker in
                    let process = try DebriefProcess(["--store", scenario.storePath], environment: scenario.environment, connection: .pipes)
                    process.send(Self.lines(marker: Self.marker(worker: worker, run: run)).joined(separator: "\n") + "\n")
                    process.closeInput()
                    return process
                }
                for (worker, process) in processes.enumerated() {
                    let status = try process.waitForExit(timeout: 180)
                    if status != 0 { failed.append("\(Self.marker(worker: worker, run: run)) exited \(status):\n\(process.transcript.suffix(600))") }
                }
            }
            let debriefs = try FaultRun.exported(store: scenario.storePath, environment: scenario.environment)
            let markers = (0..<runs).flatMap { run in (0..<workers).map { Self.marker(worker: $0, run: run) } }
            var mixed = 0
            for debrief in debriefs {
                let found = Set(debrief.acceptedLines.flatMap { $0.matches(of: #/W\d+-R\d+/#).map { String($0.output) } })
                if found.count > 1 || found.first.map({ debrief.acceptedLines != Self.answers(marker: $0) }) == true { mixed += 1 }
            }
            let lost = markers.filter { marker in !debriefs.contains { $0.acceptedLines == Self.answers(marker: marker) } }.count
            let extra = max(0, debriefs.count - markers.count)
            Faults.report("concurrent debriefs: \(workers) processes × \(runs) runs, \(lost) debriefs lost, \(mixed) mixed, "
                + "\(extra) extra, \(failed.count) runs failed")
            #expect(lost == 0 && mixed == 0 && extra == 0)
            #expect(failed.isEmpty, "\(failed.prefix(3).joined(separator: "\n\n"))")
        }

        /// Four processes open a store that does not exist yet, at once: two list it, two start a debrief and pause.
        @Test func concurrentFirstOpensOfANewStoreNeverFail() throws {
            let trials = Faults.size(quick: 8, full: 100)
            let scenario = try Scenario()
            var failed: [String] = []
            for trial in 0..<trials {
                let store = scenario.folder.appendingPathComponent("new-\(trial)/debriefs.sqlite").path
                let processes = try (0..<4).map { index in
                    let start = index.isMultiple(of: 2)
                    let process = try DebriefProcess(start ? ["--store", store] : ["list", "--store", store],
                                                     environment: scenario.environment, connection: .pipes)
                    if start { process.send("Acme\n/pause\n") }
                    process.closeInput()
                    return process
                }
                for process in processes {
                    let status = try process.waitForExit(timeout: 60)
                    if status != 0 { failed.append("trial \(trial) exited \(status):\n\(process.transcript.suffix(600))") }
                }
            }
            Faults.report("concurrent first opens: \(trials) trials × 4 processes, \(failed.count) failed")
            #expect(failed.isEmpty, "\(failed.prefix(3).joined(separator: "\n\n"))")
        }
    }
}
