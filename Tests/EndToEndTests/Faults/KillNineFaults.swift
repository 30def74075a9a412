import DebriefKit
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension Faults {
    /// kill -9 right after the Nth prompt of a whole debrief, for every N, over a pipe and in a
    /// terminal: the store holds exactly the acknowledged answers, and `resume` goes on from there.
    @Suite struct KillNine {
        /// Where one trial kills: once the `prompt`th prompt is out, perhaps with its answer typed
        /// but not yet acknowledged (the store may then hold it or not, but nothing else).
        struct Trial: CustomStringConvertible {
            let prompt: Int
            let typedAhead: Bool
            var description: String { "kill at prompt \(prompt)\(typedAhead ? " with its answer typed" : "")" }
        }

        static let lines = NaturalDebrief.lines

        /// Every prompt of the flow, round after round (the full run: 9 rounds, 270 trials per
        /// connection); the quick run takes a spread of them. Alternate trials type ahead.
        static var trials: [Trial] {
            let prompts = Faults.isFull ? Array(1...lines.count) : [1, 2, 9, 20, lines.count]
            return (0..<Faults.size(quick: 1, full: 9)).flatMap { round in
                prompts.map { Trial(prompt: $0, typedAhead: ($0 + round).isMultiple(of: 2) && $0 < lines.count) }
            }
        }

        /// What one trial found wrong, counted.
        struct Tally {
            var lost = 0, unacknowledged = 0, misplaced = 0, unfinished = 0
            var problems: [String] = []
        }

        @Test(arguments: [DebriefProcess.Connection.pipes, .terminal])
        func acknowledgedAnswersSurviveAndResumeContinues(connection: DebriefProcess.Connection) throws {
            var tally = Tally()
            let trials = Self.trials
            for trial in trials {
                do { try Self.run(trial, over: connection, into: &tally) } catch { tally.problems.append("\(trial): \(error)") }
            }
            Faults.report("kill -9 over \(connection): \(trials.count) trials, \(tally.lost) answers lost, "
                + "\(tally.unacknowledged) unacknowledged answers kept, \(tally.misplaced) resumed at a wrong question, "
                + "\(tally.unfinished) not finished after resume, \(tally.problems.count) failed runs")
            #expect(tally.lost == 0 && tally.unacknowledged == 0 && tally.misplaced == 0 && tally.unfinished == 0)
            #expect(tally.problems.isEmpty, "\(tally.problems.prefix(3).joined(separator: "\n\n"))")
        }

        /// Answers up to the trial's prompt, kills, checks the store, then resumes to the end.
        static func run(_ trial: Trial, over connection: DebriefProcess.Connection, into tally: inout Tally) throws {
            let scenario = try Scenario()
            let process = try scenario.start([], connection: connection)
            var positions = [try process.expectPrompt(timeout: 30).position]
            for line in lines.prefix(trial.prompt - 1) {
                process.send(line + "\r")
                positions.append(try process.expectPrompt(timeout: 30).position)
            }
            if trial.typedAhead { process.send(lines[trial.prompt - 1] + "\r") }
            process.signal(SIGKILL)
            _ = try process.waitForExit()

            let acknowledged = trial.prompt - 1
            let stored = try FaultRun.exported(store: scenario.storePath, environment: scenario.environment)
            let kept = stored.first?.acceptedLines ?? []
            let most = trial.typedAhead ? acknowledged + 1 : acknowledged
            let onlyTyped = stored.count <= 1 && kept == Array(lines.prefix(kept.count)) && kept.count <= most
            if !onlyTyped {
                tally.unacknowledged += 1
            } else if kept.count < acknowledged {
                tally.lost += acknowledged - kept.count
            }
            guard onlyTyped, kept.count >= acknowledged else {
                tally.problems.append("\(trial): \(stored.count) debriefs; kept \(kept)")
                return
            }
            guard !stored.isEmpty else { return }

            let resumed = try scenario.start(["resume"], connection: .pipes)
            let first = try resumed.expectPrompt(timeout: 30).position
            if kept.count < positions.count, first != positions[kept.count] {
                tally.misplaced += 1
                tally.problems.append("\(trial): resumed at [\(first)], expected [\(positions[kept.count])]")
            }
            for line in lines.dropFirst(kept.count) { resumed.send(line + "\r") }
            let status = try resumed.waitForExit(timeout: 60)
            let finished = try FaultRun.exported(store: scenario.storePath, environment: scenario.environment)
            if status != 0 || finished.count != 1 || finished[0].acceptedLines != lines || !finished[0].isFinished {
                tally.unfinished += 1
                tally.problems.append("\(trial): resume exited \(status) with \(finished.map(\.acceptedLines))")
            }
        }
    }
}
