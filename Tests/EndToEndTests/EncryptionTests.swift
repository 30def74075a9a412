import DebriefKit
import DebriefSQLite
import Foundation
import Testing

/// `debrief encrypt`, `decrypt` and `passphrase` on the real binary: the words never reach the
/// disk in the clear, a wrong passphrase changes nothing, and a kill -9 anywhere loses nothing.
@Suite(.serialized) struct EncryptionTests {
    typealias Workspace = StorageCommandTests.Workspace

    /// Words no flow, file format or library would write by itself.
    static let distinctive = ["Vexillum Quartzworks", "quokkafjord rehearsal with the panel", "xylophone marmalade"]

    /// The natural debrief with three answers made distinctive: the company, a free-text answer, a reason.
    static var distinctiveInput: String {
        var lines = NaturalDebrief.lines
        lines[0] = distinctive[0]
        lines[9] = distinctive[1].prefix(1).uppercased() + distinctive[1].dropFirst()
        lines[14] = "Because of the " + distinctive[2]
        return lines.joined(separator: "\n") + "\n"
    }

    /// A workspace whose runs read `passphrase` from a 0600 file, with their temporary files in its own folder.
    static func workspace(passphrase: String = "correct horse battery") throws -> Workspace {
        let workspace = try Workspace()
        try FileManager.default.createDirectory(atPath: workspace.folder + "/tmp", withIntermediateDirectories: true)
        workspace.extraEnvironment = ["TMPDIR": workspace.folder + "/tmp",
                                      "DEBRIEF_PASSPHRASE_FILE": try passphraseFile(passphrase, in: workspace, named: "passphrase")]
        return workspace
    }

    static func passphraseFile(_ passphrase: String, in workspace: Workspace, named name: String) throws -> String {
        let path = workspace.folder + "/" + name
        #expect(FileManager.default.createFile(atPath: path, contents: Data((passphrase + "\n").utf8), attributes: [.posixPermissions: 0o600]))
        return path
    }

