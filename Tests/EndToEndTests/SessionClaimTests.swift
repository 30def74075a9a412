import DebriefKit
import DebriefSQLite
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// One debrief, one window: runs at once never share a debrief, a held one is never offered
/// or resumed elsewhere, and a crashed run holds nothing.
@Suite struct SessionClaimTests {
    @Test func pipedRunsStartedTogetherEachKeepTheirOwnDebrief() async throws {
        let scenario = try Scenario()
        let first = try scenario.start(connection: .pipes)
        _ = try first.expectPrompt()
        let second = try scenario.start(connection: .pipes)
        _ = try second.expectPrompt()
        first.send("First Corp\n")
        second.send("Second Corp\n")
        _ = try first.expectPrompt()
        _ = try second.expectPrompt()
        first.send("/pause\n")
        second.send("/pause\n")
        #expect(try first.waitForExit() == 0)
        #expect(try second.waitForExit() == 0)

        let companies = try await scenario.stored().map { $0.interview.company ?? "" }.sorted()
        #expect(companies == ["First Corp", "Second Corp"], "\(companies)")
    }

    @Test func aDebriefOpenInAnotherWindowIsNeitherOfferedNorResumed() async throws {
        let scenario = try Scenario()
        let holder = try scenario.start(connection: .pipes)
        _ = try holder.expectPrompt()
        holder.send("Held Corp\n")
        _ = try holder.expectPrompt()
        let held = try #require(try await scenario.stored().first).id

        let terminal = try scenario.start()
        let opening = try terminal.expectPrompt()
        #expect(!opening.before.contains("unfinished debrief"), "no offer of the held debrief:\n\(opening.before)")
        #expect(opening.position == 1)
        terminal.send("/pause\r")
        #expect(try terminal.waitForExit() == 0)

        let resume = try scenario.start(["resume", held.short], connection: .pipes)
        #expect(try resume.waitForExit() != 0)
        #expect(resume.transcript.contains("open in another window"), "\(resume.transcript)")

        holder.signal(SIGKILL)
        _ = try holder.waitForExit()
        let afterCrash = try scenario.start(["resume", held.short], connection: .pipes)
        #expect(try afterCrash.expectPrompt().position == 2, "a killed run holds nothing")
    }

    @Test func aPipedRunStopsOnAConflictInsteadOfShiftingAnswers() async throws {
        let scenario = try Scenario()
        let process = try scenario.start(connection: .pipes)
        _ = try process.expectPrompt()
        process.send("Acme\n")
        _ = try process.expectPrompt()
        let store = try SQLiteStore(path: scenario.storePath)
        var elsewhere = try #require(try await scenario.stored().first)
        elsewhere.interview.role = "Changed elsewhere"
        _ = try await store.save(elsewhere)

        process.send("Designer\n")
        process.send("yesterday\n")
        #expect(try process.waitForExit() == 75)
        #expect(process.transcript.contains("changed elsewhere") && process.transcript.contains("resume"), "\(process.transcript)")
        let stored = try #require(try await scenario.stored().first)
        #expect(stored.interview.role == "Changed elsewhere")
        #expect(stored.answers.count == 1, "nothing after the conflict was applied: \(stored.answers.keys)")
    }

    @Test func aReadOnlyStoreStillListsShowsAndExportsButNeverDebriefs() throws {
        let workspace = try StorageCommandTests.Workspace()
        #expect(try workspace.debrief(input: StorageCommandTests.answers).status == 0)
        let folder = (workspace.store as NSString).deletingLastPathComponent
        // As root, permissions don't stop a write: run as nobody, who owns a store it may only read.
        if getuid() == 0 {
            for file in try FileManager.default.contentsOfDirectory(atPath: folder) + [""] {
                chown(folder + "/" + file, 65534, 65534)
            }
            chmod(workspace.folder, 0o755)
            workspace.launcher = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        }
        chmod(workspace.store, 0o400)
        chmod(folder, 0o500)
        defer { chmod(folder, 0o700) }

        let list = try workspace.debrief("list")
        #expect(list.status == 0 && list.out.contains("Acme Café"), "\(list.err)")
        let id = String(try #require(list.out.split(separator: " ").first))
        #expect(try workspace.debrief("show", id).out.contains("portfolio walk-through"))
        let export = try workspace.debrief("export")
        #expect(export.status == 0)
        #expect((try? DebriefJSON.decoder().decode(DebriefArchive.self, from: Data(export.out.utf8)))?.debriefs.count == 1)

        let start = try workspace.debrief(input: "Globex\n")
        #expect(start.status != 0)
        #expect(start.err.contains("read-only") && start.err.contains("list, show and export"), "\(start.err)")
        #expect(!start.out.contains("?"), "refused before any question: \(start.out)")
    }
}
