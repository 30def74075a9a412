import DebriefKit
import Foundation
import GRDB
import Testing

extension Faults {
    /// Stores that are not what they seem: each is refused with a message that names it, and is
    /// left byte for byte as it was, with no new file beside it.
    @Suite struct HostileStores {
        enum Kind: String, CaseIterable, CustomStringConvertible {
            case notSQLite = "not SQLite", foreignSQLite = "another program's SQLite", truncated = "truncated",
                 damagedPages = "damaged pages", newerSchema = "newer schema"
            var description: String { rawValue }
        }

        /// A real store holding one whole debrief; returns its id.
        static func makeStore(in scenario: Scenario) throws -> String {
            let run = try FaultRun(["--store", scenario.storePath], environment: scenario.environment, input: Array(NaturalDebrief.input.utf8))
            guard run.status == 0, let id = try FaultRun.exported(store: scenario.storePath, environment: scenario.environment).first?.id else {
                throw DebriefProcess.Failure(description: "could not make a store:\n\(run.output)")
            }
            return id.rawValue
        }

        /// Turns the file at the scenario's store path into `kind`.
        static func make(_ kind: Kind, in scenario: Scenario) throws {
            let path = scenario.storePath
            switch kind {
            case .notSQLite:
                try Data("my notes, not a database\n".utf8).write(to: URL(fileURLWithPath: path))
            case .foreignSQLite:
                let queue = try DatabaseQueue(path: path)
                try queue.write { try $0.execute(sql: "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine')") }
                try queue.close()
            case .truncated:
                _ = try makeStore(in: scenario)
                let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
                guard truncate(path, off_t(size / 2)) == 0 else { throw DebriefProcess.Failure(description: "truncate failed") }
            case .damagedPages:
                _ = try makeStore(in: scenario)
                var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
                let pageSize = Int(bytes[16]) << 8 | Int(bytes[17])
                for index in pageSize..<bytes.count { bytes[index] = UInt8(truncatingIfNeeded: index &* 0xA5) }
                try Data(bytes).write(to: URL(fileURLWithPath: path))
            case .newerSchema:
                _ = try makeStore(in: scenario)
                let queue = try DatabaseQueue(path: path)
                try queue.write { try $0.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v999')") }
                try queue.close()
            }
        }

        /// What is in the folder beside the store, and the store's bytes.
        static func snapshot(_ scenario: Scenario) throws -> (files: [String], bytes: Data) {
            let folder = scenario.folder.path
            let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("debriefs.sqlite") }.sorted()
            return (files, try Data(contentsOf: URL(fileURLWithPath: scenario.storePath)))
        }

        /// Every command that opens the store, on the hostile file.
        static func commands(_ scenario: Scenario) -> [(arguments: [String], input: String)] {
            let store = ["--store", scenario.storePath]
            let output = scenario.folder.appendingPathComponent("out-\(UUID().uuidString).json").path
            return [(store, "Acme\n/pause\n"), (["resume"] + store, "/pause\n"), (["list"] + store, ""),
                    (["show", "0000"] + store, ""), (["search", "team"] + store, ""), (["export", "--output", output] + store, ""),
                    (["report"] + store, ""), (["delete", "0000", "--yes"] + store, "")]
        }

        @Test(arguments: Kind.allCases)
        func aHostileStoreIsRefusedAndLeftUntouched(kind: Kind) throws {
            let scenario = try Scenario()
            try Self.make(kind, in: scenario)
            let before = try Self.snapshot(scenario)
            var accepted: [String] = [], unclear: [String] = []
            let commands = Self.commands(scenario)
            for (arguments, input) in commands {
                let run = try FaultRun(arguments, environment: scenario.environment, input: Array(input.utf8))
                let name = arguments.first == "--store" ? "debrief" : arguments[0]
                if run.status == 0 { accepted.append("\(name): \(run.output.suffix(300))") }
                if run.diedBySignal || run.leak != nil || !run.output.contains(scenario.storePath) {
                    unclear.append("\(name) exited \(run.status): \(run.output.suffix(400))")
                }
            }
            let after = try Self.snapshot(scenario)
            let added = Set(after.files).subtracting(before.files).sorted()
            Faults.report("hostile store (\(kind)): \(commands.count) commands, \(accepted.count) accepted it, "
                + "\(unclear.count) without a clear message, file \(after.bytes == before.bytes ? "byte-identical" : "CHANGED")"
                + (added.isEmpty ? "" : ", but \(added.joined(separator: " and ")) appeared beside it"))
            #expect(accepted.isEmpty, "\(accepted.joined(separator: "\n"))")
            #expect(unclear.isEmpty, "\(unclear.joined(separator: "\n"))")
            #expect(after.bytes == before.bytes, "the store is byte-identical")
            #expect(added.isEmpty, "nothing appears beside a refused store: \(added)")
        }
    }
}