    /// Every file in the store's folder and the temporary folder, with its bytes.
    static func files(of workspace: Workspace) -> [String: Data] {
        var files: [String: Data] = [:]
        for folder in [workspace.folder + "/store", workspace.folder + "/tmp"] {
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] {
                files[folder + "/" + name] = FileManager.default.contents(atPath: folder + "/" + name)
            }
        }
        return files
    }

    /// The files (of ``files(of:)``) that hold any of `words`, in UTF-8 or ignoring case.
    static func leaks(_ words: [String], in workspace: Workspace) -> [String] {
        files(of: workspace).compactMap { path, data in
            let text = String(decoding: data, as: UTF8.self).lowercased()
            return words.contains { text.contains($0.lowercased()) || data.range(of: Data($0.utf8)) != nil } ? path : nil
        }
    }

    /// The debriefs an archive of the store holds, by id.
    static func debriefs(_ workspace: Workspace) throws -> [Debrief] {
        let export = try workspace.debrief("export", "--plaintext")
        #expect(export.status == 0, "\(export.err)")
        return try DebriefJSON.decoder().decode(DebriefArchive.self, from: Data(export.out.utf8)).debriefs
    }

    @Test func encryptThenUseThenDecrypt() throws {
        let workspace = try Self.workspace()
        let encrypt = try workspace.debrief("encrypt")
        #expect(encrypt.status == 0 && encrypt.err.contains("Encrypted 0 debriefs"), "\(encrypt.err)")

        let run = try workspace.debrief(input: Self.distinctiveInput)
        #expect(run.status == 0 && run.out.contains("That's the whole debrief"), "\(run.err)")
        #expect(Self.leaks(Self.distinctive, in: workspace).isEmpty, "no file holds the words: \(Self.leaks(Self.distinctive, in: workspace))")

        let list = try workspace.debrief("list")
        #expect(list.out.contains(Self.distinctive[0]), "\(list.out)\(list.err)")
        let summaries = try DebriefJSON.decoder().decode([DebriefSummary].self, from: Data(workspace.debrief("list", "--format", "json").out.utf8))
        let id = try #require(summaries.first { $0.interview.company == Self.distinctive[0] }?.id)
        #expect(try workspace.debrief("show", id.short).out.contains(Self.distinctive[2]))
        let search = try workspace.debrief("search", "QUOKKAFJORD", "panel")
        #expect(search.out.contains(id.short) && search.out.contains("rehearsal"), "\(search.out)\(search.err)")
        #expect(try workspace.debrief("search", "quokkafjord", "zebra").out.isEmpty)
        #expect(Self.leaks(Self.distinctive, in: workspace).isEmpty, "reading leaves no words behind either")

        let backup = workspace.folder + "/backup.debrief"
        #expect(try workspace.debrief("export", "--output", backup).status == 0)
        let sealed = try #require(FileManager.default.contents(atPath: backup))
        #expect(sealed.starts(with: Data("debrief-encrypted-archive 1\n".utf8)))
        #expect(!Self.distinctive.contains { sealed.range(of: Data($0.utf8)) != nil })
        #expect(try Self.debriefs(workspace).count == 1, "--plaintext writes the plain archive")

        let decrypt = try workspace.debrief("decrypt")
        #expect(decrypt.status == 0 && decrypt.err.contains("Decrypted 1 debrief"), "\(decrypt.err)")
        workspace.extraEnvironment["DEBRIEF_PASSPHRASE_FILE"] = nil
        let plain = try workspace.debrief("show", id.short)
        #expect(plain.status == 0 && plain.out.contains(Self.distinctive[2]), "a plain store needs no passphrase")

        let other = try Self.workspace()
        let imported = try other.debrief("import", backup)
        #expect(imported.status == 0 && imported.err.contains("Imported 1 debrief"), "\(imported.err)")
        #expect(try Self.debriefs(other).map(\.id).sorted { $0.rawValue < $1.rawValue } == summaries.map(\.id).sorted { $0.rawValue < $1.rawValue })
    }

    @Test func aWrongOrMissingPassphraseChangesNothing() throws {
        let workspace = try Self.workspace()
        #expect(try workspace.debrief(input: Self.distinctiveInput).status == 0)
        #expect(try workspace.debrief("encrypt").status == 0)
        #expect(Self.leaks(Self.distinctive, in: workspace).isEmpty, "the plain file's words are gone once it is encrypted")
        let before = Self.files(of: workspace)
        let modified = try FileManager.default.attributesOfItem(atPath: workspace.store)[.modificationDate] as? Date

        workspace.extraEnvironment["DEBRIEF_PASSPHRASE_FILE"] = try Self.passphraseFile("wrong horse", in: workspace, named: "wrong")
        workspace.extraEnvironment["DEBRIEF_NEW_PASSPHRASE_FILE"] = try Self.passphraseFile("new horse", in: workspace, named: "new")
        for arguments in [["list"], ["show", "abcd"], ["search", "quokkafjord"], ["decrypt"], ["passphrase"], ["export"], ["insights"], ["plans"]] {
            let run = try workspace.debrief(arguments[0], arguments.dropFirst().first ?? "--store=\(workspace.store)")
            #expect(run.status == 77 && run.err.contains("doesn't open") && run.err.contains("Nothing was changed"), "\(arguments): \(run.status) \(run.err)")
        }
        let piped = try workspace.debrief(input: Self.distinctiveInput)
        #expect(piped.status == 77 && piped.out.isEmpty, "\(piped.err)")

        workspace.extraEnvironment["DEBRIEF_PASSPHRASE_FILE"] = nil
        for arguments in [["list"], ["decrypt"]] {
            let run = try workspace.debrief(arguments[0])
            #expect(run.status == 77 && run.err.contains("DEBRIEF_PASSPHRASE_FILE") && run.err.contains("not a terminal"), "\(arguments): \(run.err)")
        }
        #expect(Self.files(of: workspace) == before, "every file byte for byte, and no file added or removed")
        #expect(try FileManager.default.attributesOfItem(atPath: workspace.store)[.modificationDate] as? Date == modified)
    }

    @Test func passphraseRewrapsTheKey() throws {
        let workspace = try Self.workspace()
        #expect(try workspace.debrief(input: Self.distinctiveInput).status == 0)
        #expect(try workspace.debrief("encrypt").status == 0)
        workspace.extraEnvironment["DEBRIEF_NEW_PASSPHRASE_FILE"] = try Self.passphraseFile("a new one", in: workspace, named: "new")
        let change = try workspace.debrief("passphrase")
        #expect(change.status == 0, "\(change.err)")
        #expect(try workspace.debrief("list").status == 77, "the old passphrase no longer opens it")
        workspace.extraEnvironment["DEBRIEF_PASSPHRASE_FILE"] = workspace.extraEnvironment["DEBRIEF_NEW_PASSPHRASE_FILE"]
        #expect(try workspace.debrief("list").out.contains(Self.distinctive[0]))
    }

    @Test func aTerminalAsksForThePassphraseWithEchoOff() throws {
        let scenario = try Scenario()
        let file = scenario.folder.appendingPathComponent("passphrase").path
        #expect(FileManager.default.createFile(atPath: file, contents: Data("typed secret 42\n".utf8), attributes: [.posixPermissions: 0o600]))
        let encrypt = try DebriefProcess(["encrypt", "--store", scenario.storePath],
                                         environment: scenario.environment.merging(["DEBRIEF_PASSPHRASE_FILE": file]) { $1 }, connection: .pipes)
        #expect(try encrypt.waitForExit(timeout: 120) == 0, "\(encrypt.transcript)")

        let list = try scenario.start(["list"])
        try list.expect("Passphrase for", timeout: 30)
        list.send("typed secret 42\r")
        try list.expect("No debriefs yet", timeout: 120)
        #expect(try list.waitForExit(timeout: 30) == 0)
        #expect(!list.transcript.contains("typed secret"), "the passphrase is never echoed: \(list.transcript)")
    }

    /// kill -9 at every step of `encrypt`, then of `decrypt`: the store opens afterwards, plain
    /// or encrypted, with every debrief as it was, and the command then completes.
    @Test(arguments: ["encrypt", "decrypt"])
    func killNineDuringConversionLosesNothing(command: String) throws {
        let template = try Self.workspace()
        #expect(try template.debrief(input: Self.distinctiveInput).status == 0)
        _ = try template.debrief(input: NaturalDebrief.input)  // a second debrief, finished or not
        if command == "decrypt" { #expect(try template.debrief("encrypt").status == 0) }
        let original = try Self.debriefs(template)
        #expect(original.count == 2)
        for step in 1...11 {
            let trial = try Self.workspace()
            try FileManager.default.copyItem(atPath: template.folder + "/store", toPath: trial.folder + "/store")
            trial.extraEnvironment["DEBRIEF_TEST_KILL_AT"] = String(step)
            let killed = try trial.debrief(command)
            #expect(killed.status != 0, "step \(step): the run was killed")
            trial.extraEnvironment["DEBRIEF_TEST_KILL_AT"] = nil
            #expect(try Self.debriefs(trial) == original, "step \(step) of \(command): every debrief, unchanged")
            let finished = try trial.debrief(command)
            let done = finished.status == 0 || finished.err.contains(command == "encrypt" ? "already encrypted" : "not encrypted")
            #expect(done, "step \(step): \(finished.err)")
            #expect(EncryptedStore.isEncrypted(at: trial.store) == (command == "encrypt"), "step \(step): converted after all")
            let leftovers = Self.files(of: trial).keys.filter { $0.contains(".converting") }
            #expect(leftovers.isEmpty, "step \(step): \(leftovers)")
        }
    }
}
