@testable import DebriefREPL
import Foundation
import Testing

@Suite struct ExternalEditorTests {
    @Test func visualComesBeforeEditorThenVi() {
        #expect(ExternalEditor(variables: ["VISUAL": "nano", "EDITOR": "ed"]).command == "nano")
        #expect(ExternalEditor(variables: ["VISUAL": " ", "EDITOR": "ed"]).command == "ed")
        #expect(ExternalEditor(variables: [:]).command == "vi")
    }

    @Test func editsTheDraftInAPrivateFileThatIsRemovedAfterwards() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-editor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let editor = ExternalEditor(variables: ["TMPDIR": folder.path, "PATH": "/usr/bin:/bin",
                                                "EDITOR": "sed -i 's/draft/final answer/'"])
        #expect(try editor.edit("my draft\n\n") == "my final answer")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func aFailingEditorSendsNothingAndSaysSo() throws {
        let editor = ExternalEditor(variables: ["PATH": "/usr/bin:/bin", "EDITOR": "false"])
        #expect(throws: ExternalEditor.EditFailure.self) { try editor.edit("draft") }
        do {
            _ = try editor.edit("draft")
        } catch {
            #expect(error.description.contains("status 1"))
        }
    }

    @Test func draftsLiveInAPrivateFolderAndAKilledRunsDraftIsRemoved() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-editor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let seen = folder.appendingPathComponent("seen").path
        let editor = ExternalEditor(variables: ["TMPDIR": folder.path, "PATH": "/usr/bin:/bin",
                                                "EDITOR": "stat -c '%a' \"$(dirname \"$1\")\" \"$1\" > \(seen); true"])
        let drafts = editor.folder
        #expect(ExternalEditor.makePrivateFolder(drafts))
        let dead = drafts + "/\(ExternalEditor.prefix)\(Int32.max)-abcdef.txt"
        let live = drafts + "/\(ExternalEditor.prefix)\(getpid())-abcdef.txt"
        for path in [dead, live] { #expect(FileManager.default.createFile(atPath: path, contents: Data("answer".utf8))) }
        _ = try editor.edit("draft")
        #expect(try String(contentsOfFile: seen, encoding: .utf8).split(separator: "\n") == ["700", "600"])
        #expect(!FileManager.default.fileExists(atPath: dead), "a draft whose run is gone is removed")
        #expect(FileManager.default.fileExists(atPath: live), "a running process's draft is left to it")
    }

    @Test func aDraftFolderThatOthersCanEnterIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-editor-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let editor = ExternalEditor(variables: ["TMPDIR": folder.path, "PATH": "/usr/bin:/bin", "EDITOR": "true"])
        #expect(mkdir(editor.folder, 0o777) == 0 && chmod(editor.folder, 0o777) == 0)
        #expect(throws: ExternalEditor.EditFailure.self) { try editor.edit("draft") }
        try FileManager.default.removeItem(atPath: editor.folder)
        try FileManager.default.createSymbolicLink(atPath: editor.folder, withDestinationPath: folder.path)
        #expect(throws: ExternalEditor.EditFailure.self) { try editor.edit("draft") }
    }
}
