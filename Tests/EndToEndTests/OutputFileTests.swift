import DebriefKit
import Foundation
import Testing

/// `--output` and `--force` of the real binary, and the temporary files it and `/edit` make.
@Suite struct OutputFileTests {
    typealias Workspace = StorageCommandTests.Workspace

    /// A workspace holding one finished debrief.
    static func workspaceWithADebrief() throws -> Workspace {
        let workspace = try Workspace()
        _ = try workspace.debrief(input: NaturalDebrief.input)
        return workspace
    }

    @Test func symlinksFoldersAndSpecialFilesAreRefusedAndLeftAsTheyAre() throws {
        let workspace = try Self.workspaceWithADebrief()
        let target = workspace.folder + "/precious.txt"
        try Data("keep me\n".utf8).write(to: URL(fileURLWithPath: target))
        let link = workspace.folder + "/link.json"
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let fifo = workspace.folder + "/fifo"
        #expect(mkfifo(fifo, 0o600) == 0)
        for (path, kind) in [(link, "symbolic link"), (workspace.folder, "folder"), (fifo, "named pipe"), ("/dev/null", "device")] {
            for run in [try workspace.debrief("export", "-o", path, "--force"), try workspace.debrief("report", "-o", path, "--force")] {
                #expect(run.status == 1 && run.err.contains(kind) && !run.err.contains("Usage"), "\(path): \(run.err)")
            }
        }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(FileManager.default.contents(atPath: target) == Data("keep me\n".utf8))
        var status = stat()
        #expect(lstat(fifo, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
        #expect(lstat("/dev/null", &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
    }

    @Test func anExistingFileIsReplacedOnlyWithForceInAPipe() throws {
        let workspace = try Self.workspaceWithADebrief()
        let file = workspace.folder + "/backup.json"
        try Data("older backup\n".utf8).write(to: URL(fileURLWithPath: file))
        for refused in [try workspace.debrief("export", "-o", file), try workspace.debrief("report", "--format", "json", "-o", file)] {
            #expect(refused.status == 1 && refused.err.contains("--force") && !refused.err.contains("Usage"), "\(refused.err)")
            #expect(FileManager.default.contents(atPath: file) == Data("older backup\n".utf8))
        }
        let forced = try workspace.debrief("export", "-o", file, "--force")
        #expect(forced.status == 0, "\(forced.err)")
        let archive = try DebriefJSON.decoder().decode(DebriefArchive.self, from: try #require(FileManager.default.contents(atPath: file)))
        #expect(archive.debriefs.count == 1)
        let permissions = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? NSNumber
        #expect(permissions?.intValue == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: workspace.folder).filter { $0.contains(".partial-") }.isEmpty)
    }

    @Test func anUnwritablePathOrAFullDiskIsAClearErrorNotAUsageError() throws {
        let workspace = try Self.workspaceWithADebrief()
        let missing = try workspace.debrief("export", "-o", workspace.folder + "/no/such/folder/backup.json")
        #expect(missing.status == 1 && missing.err.contains("doesn't exist") && !missing.err.contains("Usage"), "\(missing.err)")
        let full = try workspace.debrief("export", standardOutput: "/dev/full")
        #expect(full.status == 1 && full.err.contains("The disk is full") && !full.err.contains("NSCocoaErrorDomain"), "\(full.err)")
    }

    @Test func aPartialFileLeftByAKilledExportIsRemovedByTheNextOne() throws {
        let workspace = try Self.workspaceWithADebrief()
        let file = workspace.folder + "/backup.json"
        let leftover = file + ".partial-\(Int32.max)-deadbeef"
        let running = file + ".partial-\(getpid())-cafef00d"
        for path in [leftover, running] { try Data("half a backup".utf8).write(to: URL(fileURLWithPath: path)) }
        #expect(try workspace.debrief("export", "-o", file).status == 0)
        #expect(!FileManager.default.fileExists(atPath: leftover), "its process is gone")
        #expect(FileManager.default.fileExists(atPath: running), "a live process's file is its own business")
    }

    /// A draft being edited, then the REPL ended by `signal`: the draft never outlives the run.
    @Test(arguments: [SIGTERM, SIGHUP, SIGKILL])
    func anEditDraftIsRemovedWhenTheRunIsStopped(signal: Int32) throws {
        let scenario = try Scenario()
        scenario.environment["EDITOR"] = "printf 'EDITING\\n'; sleep 30; true"
        let drafts = scenario.folder.appendingPathComponent("debrief-\(geteuid())").path
        let process = try scenario.start()
        _ = try process.expectPrompt()
        process.send("/edit\r")
        try process.expect("EDITING")
        #expect(try FileManager.default.contentsOfDirectory(atPath: drafts).count == 1, "the draft is in the private folder")
        var status = stat()
        #expect(lstat(drafts, &status) == 0 && status.st_mode & 0o777 == 0o700)
        process.signal(signal)
        _ = try process.waitForExit()
        if signal == SIGKILL {
            // Nothing can run on SIGKILL: the next run removes what the dead one left.
            let next = try scenario.start()
            _ = try next.expectPrompt()
            next.signal(SIGTERM)
            _ = try next.waitForExit()
        }
        let left = (try? FileManager.default.contentsOfDirectory(atPath: drafts)) ?? []
        #expect(left.isEmpty, "\(left)")
    }
}
