import DebriefKit
import Foundation
import Testing

/// The storage commands of the real `debrief` binary: list, show, search, delete, export, import.
@Suite struct StorageCommandTests {
    /// What one run of the binary printed, and how it exited.
    struct Run {
        var status: Int32
        var out: String
        var err: String
    }

    /// A temporary folder holding a store, and a way to run `debrief` against it.
    final class Workspace {
        let folder: String
        var store: String { folder + "/store/debriefs.sqlite" }
        /// A command that runs the binary as it is given, e.g. `setpriv` to run it as another user.
        var launcher: [String] = []
        /// Variables added to every run's environment (e.g. `DEBRIEF_PASSPHRASE_FILE`).
        var extraEnvironment: [String: String] = [:]

        init() throws {
            folder = NSTemporaryDirectory() + "debrief-cli-" + UUID().uuidString
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }

        deinit { try? FileManager.default.removeItem(atPath: folder) }

        /// Runs the binary with `arguments`, `input` on stdin and `DEBRIEF_STORE` pointing at ``store``;
        /// `standardOutput` is a file to send stdout to instead of capturing it (such as /dev/full).
        func debrief(_ arguments: String..., input: String = "", in directory: String? = nil, standardOutput: String? = nil) throws -> Run {
            try debrief(arguments, input: input, in: directory, standardOutput: standardOutput)
        }

        /// ``debrief(_:input:in:standardOutput:)`` with the arguments in an array.
        func debrief(_ arguments: [String], input: String = "", in directory: String? = nil, standardOutput: String? = nil) throws -> Run {
            let process = Process()
            if let directory { process.currentDirectoryURL = URL(fileURLWithPath: directory) }
            let binary = try Self.binary()
            process.executableURL = launcher.first.map(URL.init(fileURLWithPath:)) ?? binary
            process.arguments = launcher.isEmpty ? arguments : launcher.dropFirst() + [binary.path] + arguments
            process.environment = ["DEBRIEF_STORE": store, "HOME": folder, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"]
                .merging(extraEnvironment) { $1 }
            let files = ["in", "out", "err"].map { folder + "/" + $0 }
            _ = FileManager.default.createFile(atPath: files[0], contents: Data(input.utf8))
            for file in files.dropFirst() { _ = FileManager.default.createFile(atPath: file, contents: nil) }
            process.standardInput = FileHandle(forReadingAtPath: files[0])
            process.standardOutput = FileHandle(forWritingAtPath: standardOutput ?? files[1])
            process.standardError = FileHandle(forWritingAtPath: files[2])
            try process.run()
            process.waitUntilExit()
            let read = { (path: String) in String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self) }
            return Run(status: process.terminationStatus, out: read(files[1]), err: read(files[2]))
        }

