import Foundation
import Testing

/// `debrief plugins …` and YAML plugins in a real run of the binary.
@Suite struct PluginsCommandTests {
    typealias Workspace = StorageCommandTests.Workspace

    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/yaml").path

    @Test func newWritesAStarterThatValidates() throws {
        let workspace = try Workspace()
        let made = try workspace.debrief("plugins", "new", "Panel Round", in: workspace.folder)
        #expect(made.status == 0 && made.out.contains("Wrote panel-round.yaml"), "\(made.err)")
        let checked = try workspace.debrief("plugins", "validate", workspace.folder + "/panel-round.yaml")
        #expect(checked.status == 0 && checked.out.contains("ok"), "\(checked.err)")
        let again = try workspace.debrief("plugins", "new", "panel round", in: workspace.folder)
        #expect(again.status != 0 && again.err.contains("already exists"))
    }

    @Test func validateReportsEveryProblemAndFails() throws {
        let workspace = try Workspace()
        let bad = workspace.folder + "/bad.yaml"
        try Data("id: x\ntitle: T\nsteps:\n  - id: a\n    tpye: text\n".utf8).write(to: URL(fileURLWithPath: bad))
        let run = try workspace.debrief("plugins", "validate", bad, Self.examples + "/panel-interview.yaml")
        #expect(run.status == 1)
        #expect(run.err.contains("bad.yaml:5:5: error: unknown key \"tpye\""), "\(run.err)")
        #expect(run.out.contains("panel-interview.yaml: ok"))
    }

    @Test func listShowsBuiltInAndLoadedPluginsInFlowOrder() throws {
        let workspace = try Workspace()
        let run = try workspace.debrief("plugins", "list", "--plugins", Self.examples)
        #expect(run.out.contains("reflection  v1.0.0  built in"))
        #expect(run.out.contains("technical  v1"))
        #expect(run.out.contains("ack → context → panel → followup → feelings → reflect → star → technical → wins → salary → move"), "\(run.out)")
    }

    @Test func aYAMLPluginJoinsTheConversationAndABrokenOneIsSkipped() throws {
        let workspace = try Workspace()
        let folder = workspace.folder + "/plugins"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.examples + "/panel-interview.yaml", toPath: folder + "/panel.yaml")
        try Data("id: broken\nsteps: 3\n".utf8).write(to: URL(fileURLWithPath: folder + "/broken.yaml"))
        let run = try workspace.debrief("--plugins", folder, input: "Acme\nDesigner\nyesterday\n1\n1\nyes\n/pause\n")
        #expect(run.err.contains("broken.yaml") && run.err.contains("skipped"), "\(run.err)")
        #expect(run.out.contains("interviewed by a panel"), "\(run.out)")
    }
}
