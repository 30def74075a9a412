import DebriefKit
import DebriefTesting
import DebriefYAML
import Foundation
import Testing

/// `when: { history: … }`: YAML steps that depend on what earlier debriefs left.
@Suite struct YAMLHistoryTests {
    static let parser = YAMLPluginParser(knownStepIDs: YAMLSamplesTests.builtIn.stepIDs,
                                         knownChapterIDs: Set(YAMLSamplesTests.builtIn.chapters.map(\.id)))

    static let plugin = """
        id: check
        title: Check
        steps:
          - id: check.plans
            ask: Did last time's plan help?
            type: yes-partly-no
            when: { history: open-plans }
          - id: check.first
            say: Welcome to your first debrief.
            when: { history: first-debrief }
          - id: check.end
            ask: Anything else?
        """

    func tester(store: any DebriefStore) async throws -> ConversationTester {
        let plugin = try Self.parser.parse(Self.plugin, file: "check.yaml")
        let tester = try await ConversationTester(plugins: [YAMLSamplesTests.BuiltIn(), plugin], store: store)
        try await tester.send(["Acme", "Designer", "yes", "/skip"])
        return tester
    }

    @Test func anOpenPlanFromAnEarlierDebriefOpensTheStep() async throws {
        let store = InMemoryStore()
        var earlier = Debrief(id: DebriefID(rawValue: "earlier"), createdAt: Date(timeIntervalSince1970: 1_790_000_000))
        earlier.answers[StepKey("move.plan")] = Answer(value: .text("If they ask, I will answer"), raw: "", answeredAt: earlier.createdAt)
        _ = try await store.save(earlier, expectedRevision: 0)
        let tester = try await tester(store: store)
        await tester.expectAt("check.plans")
        #expect(try await tester.said(from: "check.first").isEmpty)
    }

    @Test func aFirstDebriefSkipsItAndSaysTheWelcome() async throws {
        let tester = try await tester(store: InMemoryStore())
        await tester.expectAt("check.end")
        #expect(try await tester.said(from: "check.first") == ["Welcome to your first debrief."])
    }

    @Test(arguments: [
        ("{ history: open-plan }", "\"open-plan\" is not something the history can show; use one of open-plans, first-debrief, returning-question; did you mean \"open-plans\"?"),
        ("{ history: open-plans, step: a }", "`history` stands alone in a condition; combine it with others using all, any or not"),
        ("{ history: returning-question }", "returning-question compares the hard questions of \"reflect.struggled.list\", which no plugin asks; load the reflection plugin too"),
    ])
    func aWrongHistoryConditionIsExplained(condition: String, message: String) {
        let yaml = "id: x\ntitle: T\nsteps:\n  - id: a\n    ask: Q?\n  - id: b\n    ask: R?\n    when: \(condition)\n"
        do {
            _ = try Self.parser.parse(yaml, file: "p.yaml")
            Issue.record("\(condition) was accepted")
        } catch {
            #expect(error.errors.map(\.message) == [message])
        }
    }
}
