import DebriefKit
import Foundation
import GRDB
import Testing

extension Faults.HostileStores {
    /// A store Debrief may read but not write still lists, shows and exports; only writing is refused.
    @Test func aReadOnlyStoreStillListsShowsAndExports() throws {
        let scenario = try Scenario()
        let id = try Self.makeStore(in: scenario)
        chmod(scenario.storePath, 0o444)
        // Root writes through file modes: the immutable attribute is what stops it.
        let immutable = getuid() == 0 ? try Self.chattr("+i", scenario.storePath) : false
        if getuid() == 0 && !immutable { Faults.report("read-only store: running as root without chattr +i, so the file is only mode 0444") }
        defer { if immutable { _ = try? Self.chattr("-i", scenario.storePath) } }
        let before = try Self.snapshot(scenario)
        let output = scenario.folder.appendingPathComponent("backup.json").path
        let store = ["--store", scenario.storePath]

        let list = try FaultRun(["list"] + store, environment: scenario.environment)
        let show = try FaultRun(["show", String(id.prefix(8))] + store, environment: scenario.environment)
        let export = try FaultRun(["export", "--output", output] + store, environment: scenario.environment)
        let start = try FaultRun(store, environment: scenario.environment, input: Array("Globex\n/pause\n".utf8))
        let readable = [list, show, export].filter { $0.status == 0 && $0.leak == nil }.count
        Faults.report("read-only store: \(readable) of list, show and export worked; a new debrief exited \(start.status)")
        #expect(list.status == 0 && list.output.contains("Acme Café"), "\(list.output)")
        #expect(show.status == 0 && show.output.contains("portfolio walk-through"), "\(show.output)")
        #expect(export.status == 0, "\(export.output)")
        let archive = FileManager.default.contents(atPath: output).flatMap { try? DebriefJSON.decoder().decode(DebriefArchive.self, from: $0) }
        #expect(archive?.debriefs.map(\.id.rawValue) == [id])
        #expect(start.status != 0 && start.output.contains(scenario.storePath) && start.leak == nil, "writing is refused clearly: \(start.output)")
        #expect(try Self.snapshot(scenario).bytes == before.bytes)
    }

    /// Reading never writes: `list`, `show`, `search` and `export` leave a healthy store byte-identical,
    /// so reading a backup or a store on shared media changes nothing.
    @Test func readingLeavesAStoreByteIdentical() throws {
        let scenario = try Scenario()
        let id = try Self.makeStore(in: scenario)
        let before = try Self.snapshot(scenario)
        let output = scenario.folder.appendingPathComponent("backup.json").path
        let store = ["--store", scenario.storePath]
        let runs = try [["list"], ["show", String(id.prefix(8))], ["search", "team"], ["export", "--output", output]]
            .map { try FaultRun($0 + store, environment: scenario.environment) }
        let after = try Self.snapshot(scenario)
        Faults.report("reading a healthy store: \(runs.count) commands, \(runs.filter { $0.status == 0 }.count) worked, "
            + "file \(after.bytes == before.bytes ? "byte-identical" : "CHANGED")")
        #expect(runs.allSatisfy { $0.status == 0 }, "\(runs.map(\.output))")
        #expect(after.bytes == before.bytes && after.files == before.files)
    }

    /// One debrief whose stored document is damaged: nothing prints an internal error, and
    /// `export` never writes an archive that does not read back.
    @Test func aDamagedDocumentIsReportedNotLeaked() throws {
        let scenario = try Scenario()
        let id = try Self.makeStore(in: scenario)
        let queue = try DatabaseQueue(path: scenario.storePath)
        try queue.write { try $0.execute(sql: #"UPDATE debrief SET document = '{"broken' WHERE id = ?"#, arguments: [id]) }
        try queue.close()
        let output = scenario.folder.appendingPathComponent("backup.json").path
        let store = ["--store", scenario.storePath]

        let runs = try [["list"], ["show", String(id.prefix(8))], ["show", id, "--format", "json"], ["export", "--output", output], ["report"]]
            .map { ($0[0], try FaultRun($0 + store, environment: scenario.environment)) }
        let leaks = runs.filter { $0.1.diedBySignal || $0.1.leak != nil }
        let export = runs[3].1
        let written = FileManager.default.contents(atPath: output)
        let readsBack = written.map { (try? DebriefJSON.decoder().decode(DebriefArchive.self, from: $0)) != nil }
        Faults.report("damaged document: \(runs.count) commands, \(leaks.count) leaked an internal error; "
            + "export exited \(export.status) and \(written == nil ? "wrote nothing" : readsBack == true ? "wrote a readable archive" : "wrote an UNREADABLE archive")")
        #expect(leaks.isEmpty, "\(leaks.map { "\($0.0): \($0.1.output.suffix(300))" }.joined(separator: "\n"))")
        #expect(readsBack != false, "export wrote an archive that does not read back")
        #expect(export.status != 0 || written != nil)
        #expect(runs[1].1.status != 0, "show of the damaged debrief says it can't")
    }

    /// Runs `chattr FLAG PATH`; whether it worked.
    static func chattr(_ flag: String, _ path: String) throws -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/chattr")
        process.arguments = [flag, path]
        process.standardError = FileHandle.nullDevice
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/chattr") else { return false }
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus == 0
    }
}
