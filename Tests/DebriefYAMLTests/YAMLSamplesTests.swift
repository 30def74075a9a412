import DebriefKit
import DebriefTesting
import DebriefYAML
import Foundation
import Testing

/// The sample plugins in Examples/yaml load and run as a person would use them.
@Suite struct YAMLSamplesTests {
    static let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Examples/yaml").path

    /// A stand-in for the built-in flow: the chapters the samples place themselves around.
    static let builtIn = Flow([
        Chapter("context", title: "Context") {
            Ask("context.company", "Company?", .text()).records(.company)
            Ask("context.role", "Role?", .text()).records(.role)
        },
        Chapter("reflect", title: "Reflect") { Ask("reflect.prepared", "Prepared?", .yesPartlyNo) },
        Chapter("move", title: "Move forward") { Ask("move.plan", "Plan?", .text()) },
    ])

    static func load(_ name: String) throws -> YAMLPlugin {
        let parser = YAMLPluginParser(knownStepIDs: builtIn.stepIDs, knownChapterIDs: Set(builtIn.chapters.map(\.id)))
        return try YAMLPluginDirectory.loadFile("\(examples)/\(name)", parser: parser)
    }

    struct BuiltIn: DebriefPlugin {
        let id = "built-in"
        var chapters: [Chapter] { YAMLSamplesTests.builtIn.chapters }
    }

    static func tester(_ plugin: YAMLPlugin) async throws -> ConversationTester {
        try await ConversationTester(plugins: [BuiltIn(), plugin])
    }

    @Test func everySampleLoadsAndIsPlaced() throws {
        let discovery = YAMLPluginDirectory.load(from: [Self.examples], builtIn: Self.builtIn)
        #expect(discovery.failures.isEmpty, "\(discovery.failures)")
        #expect(discovery.plugins.map(\.id) == ["panel", "salary", "technical"])
        let flow = Flow(plugins: [BuiltIn()] + discovery.plugins)
        #expect(flow.chapters.map(\.id) == ["context", "panel", "reflect", "technical", "salary", "move"])
        #expect(flow.problems.isEmpty)
    }

    @Test func technicalInterviewRunsWithItsBranchesAndRepetition() async throws {
        let t = try await Self.tester(try Self.load("technical-interview.yaml"))
        try await t.send(["Acme", "Engineer", "yes", "yes", "live"])
        try await t.expectAnswer("technical.format", .choice("live coding"))
        try await t.send("2")
        t.expect(contains: "Reaching it is expected")
        try await t.send(["recursion; naming", "two tree problems a week"])
        t.expect(contains: "so that \"naming\" goes better")
        try await t.send(["rename early", "kinda"])
        t.expect(contains: "every round gives you new reps")
        try await t.send("a plan")
        await t.expectOutcome(.completed)
        try await t.expectAnswer("technical.practice#2", .text("rename early"))
        try await t.expectAnswer("technical.thinking-aloud", .yesPartlyNo(.partly))
    }

    @Test func technicalInterviewSkipsItsQuestionsWhenThereWasNoTechnicalPart() async throws {
        let t = try await Self.tester(try Self.load("technical-interview.yaml"))
        try await t.send(["Acme", "Engineer", "yes", "no"])
        t.expect(contains: "every round gives you new reps")
        await t.expectAt("move.plan")
    }

    @Test func salaryConversationUsesTheRoleAndBranches() async throws {
        let t = try await Self.tester(try Self.load("salary-conversation.yaml"))
        try await t.send(["Acme", "Designer", "partly", "yes", "they did", "2"])
        t.expect(contains: "usual range for Designer beforehand")
        try await t.send(["no", "levels sites; a friend in the field", "I'm looking at 55 to 60."])
        await t.expectAt("move.plan")
        try await t.expectAnswer("salary.sources", .list(["levels sites", "a friend in the field"]))
    }

    @Test func panelInterviewRunsRightAfterContext() async throws {
        let t = try await Self.tester(try Self.load("panel-interview.yaml"))
        try await t.send(["Acme", "Designer"])
        t.expect(contains: "interviewed by a panel")
        try await t.send(["yes", "3", "the CTO; the recruiter", "not really"])
        t.expect(contains: "glance around the panel")
        await t.expectAt("reflect.prepared")
        try await t.expectAnswer("panel.size", .choice("3"))
    }

    @Test func theStarterTemplateValidatesAndRuns() async throws {
        let text = YAMLPluginTemplate.starter(name: "My Extra Questions")
        let parser = YAMLPluginParser(knownStepIDs: Self.builtIn.stepIDs, knownChapterIDs: Set(Self.builtIn.chapters.map(\.id)))
        let plugin = try parser.parse(text, file: "my-extra-questions.yaml")
        #expect(plugin.id == "my-extra-questions")
        let t = try await Self.tester(plugin)
        try await t.send(["Acme", "Designer", "yes"])
        t.expect(contains: "about Acme")
        try await t.send(["yes", "the live demo", "2"])
        t.expect(contains: "A short break is part of the process")
        try await t.send(["sql; testing", "next monday", "in 2 weeks", "a plan"])
        await t.expectOutcome(.completed)
    }

    @Test func aBrokenFileIsReportedAndTheRestStillLoad() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("debrief-yaml-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try YAMLPluginTemplate.starter(name: "good").write(to: folder.appendingPathComponent("a-good.yaml"), atomically: true, encoding: .utf8)
        try "id: broken\ntitle: Broken\nsteps:\n  - id: x\n    tpye: text\n    ask: Hi?\n"
            .write(to: folder.appendingPathComponent("b-broken.yaml"), atomically: true, encoding: .utf8)
        try YAMLPluginTemplate.starter(name: "good").write(to: folder.appendingPathComponent("c-duplicate.yml"), atomically: true, encoding: .utf8)
        try Data([0x69, 0x64, 0x3A, 0xFF, 0xFE]).write(to: folder.appendingPathComponent("d-binary.yaml"))
        try "not a plugin".write(to: folder.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        let discovery = YAMLPluginDirectory.load(from: [folder.path, folder.path + "/missing"], builtIn: Self.builtIn)
        #expect(discovery.plugins.map(\.id) == ["good"])
        let messages = discovery.failures.map(\.description)
        #expect(messages.count == 3)
        #expect(messages[0].hasSuffix("b-broken.yaml:5:5: error: unknown key \"tpye\" in a step; did you mean \"type\"?; allowed keys: " + stepKeyList))
        #expect(messages[1].contains("c-duplicate.yml") && messages[1].contains("already"))
        #expect(messages[2].contains("d-binary.yaml: error: the file is not UTF-8 text"))
    }

    @Test func theConfigurationReordersAndDisablesChapters() throws {
        let configuration = try YAMLConfiguration.parse("order: [reflect]\ndisabled: [move]\n", file: "config.yaml",
                                                        chapterIDs: ["context", "reflect", "move"])
        #expect(configuration == FlowConfiguration(order: ["reflect"], disabled: ["move"]))
        #expect(throws: YAMLPluginErrors.self) {
            try YAMLConfiguration.parse("disabled: [reflekt]\n", file: "config.yaml", chapterIDs: ["reflect"])
        }
        #expect(try YAMLConfiguration.load("/nonexistent/config.yaml", chapterIDs: []) == FlowConfiguration())
    }
}

/// The allowed step keys as error messages list them.
let stepKeyList = "id, ask, say, type, optional, max-length, options, allow-other, min, max, low, high, direction, min-items, max-items, when, for-each, help, records, reactions, label"
