import DebriefKit
import DebriefReflection
import DebriefSTAR
import DebriefTesting
import Testing

/// Editing a finished debrief, the "no reply" follow-up, and other plugins' answers in the summary.
@Suite struct EditAndNoReplyTests {
    @Test func aFinishedDebriefTakesAPlanAfterwards() async throws {
        let tester = try await ConversationTester.finished(changing: ["move.plan": "/skip"])
        let summary = try #require(try await tester.said(from: "move.summary").first)
        let id = try await tester.debrief().id.short
        #expect(summary.contains("• none yet — to add one later, run: debrief edit \(id)"))
        #expect(!summary.contains("/review"), "the summary promises only what a finished debrief allows")

        let edit = try await tester.resume()
        let plan = try #require(edit.allMessages.first { $0.text.contains("→ (skipped)") && $0.text.contains("Your first plan") })
        let number = try #require(plan.text.split(separator: "\n").first { $0.contains("Your first plan") }?.split(separator: ".").first)
        try await edit.send(String(number))
        await edit.expectAt("move.plan")
        try await edit.send(["If they ask about salary, I will give my researched range", "next friday", ""])
        edit.expect(contains: "Saved.")
        try await edit.send("done")
        await edit.expectOutcome(.completed)
        let stored = try #require(try await edit.stored())
        #expect(stored.status.isCompleted)
        #expect(stored["move.plan"] == .text("If they ask about salary, I will give my researched range"))
        #expect(ReflectionSummary(stored).text.contains("• If they ask about salary, I will give my researched range — by "))
    }

    @Test func noReplyAdviceNamesTheRoleAndTheDraft() async throws {
        let tester = try await ConversationTester.finished(changing: ["context.outcome": "no reply", "context.role": "Backend Engineer"])
        let followUp = try #require(try await tester.said(from: "move.followup").first)
        let id = try await tester.debrief().id.short
        #expect(followUp.contains("whether there's news on the Backend Engineer role (`debrief email \(id)` drafts it for you)"))
    }

    @Test func noReplyEmailAsksForNewsNotPointers() {
        let interview = Interview(company: "Globex", role: "Backend Engineer", outcome: "no reply")
        let email = FeedbackEmail(interview: interview, recipient: "Priya", sender: "Alex")
        #expect(email.subject == "Following up — Backend Engineer interview")
        #expect(email.body.hasPrefix("Dear Priya,\n\nI hope you're well. I interviewed for the Backend Engineer role at Globex, and I wanted to ask whether there's any news on the next steps."))
        #expect(email.body.contains("I'm still very interested in the role"))
        #expect(!email.body.contains("pointers") && !email.body.contains("strengthen") && !email.body.contains("your decision"))
        #expect(email.body.hasSuffix("Best regards,\nAlex"))
        #expect(FeedbackEmail(interview: Interview(outcome: "no reply")).subject == "Following up on my interview")
    }

    @Test func otherPluginsAnswersAppearInTheSummaryUnderTheirLabels() async throws {
        let extra = Chapter("energy", title: "Energy") {
            Ask("energy.level", "How much energy do you have for the search, from 1 to 10?", .scale(1...10)).labelled("Energy for the search")
            Ask("energy.next", "What is one small thing you'll do this week? (a call, an application, a walk)", .text())
        }.placed(.after("wins"))
        let tester = try await ConversationTester(flow: Flow(plugins: [.reflection, .star, Extra(chapter: extra)]))
        try await tester.run(answers: Script.standard.merging(["energy.level": "8", "energy.next": "Apply to two roles"]) { $1 })
        let summary = try #require(try await tester.said(from: "move.summary").first)
        #expect(summary.contains("More of your answers\n• Energy for the search: 8/10\n• What is one small thing you'll…: Apply to two roles"), "\(summary)")
        #expect(!summary.contains("energy.level") && !summary.contains("(a call"))
    }
}

/// A plugin made of one chapter, for tests.
private struct Extra: DebriefPlugin {
    let id = "extra"
    let chapter: Chapter
    var chapters: [Chapter] { [chapter] }
}

/// The interview facts, read the way people type them.
@Suite struct ContextReadingTests {
    @Test func theContextReadsPeoplesWords() async throws {
        let tester = try await ConversationTester(plugins: [.reflection, .star])
        try await tester.send("idk")
        tester.expect(contains: "Just checking: is “idk” the company's name?")
        await tester.expectAt("context.company")
        try await tester.send("Initech")
        try await tester.expectAnswer("context.company", .text("Initech"))
        try await tester.send(["Designer", "yesterday"])
        try await tester.send("no")
        tester.expect(contains: "“no” doesn't say which one.")
        await tester.expectAt("context.stage")
        try await tester.send(["2", "they ghosted me"])
        try await tester.expectAnswer("context.outcome", .choice("no reply"))
        #expect(try await tester.debrief().interview.outcome == "no reply")
    }
}