        /// The `debrief` executable built next to this test bundle.
        static func binary() throws -> URL {
            let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("debrief")
            let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            let candidates = [beside, root.appendingPathComponent(".build/debug/debrief")]
            return try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) },
                                "Build the debrief product first (swift build)")
        }
    }

    static let answers = NaturalDebrief.input

    @Test func listShowSearchAfterADebrief() throws {
        let workspace = try Workspace()
        #expect(try workspace.debrief(input: Self.answers).status == 0)

        let list = try workspace.debrief("list")
        #expect(list.status == 0)
        #expect(list.out.contains("Acme Café") && list.out.contains("done"), "\(list.out)")
        let summaries = try DebriefJSON.decoder().decode([DebriefSummary].self, from: Data(workspace.debrief("list", "--format", "json").out.utf8))
        let id = try #require(summaries.first?.id)
        #expect(summaries.count == 1 && summaries[0].status == .completed)

        let shown = try workspace.debrief("show", String(id.rawValue.prefix(4)))
        #expect(shown.out.contains("portfolio walk-through"), "\(shown.out)")
        let json = try workspace.debrief("show", id.rawValue, "--format", "json")
        let debrief = try #require(try DebriefJSON.decoder().decode(DebriefArchive.self, from: Data(json.out.utf8)).debriefs.first)
        #expect(debrief["reflect.research.helped"] == AnswerValue.text("Talking to someone on the design team first"))
        #expect(!debrief.transcript.isEmpty, "the JSON form carries the transcript")

        let search = try workspace.debrief("search", "DESIGN", "team")
        #expect(search.out.contains(id.short) && search.out.contains("design team first"), "\(search.out)")
        let none = try workspace.debrief("search", "zebra")
        #expect(none.status == 0 && none.out.isEmpty && none.err.contains("No answers contain"))
    }

    @Test func listFiltersAndRefusesABadDay() throws {
        let workspace = try Workspace()
        _ = try workspace.debrief(input: Self.answers)
        #expect(try workspace.debrief("list", "--company", "acme", "--status", "completed", "--since", "2020-01-01").out.contains("Acme"))
        #expect(try workspace.debrief("list", "--company", "globex").err.contains("No debriefs match"))
        #expect(try workspace.debrief("list", "--status", "in-progress").out.isEmpty)
        #expect(try workspace.debrief("list", "--since", "last week").out.contains("Acme"), "the interview was last tuesday")
        #expect(try workspace.debrief("list", "--until", "2 weeks ago").out.isEmpty)
        let bad = try workspace.debrief("list", "--since", "someday")
        #expect(bad.status != 0 && bad.err.contains("--since: I couldn't read"), "\(bad.err)")
    }

    @Test func aNaturalPipedDebriefCompletesAndKeepsEveryLineVerbatim() throws {
        let workspace = try Workspace()
        let run = try workspace.debrief(input: NaturalDebrief.input)
        #expect(run.status == 0, "\(run.err)")
        #expect(run.out.contains("That's the whole debrief"))
        let json = try workspace.debrief("export")
        let debrief = try #require(try DebriefJSON.decoder().decode(DebriefArchive.self, from: Data(json.out.utf8)).debriefs.first)
        let accepted = debrief.transcript.compactMap { event -> String? in
            if case .answered(_, let raw) = event.kind { raw } else { nil }
        }
        #expect(accepted == NaturalDebrief.lines, "every line was accepted first time and stored as typed")
        #expect(debrief.answers.values.allSatisfy { answer in NaturalDebrief.lines.contains(answer.raw) })
        let today = DayDate(Date(), in: .current)
        let sinceTuesday = (today.weekday - 2 + 7) % 7
        #expect(debrief.interview.company == "Acme Café")
        #expect(debrief.interview.date == today.adding(days: sinceTuesday == 0 ? -7 : -sinceTuesday))
        #expect(debrief["reflect.prepared"] == .yesPartlyNo(.partly) && debrief["reflect.research"] == .yesPartlyNo(.no))
        #expect(debrief["reflect.struggled.list"] == .list(["Tell me about a conflict", "Why should we hire you? 面接"]))
    }

    @Test func inputThatEndsEarlyKeepsTheAnswersGiven() throws {
        let workspace = try Workspace()
        let run = try workspace.debrief(input: "Globex\n")
        #expect(run.status == 1 && run.err.contains("saved"), "\(run.err)")
        let started = try Workspace.binary().path
        #expect((run.out + run.err).contains("\(started) resume "), "the resume hint names the program as it was started: \(run.err)")
        let list = try workspace.debrief("list", "--status", "in-progress")
        #expect(list.out.contains("Globex") && list.out.contains("in progress"), "\(list.out)")
    }

    @Test func deleteAsksUnlessYes() throws {
        let workspace = try Workspace()
        _ = try workspace.debrief(input: Self.answers)
        let id = try #require(workspace.debrief("list").out.split(separator: " ").first.map(String.init))
        let refused = try workspace.debrief("delete", id)
        #expect(refused.status != 0 && refused.err.contains("--yes"), "\(refused.err)")
        #expect(try workspace.debrief("list").out.contains("Acme"), "nothing deleted without --yes")
        let deleted = try workspace.debrief("delete", id, "--yes")
        #expect(deleted.status == 0 && deleted.err.contains("Deleted"), "\(deleted.err)")
        #expect(try workspace.debrief("list").err.contains("No debriefs yet"))
    }

    @Test func exportThenImportIntoAnotherStore() throws {
        let workspace = try Workspace()
        _ = try workspace.debrief(input: Self.answers)
        let stdout = try workspace.debrief("export")
        let archive = try DebriefJSON.decoder().decode(DebriefArchive.self, from: Data(stdout.out.utf8))
        #expect(archive.debriefs.count == 1)

        let file = workspace.folder + "/backup.json"
        let written = try workspace.debrief("export", "--output", file)
        #expect(written.err.contains("Exported 1 debrief"), "\(written.err)")
        let permissions = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? NSNumber
        #expect(permissions?.intValue == 0o600)

        let again = try workspace.debrief("import", file)
        #expect(again.err.contains("Imported 0 debriefs; 1 was already here"), "\(again.err)")
        let other = try workspace.debrief("import", file, "--store", workspace.folder + "/other.sqlite")
        #expect(other.status == 0 && other.err.contains("Imported 1 debrief."), "\(other.err)")
        let copy = try workspace.debrief("export", "--store", workspace.folder + "/other.sqlite")
        let reimported = try DebriefJSON.decoder().decode(DebriefArchive.self, from: Data(copy.out.utf8))
        #expect(reimported.debriefs == archive.debriefs)
    }

    @Test func badFilesAreRefusedWithWhatToDo() throws {
        let workspace = try Workspace()
        let bad = workspace.folder + "/bad.json"
        try Data(#"{"format": "debrief-archive", "version": 1, "debriefs": [{"id": 3}]}"#.utf8).write(to: URL(fileURLWithPath: bad))
        let refused = try workspace.debrief("import", bad)
        #expect(refused.status != 0 && refused.err.contains("Nothing was imported"), "\(refused.err)")

        let foreign = workspace.folder + "/notes.sqlite"
        try Data("my notes, not a database\n".utf8).write(to: URL(fileURLWithPath: foreign))
        let opened = try workspace.debrief("list", "--store", foreign)
        #expect(opened.status != 0 && opened.err.contains(foreign) && opened.err.contains("untouched"), "\(opened.err)")
        #expect(FileManager.default.contents(atPath: foreign) == Data("my notes, not a database\n".utf8))
    }
}
