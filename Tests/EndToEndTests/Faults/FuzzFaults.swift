import DebriefTesting
import Foundation
import Testing

extension Faults {
    /// Seeded random input at every prompt, over a pipe and in a terminal: the program never
    /// dies by a signal, never prints a Swift error, and always pauses cleanly when asked.
    @Suite struct Fuzz {
        /// What the fuzzer saw, counted.
        struct Tally {
            var inputs = 0, processes = 0
            var problems: [String] = []
            /// Inputs after which no prompt came until one more Enter (the start of each, escaped).
            var stalls: [String] = []
        }

        @Test(arguments: [DebriefProcess.Connection.pipes, .terminal])
        func randomInputAtEveryPromptNeverCrashes(connection: DebriefProcess.Connection) throws {
            let total = Faults.size(quick: 200, full: 5_000)
            var generator = SeededGenerator(seed: connection == .terminal ? 0x7E2 : 0x919E)
            var tally = Tally()
            while tally.inputs < total {
                try Self.session(over: connection, budget: min(total - tally.inputs, Int.random(in: 10...60, using: &generator)),
                                 generator: &generator, tally: &tally)
            }
            Faults.report("fuzz over \(connection): \(tally.inputs) inputs in \(tally.processes) processes, "
                + "\(tally.problems.count) crashes or unclean exits, \(tally.stalls.count) inputs needed an extra Enter\(Self.examples(tally.stalls))")
            #expect(tally.problems.isEmpty, "\(tally.problems.prefix(3).joined(separator: "\n\n"))")
        }

        /// One process: up to `budget` random inputs, then `/pause`; checks how it left and what it printed.
        static func session(over connection: DebriefProcess.Connection, budget: Int, generator: inout SeededGenerator, tally: inout Tally) throws {
            let scenario = try Scenario()
            scenario.environment["EDITOR"] = "true"
            scenario.environment["VISUAL"] = "true"
            let process = try scenario.start([], connection: connection)
            tally.processes += 1
            var history: [[UInt8]] = []
            var running = waitForPrompt(process)
            while running, history.count < budget {
                let input = FuzzInput.random(inTerminal: connection == .terminal, using: &generator)
                history.append(input)
                process.send(bytes: input)
                running = waitForPrompt(process)
                // No prompt and not leaving (it may close its output a moment before it can be
                // reaped): a line left open, by an unfinished escape or character; one more Enter ends it.
                if !running, (try? process.waitForExit(timeout: 5)) == nil {
                    tally.stalls.append(String(decoding: input.prefix(60), as: UTF8.self).debugDescription + " (\(input.count) bytes)")
                    process.send("\r")
                    running = waitForPrompt(process)
                }
            }
            tally.inputs += history.count
            if process.isRunning {
                process.send(connection == .terminal ? "\u{15}\r" : "\n")
                if waitForPrompt(process) { process.send("/pause\r") }
            }
            let status = (try? process.waitForExit(timeout: 30)) ?? -1
            let leak = FaultRun.leak(in: process.transcript)
            if status != 0 || leak != nil {
                let replay = history.suffix(5).map { String(decoding: $0, as: UTF8.self).debugDescription }.joined(separator: ", ")
                tally.problems.append("exit \(status)\(leak.map { ", printed: \($0)" } ?? ""); last inputs: \(replay)\n\(process.transcript.suffix(800))")
            }
        }

        /// The first three of `inputs`, for the report.
        static func examples(_ inputs: [String]) -> String {
            inputs.isEmpty ? "" : " (such as " + inputs.prefix(3).joined(separator: "; ") + ")"
        }

        /// Waits for the next prompt (a question's `[k/n] › `, another `› `, or the `…` of a
        /// continued line); false when the process left, or printed none in time.
        static func waitForPrompt(_ process: DebriefProcess) -> Bool {
            (try? process.expect(timeout: 10, describing: "a prompt") { $0.firstRange(of: #/› | … /#) }) != nil
        }
    }
}
