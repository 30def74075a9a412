import DebriefKit
import DebriefReflection
import DebriefSTAR
import DebriefTesting
import Testing

@Suite("Rumination guard in the flow")
struct RuminationGuardFlowTests {
    @Test func oneReframePerChapterAtMost() async throws {
        let tester = try await ConversationTester(plugins: [.reflection, .star])
        try await tester.run(until: "reflect.prepared.gaps", answers: ["reflect.prepared": "no"])
        try await tester.send("I always freeze on salary questions; no salary research")
        tester.expect(contains: "I noticed “always”")
        try await tester.send("no")
        try await tester.send("I never know what to read about a company")
        tester.expect(notContains: "I noticed")
        await tester.expectAt("reflect.why")
        try await tester.run(until: "wins.list")
        try await tester.send("Nothing; I'm useless at interviews")
        tester.expect(contains: "“Useless” is a hard thing to call yourself")
        #expect(try await tester.said(from: "reaction:rumination@reflect").count == 1)
        #expect(try await tester.said(from: "reaction:rumination@wins").count == 1)
    }

    @Test func theReframeComesAgainInTheSTARChapter() async throws {
        let tester = try await ConversationTester.finished(changing: [
            "reflect.prepared.gaps": "I never prepare enough",
            "star.revise.1": "I always mess these up, but I met each lead. I pulled the data. I proposed a plan.",
        ])
        #expect(try await tester.said(from: "reaction:rumination@reflect").count == 1)
        #expect(try await tester.said(from: "reaction:rumination@star").count == 1)
    }

    @Test func aCompanyNamedNothingIsJustAName() async throws {
        let tester = try await ConversationTester(plugins: [.reflection, .star])
        try await tester.send("Nothing")
        tester.expect(notContains: "I noticed")
        try await tester.expectAnswer("context.company", .text("Nothing"))
    }

    /// Free-text steps (not yes/partly/no, scale, date or choice) carry the guard, except those that ask for a name.
    @Test func everyFreeTextStepCarriesTheGuard() {
        let names: Set<String> = ["context.company", "context.role", "move.feedback.to"]
        let steps = Flow(plugins: [.reflection, .star]).chapters.flatMap(\.steps).filter { step in
            guard let prompt = step.prompt, !names.contains(step.id), !step.id.hasPrefix("star.next") else { return false }
            return !(prompt is YesPartlyNoPrompt || prompt is ScalePrompt || prompt is DatePrompt || prompt is ChoicePrompt)
        }
        #expect(steps.count == 16)
        for step in steps {
            #expect(step.reactions.contains { $0.id == "rumination" && $0.oncePerChapter }, "\(step.id) has no guard")
        }
    }
}
