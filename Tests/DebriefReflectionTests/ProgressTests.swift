import DebriefKit
import DebriefReflection
import DebriefSTAR
import DebriefTesting
import Testing

/// The progress counter and the STAR opening, through the whole built-in flow.
@Suite struct ProgressTests {
    @Test func theCounterMovesThroughTheSTARPartsAndItsTotalStaysSteady() async throws {
        let tester = try await ConversationTester(plugins: [.reflection, .star])
        var states: [PromptState] = []
        var answers = Script.standard
        answers["star.example"] = nil
        for _ in 0..<200 {
            guard await tester.session.outcome == .continuing, let state = await tester.session.promptState else { break }
            states.append(state)
            if state.step.rawValue == "star.example" {
                try await tester.send(["Two leads disagreed about a release.", "I owned the release plan.",
                                       "I met each lead and I pulled the bug data.", "We shipped on time."][min(state.position - states.first { $0.step.rawValue == "star.example" }!.position, 3)])
                continue
            }
            try await tester.send(answers[state.step.rawValue] ?? answers[state.step.stepID] ?? "/skip")
        }
        await tester.expectOutcome(.completed)
        let star = states.filter { $0.step.rawValue == "star.example" }.map(\.position)
        #expect(star.count == 4 && star == Array(star[0]...(star[0] + 3)), "one step per part: \(star)")
        let totals = states.map(\.total)
        // Before, the total doubled on the way ([1/16] … [33/33]); now branches move it by a quarter at most.
        #expect(totals.max()! - totals.min()! <= totals.last! / 4, "the total stays steady: \(totals)")
        #expect(states.last!.position == states.last!.total, "the last question is n of n: \(states.last!.progress)")
        #expect(zip(states, states.dropFirst()).allSatisfy { $0.position <= $1.position }, "the counter never goes back")
    }

    @Test func afterSkippingTheSTARQuestionTheOpeningStandsOnItsOwn() async throws {
        let tester = try await ConversationTester(plugins: [.reflection, .star])
        try await tester.run(until: "star.question")
        try await tester.send("/skip")
        await tester.expectAt("star.example")
        tester.expect(notContains: "that question")
        tester.expect(contains: "Let's build one example from your past")
    }
}
