import DebriefTesting
import Foundation
import Testing

extension Faults {
    /// Broken and hostile YAML plugins in the plugin folder: `debrief`, `debrief resume` and
    /// `debrief plugins list` go on with the built-in chapters, name the file they skip, and let
    /// no escape byte from the plugin reach the output.
    @Suite struct BadPlugins {
        /// What loading must do with a row's file.
        enum Verdict { case skipped, loaded, either }

        struct Row: CustomStringConvertible, Sendable {
            let name: String
            let verdict: Verdict
            let bytes: [UInt8]
            var description: String { name }

            init(_ name: String, _ verdict: Verdict, _ bytes: [UInt8]) {
                self.name = name
                self.verdict = verdict
                self.bytes = bytes
            }

            init(_ name: String, _ verdict: Verdict, yaml: String) {
                self.init(name, verdict, Array(yaml.utf8))
            }

            /// A plugin placed first in the flow whose one step is `step` (YAML lines, indented by four).
            init(_ name: String, _ verdict: Verdict, header: String = "id: hostile\ntitle: Hostile round\n", step: String) {
                self.init(name, verdict, yaml: header + "placement:\n  before: ack\nsteps:\n  - id: hostile.one\n" + step + "\n")
            }
        }

        static var rows: [Row] {
            let manySteps = Faults.size(quick: 2_000, full: 10_000)
            var junk = SeededGenerator(seed: 12)
            return [
                Row("scale min -9223372036854775807", .skipped, step: "    ask: How was it?\n    type: scale\n    min: -9223372036854775807\n    max: 5"),
                Row("scale max 9223372036854775807", .skipped, step: "    ask: How was it?\n    type: scale\n    min: 1\n    max: 9223372036854775807"),
                Row("scale min above max", .skipped, step: "    ask: How was it?\n    type: scale\n    min: 5\n    max: 1"),
                Row("max-length 10^20", .skipped, step: "    ask: Why?\n    max-length: 100000000000000000000"),
                Row("min-items -1", .skipped, step: "    ask: Which?\n    type: list\n    min-items: -1"),
                Row("version 1e300", .skipped, header: "id: hostile\ntitle: Hostile round\nversion: 1e300\n", step: "    ask: Why?"),
                Row("version -1", .skipped, header: "id: hostile\ntitle: Hostile round\nversion: -1\n", step: "    ask: Why?"),
                Row("id of the built-in reflect", .skipped, header: "id: reflect\ntitle: Hostile round\n", step: "    ask: Why?"),
                Row("escape sequences in title and ask", .loaded,
                    header: "id: hostile\ntitle: \"\\e]0;pwned\\a\\e[2JHostile\"\n", step: "    ask: \"\\e[31mRed\\e[0m question\\e]0;pwned\\a?\""),
                Row("escape sequence in a step id", .either, yaml: "id: hostile\ntitle: T\nsteps:\n  - id: \"hostile.\\e[2Jx\"\n    ask: Why?\n"),
                Row("\(manySteps) steps", .loaded, yaml: "id: hostile\ntitle: Many\nsteps:\n"
                    + (0..<manySteps).map { "  - id: hostile.s\($0)\n    ask: Question \($0)?\n" }.joined()),
                Row("invalid YAML", .skipped, yaml: "id: [unclosed\nsteps: {\n  - : :\n"),
                Row("binary junk", .skipped, (0..<4096).map { _ in UInt8.random(in: 0...255, using: &junk) }),
                Row("not UTF-8", .skipped, [UInt8]("id: caf".utf8) + [0xE9, 0xFF] + Array("\ntitle: T\nsteps:\n  - id: a\n    ask: b\n".utf8)),
                Row("nesting 50,000 deep", .skipped, yaml: "id: hostile\ntitle: Deep\nsteps: " + String(repeating: "[", count: 50_000) + String(repeating: "]", count: 50_000) + "\n"),
                Row("aliases of aliases", .either, yaml: "id: hostile\ntitle: Aliases\ndescription: [&a [x, x, x, x, x, x, x, x, x, x], "
                    + (1...4).map { "&a\($0) [" + Array(repeating: $0 == 1 ? "*a" : "*a\($0 - 1)", count: 10).joined(separator: ", ") + "]" }.joined(separator: ", ")
                    + "]\nsteps:\n  - id: hostile.a\n    ask: Why?\n"),
                Row("over 1 MB", .skipped, yaml: "id: hostile\ntitle: Big\nsteps:\n  - id: hostile.a\n    ask: Why?\n"
                    + String(repeating: "# padding padding padding padding padding padding padding\n", count: 20_000)),
                Row("empty file", .either, yaml: ""),
            ]
        }

        @Test(arguments: rows)
        func aBadPluginIsSkippedAndNeverCrashes(row: Row) throws {
            let scenario = try Scenario()
            let folder = scenario.folder.appendingPathComponent("config/debrief/plugins")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let file = folder.appendingPathComponent("hostile.yaml")
            try Data(row.bytes).write(to: file)
            let store = ["--store", scenario.storePath]
            let runs = [
                ("debrief", try FaultRun(store, environment: scenario.environment, input: Array("Acme\n/pause\n".utf8), timeout: 120)),
                ("debrief resume", try FaultRun(["resume"] + store, environment: scenario.environment, input: Array("/pause\n".utf8), timeout: 120)),
                ("debrief plugins list", try FaultRun(["plugins", "list"], environment: scenario.environment, timeout: 120)),
            ]
            let validate = try FaultRun(["plugins", "validate", file.path], environment: scenario.environment, timeout: 120)
            var problems: [String] = []
            for (name, run) in runs + [("debrief plugins validate", validate)] {
                if run.diedBySignal || run.leak != nil { problems.append("\(name) crashed or leaked (\(run.status)): \(run.output.suffix(400))") }
                if run.output.utf8.contains(0x1B) { problems.append("\(name) let an escape byte through") }
            }
            for (name, run) in runs where run.status != 0 { problems.append("\(name) exited \(run.status): \(run.output.suffix(400))") }
            let listed = runs[2].1.output
            if !listed.contains("reflection") { problems.append("plugins list lost the built-ins: \(listed.suffix(400))") }
            switch row.verdict {
            case .skipped:
                for (name, run) in runs where !run.output.contains("hostile.yaml") { problems.append("\(name) did not name the skipped file") }
                if validate.status == 0 { problems.append("plugins validate accepts a file that loading skips") }
            case .loaded:
                if !listed.contains("hostile") { problems.append("plugins list does not show the plugin") }
                if validate.status != 0 { problems.append("plugins validate refuses a file that loads: \(validate.output.suffix(300))") }
            case .either:
                break
            }
            Faults.report("bad plugin (\(row.name)): \(runs.count + 1) commands, \(problems.count) problems")
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
        }
    }
}
