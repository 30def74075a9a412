import DebriefKit
import DebriefSTAR
import DebriefTesting
import Testing

@Suite("STAR chapter")
struct STARChapterTests {
    static let pre = Chapter("pre", title: "Before") {
        Ask("pre.list", "Which questions were hard?", .list())
    }

    /// The STAR chapter on its own, offering the questions of `pre.list`.
    func tester(withList: Bool = false) async throws -> ConversationTester {
        let star = STARPlugin(askedWhen: nil, questionsFrom: withList ? "pre.list" : nil, placedAfter: nil)
        return try await ConversationTester(flow: Flow((withList ? [Self.pre] : []) + star.chapters))
    }

    static let weak = ["Our launch slipped by a month.", "I had to get it back on track.", "We replanned and we talked to the client.", "It went fine."]

    @Test func theExampleIsAskedPartByPartThenHintsQuoteTheirEvidence() async throws {
        let tester = try await tester()
        tester.expect(contains: "situation, task, action, result")
        try await tester.send("Tell me about a time a project slipped")
        tester.expect(contains: "Let's build your answer to “Tell me about a time a project slipped”")
        try await tester.send(Self.weak[0])
        tester.expect(contains: "Task:")
        try await tester.send(Self.weak[1])
        tester.expect(contains: "Action:")
        try await tester.send(Self.weak[2])
        tester.expect(contains: "Result:")
        try await tester.send(Self.weak[3])
        tester.expect(contains: STARReview.hintsHeading)
        tester.expect(contains: "Your part")
        tester.expect(contains: "“We replanned and we talked to the client.” (action)")
        tester.expect(contains: "“It went fine.” (result)")
        await tester.expectAt("star.next.1")
        let shown = try #require(try await tester.said(from: "star.hints").first)
        let example = try #require(STARReview(from: try await tester.debrief()))
        // A slipped project is a setback, so a learning is asked for; "we" already covers the steps.
        #expect(example.hints.map(\.kind) == [.ownership, .noLearning, .resultWithoutNumber])
        for hint in example.hints { #expect(shown.contains("“\(hint.evidence)”")) }
    }

    @Test func revisingAPartStoresTheWholeNewVersionAndItsHints() async throws {
        let tester = try await tester()
        try await tester.send(["Tell me about a time a project slipped"] + Self.weak)
        try await tester.send("revise the action")
        await tester.expectAt("star.revise.1")
        tester.expect(contains: "Here's your action as it stands:\n“We replanned and we talked to the client.”")
        try await tester.send("I rebuilt the plan. I called the client. I moved two people onto testing.")
        tester.expect(notContains: "Your part")
        tester.expect(contains: "“It went fine.” (result)")
        try await tester.send("change the result")
        tester.expect(contains: "“It went fine.”")
        try await tester.send("We shipped 3 weeks later than first planned, with no open bugs.")
        try await tester.send("keep it")
        await tester.expectOutcome(.completed)
        let revised = STARAnswer(situation: Self.weak[0], task: Self.weak[1],
                                 action: "I rebuilt the plan. I called the client. I moved two people onto testing.",
                                 result: "We shipped 3 weeks later than first planned, with no open bugs.")
        try await tester.expectAnswer("star.revise.2", .star(revised))
        let stored = try #require(try await tester.stored())
        #expect(stored.answers[StepKey("star.revise.1")]?.raw == "I rebuilt the plan. I called the client. I moved two people onto testing.")
        let example = try #require(STARReview(from: stored))
        #expect(example.answer == revised)
        #expect(example.revisions == [.action, .result])
        #expect(example.hints == STARCoach().hints(for: revised, question: "Tell me about a time a project slipped"))
        #expect(example.hints.map(\.kind) == [.noLearning, .tooShort])
        #expect(try await tester.said(from: "star.hints.2").first?.contains(example.hints[0].evidence) == true)
    }

    @Test func threeRoundsAtMostThenTheChapterCloses() async throws {
        let tester = try await tester()
        try await tester.send(["Tell me about a time a project slipped"] + Self.weak)
        for part in ["situation", "task", "result"] {
            try await tester.send(part)
            try await tester.send("New \(part) text with 2 numbers, 3 of them.")
        }
        tester.expect(contains: "saved with this debrief")
        await tester.expectOutcome(.completed)
        #expect(STARReview(from: try await tester.debrief())?.revisions == [.situation, .task, .result])
    }

    @Test func keepingFirstLeavesTheFirstVersionFinal() async throws {
        let tester = try await tester()
        try await tester.send(["Tell me about a time a project slipped"] + Self.weak)
        try await tester.send("fine")
        await tester.expectOutcome(.completed)
        try await tester.expectAnswer("star.next.1", .choice("keep"))
        #expect(STARReview(from: try await tester.debrief())?.revisions == [])
    }

    @Test func unclearDecisionsGetASpecificReason() async throws {
        let tester = try await tester()
        try await tester.send(["Tell me about a time a project slipped"] + Self.weak)
        try await tester.send("revise it")
        tester.expect(contains: "Which part? Type keep, or one of situation, task, action, result")
        try await tester.send("the ending")
        tester.expectLast(.reason)
        try await tester.send("2")
        await tester.expectAt("star.revise.1")
        tester.expect(contains: "Here's your situation as it stands")
    }

    @Test func backToTheDecisionAndKeepingDropsTheRevision() async throws {
        let tester = try await tester()
        try await tester.send(["Tell me about a time a project slipped"] + Self.weak)
        try await tester.send("action")
        try await tester.send("I rebuilt the plan. I called the client. I moved two people onto testing.")
        await tester.expectAt("star.next.2")
        try await tester.send("/back")
        try await tester.send("/back")
        await tester.expectAt("star.next.1")
        try await tester.send("keep")
        await tester.expectOutcome(.completed)
        let example = try #require(STARReview(from: try await tester.debrief()))
        #expect(example.revisions == [])
        #expect(example.answer.action == Self.weak[2])
    }

    @Test func theQuestionCanBePickedFromAnEarlierListByNumberOrText() async throws {
        let tester = try await tester(withList: true)
        try await tester.send("Tell me about a conflict; Why us?")
        tester.expect(contains: "1. Tell me about a conflict\n  2. Why us?")
        try await tester.send("7")
        tester.expect(contains: "There's no question 7 — pick 1 to 2")
        try await tester.send("2")
        try await tester.expectAnswer("star.question", .text("Why us?"))
        let byText = try await self.tester(withList: true)
        try await byText.send(["Tell me about a conflict; Why us?", "tell me about a CONFLICT"])
        try await byText.expectAnswer("star.question", .text("Tell me about a conflict"))
        let fresh = try await self.tester(withList: true)
        try await fresh.send(["Tell me about a conflict; Why us?", "Tell me about a time you led a team"])
        try await fresh.expectAnswer("star.question", .text("Tell me about a time you led a team"))
        #expect(try await fresh.stored()?.answers[StepKey("star.question")]?.raw == "Tell me about a time you led a team")
    }

    @Test func aPastedLabelledExampleIsReadInOneGo() async throws {
        let tester = try await tester()
        try await tester.send("Tell me about a time a project slipped")
        try await tester.send("Situation: \(Self.weak[0]) Task: \(Self.weak[1]) Action: \(Self.weak[2]) Result: \(Self.weak[3])")
        await tester.expectAt("star.next.1")
        try await tester.expectAnswer("star.example", .star(STARAnswer(situation: Self.weak[0], task: Self.weak[1], action: Self.weak[2], result: Self.weak[3])))
    }

    @Test func byDefaultTheChapterDependsOnTheReflectionsStepIDs() {
        let problems = Flow(plugins: [.star]).problems
        #expect(problems.contains { $0.contains("\"reflect.examples\", which is not a step in this flow") })
        #expect(Flow(plugins: [STARPlugin(askedWhen: nil, questionsFrom: nil, placedAfter: nil)]).problems.isEmpty)
    }

    @Test func skippingTheExampleSkipsTheHintsAndRounds() async throws {
        let tester = try await tester()
        try await tester.send(["/skip", "/skip"])
        await tester.expectOutcome(.completed)
        #expect(try await tester.said(from: "star.hints").isEmpty)
        #expect(try await tester.said(from: "star.done").isEmpty)
        #expect(STARReview(from: try await tester.debrief()) == nil)
    }
}
