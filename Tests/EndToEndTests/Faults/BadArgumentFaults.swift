import DebriefKit
import Foundation
import Testing

extension Faults {
    /// Arguments no one should type: each is refused with a message for people (or, where
    /// harmless, done), never a crash or a Swift error, and the debrief in the store survives.
    @Suite struct BadArguments {
        /// One row, in the order run: the arguments (`ID` stands for the stored debrief's id, `ID3` for its first
        /// three characters) and whether they must be refused with a non-zero exit.
        struct Row: CustomStringConvertible {
            let arguments: [String]
            let refused: Bool
            var description: String { arguments.map { $0.debugDescription }.joined(separator: " ") }
        }

        static let rows: [Row] = [
            Row(arguments: ["show", ""], refused: true),
            Row(arguments: ["show", "ID3"], refused: true),
            Row(arguments: ["show", "ffffffff"], refused: true),
            Row(arguments: ["show", "\u{1B}]0;pwned\u{7}\u{1B}[2J"], refused: true),
            Row(arguments: ["show", "ID", "--format", "pdf"], refused: true),
            Row(arguments: ["resume", ""], refused: true),
            Row(arguments: ["resume", "ffffffff"], refused: true),
            Row(arguments: ["list", "--limit", "-1"], refused: true),
            Row(arguments: ["list", "--limit", "0"], refused: true),
            Row(arguments: ["list", "--limit", "99999999999999999999"], refused: true),
            Row(arguments: ["list", "--limit", "9223372036854775807"], refused: false),
            Row(arguments: ["list", "--since", "2026-13-45"], refused: true),
            Row(arguments: ["list", "--since", "99999-01-01"], refused: false),
            Row(arguments: ["list", "--status", "bogus"], refused: true),
            Row(arguments: ["list", "--company", String(repeating: "%_", count: 5000)], refused: false),
            Row(arguments: ["search", ""], refused: false),
            Row(arguments: ["search", "\"", "*", "NEAR(", "OR"], refused: false),
            Row(arguments: ["import", "/nonexistent/archive.json"], refused: true),
            Row(arguments: ["import", "/"], refused: true),
            Row(arguments: ["export", "--output", ""], refused: true),
            Row(arguments: ["report", "--format", "pdf"], refused: true),
            Row(arguments: ["email", "ffffffff"], refused: true),
            Row(arguments: ["frobnicate"], refused: true),
            Row(arguments: ["--store", ""], refused: false),
            // Last, so that a delete that wrongly goes ahead cannot hide the other rows' results.
            Row(arguments: ["delete", "", "--yes"], refused: true),
            Row(arguments: ["delete", "ID3", "--yes"], refused: true),
            Row(arguments: ["delete", "../../etc/passwd", "--yes"], refused: true),
            Row(arguments: ["delete", "%", "--yes"], refused: true),
            Row(arguments: ["delete", "____", "--yes"], refused: true),
        ]

        @Test func badArgumentsAreRefusedWithAMessage() throws {
            let scenario = try Scenario()
            let id = try HostileStores.makeStore(in: scenario)
            var problems: [String] = []
            for row in Self.rows {
                let arguments = row.arguments.map { $0 == "ID" ? id : $0 == "ID3" ? String(id.prefix(3)) : $0 }
                // `--store ""` falls back to the environment's store, like an unset option.
                var environment = scenario.environment
                environment["DEBRIEF_STORE"] = scenario.storePath
                let run = try FaultRun(arguments.first == "--store" ? arguments : arguments + ["--store", scenario.storePath],
                                       environment: environment, input: Array("/pause\n".utf8))
                if run.diedBySignal || run.leak != nil { problems.append("\(row): crashed or leaked (\(run.status)): \(run.output.suffix(400))") }
                if row.refused && run.status == 0 { problems.append("\(row): accepted: \(run.output.suffix(300))") }
                if row.refused && run.status != 0 && run.output.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                    problems.append("\(row): refused without a word")
                }
                if run.output.contains("\u{1B}") { problems.append("\(row): an escape sequence reached the output") }
                if row.arguments == ["list", "--limit", "-1"], run.output.contains("Missing value") {
                    problems.append("\(row): says “Missing value” for a negative number")
                }
            }
            let survived = try FaultRun.exported(store: scenario.storePath, environment: scenario.environment).map(\.id.rawValue).contains(id)
            Faults.report("bad arguments: \(Self.rows.count) rows, \(problems.count) problems, the debrief \(survived ? "survived" : "was LOST")")
            #expect(problems.isEmpty, "\(problems.joined(separator: "\n"))")
            #expect(survived)
        }
    }
}
