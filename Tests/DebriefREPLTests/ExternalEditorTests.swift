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
}
