import Foundation
import Testing

/// Hostile plugins and huge answers against the real binary: a broken plugin is skipped
/// with its file and line by every command, plugin text never carries escape sequences
/// to the terminal, and a ten-megabyte line is refused without losing the answers after it.
@Suite struct PluginHardeningTests {
    typealias Workspace = StorageCommandTests.Workspace

    static let overflowingScale = "id: overflow\ntitle: Overflow\nsteps:\n  - id: overflow.mood\n    ask: How?\n    type: scale\n    min: -9223372036854775807\n    max: 5\n"
    static let hostileText = #"""
        id: hostile
        title: "Hostile\e]0;pwned\a\e[2J\u202E"
        placement:
          before: ack
        steps:
          - id: hostile.hello
            say: "Hello\e]0;pwned\a\e[2J there"
          - id: hostile.ask
            ask: "Which\e]0;pwned\a\e[2J\u202E one?"
            help: "Any\e[2J one"

        """#

    /// A folder of plugins holding `files` (name: text), next to the sample panel plugin.
    static func pluginFolder(in workspace: Workspace, _ files: [String: String]) throws -> String {
        let folder = workspace.folder + "/plugins"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: PluginsCommandTests.examples + "/panel-interview.yaml", toPath: folder + "/panel.yaml")
        for (name, text) in files { try Data(text.utf8).write(to: URL(fileURLWithPath: folder + "/" + name)) }
        return folder
    }

    @Test func aScaleThatWouldOverflowIsSkippedByEveryCommand() throws {
        let workspace = try Workspace()
        let folder = try Self.pluginFolder(in: workspace, ["overflow.yaml": Self.overflowingScale])
        let message = "overflow.yaml:7:10: error: min is -9223372036854775807; it must be from -1000 to 1000"

        let started = try workspace.debrief("--plugins", folder, input: "Acme\n/pause\n")
        #expect(started.status == 0 && started.err.contains(message), "\(started.err)")
        let id = try #require(started.out.firstMatch(of: /resume ([0-9a-f]+)/)?.1, "\(started.out)")
        let resumed = try workspace.debrief("resume", String(id), "--plugins", folder, input: "Designer\n/pause\n")
        #expect(resumed.status == 0 && resumed.err.contains(message), "\(resumed.err)")
        let listed = try workspace.debrief("plugins", "list", "--plugins", folder)
        #expect(listed.status == 0 && listed.err.contains(message), "\(listed.err)")
        #expect(listed.out.contains("panel  v1"), "the other plugins still load: \(listed.out)")
        #expect(try workspace.debrief("list").out.contains("Designer at Acme"))
    }

    @Test func escapeSequencesInAPluginNeverReachTheOutput() throws {
        let workspace = try Workspace()
        let folder = try Self.pluginFolder(in: workspace, ["hostile.yaml": Self.hostileText])
        let runs = [
            try workspace.debrief("--plugins", folder, input: "/help\nthe blue one\n/pause\n"),
            try workspace.debrief("plugins", "list", "--plugins", folder),
            try workspace.debrief("plugins", "validate", folder + "/hostile.yaml"),
        ]
        #expect(runs[0].out.contains("Which one?") && runs[0].out.contains("Hello there"), "\(runs[0].out)")
        #expect(runs[2].out.contains("ok — \"Hostile\""), "\(runs[2].out)")
        for run in runs {
            let shown = run.out + run.err
            #expect(!shown.unicodeScalars.contains { ["\u{1B}", "\u{7}", "\u{202E}"].contains($0) }, "\(shown.debugDescription)")
            #expect(!shown.contains("pwned"))
        }
    }

    @Test func validateRefusesWhatLoadingRefuses() throws {
        let workspace = try Workspace()
        let reflect = workspace.folder + "/reflect.yaml", huge = workspace.folder + "/huge.yaml"
        try Data("id: reflect\ntitle: Mine\nsteps:\n  - id: mine.a\n    ask: Q?\n".utf8).write(to: URL(fileURLWithPath: reflect))
        try Data("id: huge\ntitle: Huge\nversion: 1e300\nsteps:\n  - id: huge.a\n    ask: Q?\n".utf8).write(to: URL(fileURLWithPath: huge))
        let run = try workspace.debrief("plugins", "validate", reflect, huge)
        #expect(run.status == 1)
        #expect(run.err.contains("reflect.yaml:1:5: error: the id \"reflect\" is already taken by a built-in chapter"), "\(run.err)")
        #expect(run.err.contains("huge.yaml:3:10: error: expected the version as a whole number from 1 to 1000000000, found \"1e300\""), "\(run.err)")
    }

    @Test func aTenMegabyteLineIsRefusedAndTheAnswersAfterItLand() throws {
        let workspace = try Workspace()
        let huge = String(repeating: "a", count: 10_000_000)
        let run = try workspace.debrief(input: huge + "\nAcme\nDesigner\n/pause\n")
        #expect(run.out.contains("That's more than 20,000 characters, the most one answer can hold."), "\(run.out.suffix(2000))")
        #expect(run.out.count < 100_000, "the refused line is not echoed back")
        #expect(try workspace.debrief("list").out.contains("Designer at Acme"))
    }
}
