import DebriefKit
import Foundation
import Testing

/// Editing a finished debrief, the "no reply" email, and YAML plugin answers under their
/// labels: the real binary in a pseudo-terminal.
@Suite(.serialized) struct EditAndLabelTests {
    /// A YAML plugin after "What went well": a 1–10 scale with a label, and a question without one.
    static let energyPlugin = """
        id: energy
        title: Energy
        placement:
          after: wins
        steps:
          - id: energy.level
            ask: How much energy do you have for the search, from 1 to 10?
            type: scale
            max: 10
            label: Energy for the search
          - id: energy.next
            ask: "What is one small thing you'll do this week? (a call, an application, a walk)"
        """

    /// Types `lines` one prompt at a time in a new debrief, until it completes and the process exits 0.
    static func debrief(_ scenario: Scenario, _ lines: [String]) throws -> DebriefProcess {
        let process = try scenario.start()
        _ = try process.expectPrompt()
        for line in lines.dropLast() {
            process.send(line + "\r")
            _ = try process.expectPrompt()
        }
        process.send((lines.last ?? "") + "\r")
        #expect(try process.waitForExit() == 0, "\(process.transcript)")
        return process
    }

    /// The output of a command that prints and exits, run in the pseudo-terminal.
    static func output(_ scenario: Scenario, _ arguments: [String]) throws -> String {
        let process = try scenario.start(arguments)
        #expect(try process.waitForExit() == 0, "\(process.transcript)")
        return process.transcript.replacingOccurrences(of: "\r", with: "")
    }

    /// The number `/review` gives the question that starts with `question`.
    static func number(of question: String, in text: String) throws -> String {
        let pattern = try Regex("(\\d+)\\. " + NSRegularExpression.escapedPattern(for: question))
        guard let match = text.firstMatch(of: pattern), let number = match.output[1].substring else {
            throw DebriefProcess.Failure(description: "No “\(question)” in the list:\n\(text)")
        }
        return String(number)
    }

    @Test func aFinishedDebriefCanBeEditedAndIsCompleteAgain() async throws {
        let scenario = try Scenario()
        _ = try Self.debrief(scenario, NaturalDebrief.lines)
        let finished = try #require(try await scenario.stored().first)
        #expect(finished.status.isCompleted)
        #expect(finished["move.plan2"] == .skipped)

        let edit = try scenario.start(["edit", finished.id.short])
        let list = try edit.expect("done when you're finished.")
        #expect(list.contains("This debrief is complete. You can change any answer here, or add a plan"))
        #expect(list.contains("How far did you get?") && !list.contains("1 phone screen"), "the list shows questions without their options")
        let elsewhere = try scenario.start(["edit", finished.id.short])
        #expect(try elsewhere.waitForExit() != 0, "a second window never edits the same debrief")
        #expect(elsewhere.transcript.contains("open in another window"), "\(elsewhere.transcript)")
        edit.send(try Self.number(of: "Your first plan", in: list) + "\r")
        _ = try edit.expectPrompt()
        edit.send("Next time, if they ask about conflict, I will open with the outcome\r")
        try edit.expect("Saved.")
        edit.send(try Self.number(of: "A second plan", in: list) + "\r")
        _ = try edit.expectPrompt()
        edit.send("If I blank on a question, I will ask for a moment to think\r")
        let date = try edit.expectPrompt()
        #expect(date.before.contains("And by when for that one?"), "a new plan opens its date question")
        edit.send("in 2 weeks\r")
        try edit.expect("Saved.")
        edit.send("done\r")
        try edit.expect("the debrief is complete again")
        #expect(try edit.waitForExit() == 0)

        let edited = try #require(try await scenario.stored().first)
        #expect(edited.status.isCompleted, "done leaves it finished, not in progress")
        #expect(edited.revision > finished.revision)
        #expect(edited["move.plan"] == .text("Next time, if they ask about conflict, I will open with the outcome"))
        #expect(edited["move.plan2"] == .text("If I blank on a question, I will ask for a moment to think"))
        #expect(edited["move.plan2.date"] != nil)
        #expect(edited.transcript.contains { if case .answered(StepKey("move.plan"), "Next time, if they ask about conflict, I will open with the outcome") = $0.kind { true } else { false } })
        #expect(edited.transcript.count > finished.transcript.count)

        // `resume ID` on a finished debrief opens the same review instead of leaving.
        let resume = try scenario.start(["resume", finished.id.short])
        try resume.expect("done when you're finished.")
        resume.send("done\r")
        #expect(try resume.waitForExit() == 0)
    }

    @Test func noReplyGetsAFollowUpEmailThatAsksForNews() async throws {
        let scenario = try Scenario()
        var lines = Array(NaturalDebrief.lines.dropLast(3))
        lines[4] = "no reply"
        let run = try Self.debrief(scenario, lines)
        let said = CoachTerminalTests.flattened(run.transcript)
        #expect(said.contains("whether there's news on the Product Designer role"), "\(said)")
        let id = try #require(try await scenario.stored().first).id.short
        #expect(said.contains("debrief email \(id)"))

        let email = try Self.output(scenario, ["email", id])
        #expect(email.contains("Subject: Following up — Product Designer interview"))
        #expect(email.contains("I wanted to ask whether there's any news on the next steps."))
        #expect(email.contains("I'm still very interested in the role"))
        #expect(!email.contains("pointers") && !email.contains("strengthen"))
    }

    @Test func yamlPluginAnswersShowUnderTheirLabels() async throws {
        let scenario = try Scenario()
        let plugins = scenario.folder.appendingPathComponent("config/debrief/plugins")
        try FileManager.default.createDirectory(at: plugins, withIntermediateDirectories: true)
        try Data(Self.energyPlugin.utf8).write(to: plugins.appendingPathComponent("energy.yaml"))
        var lines = NaturalDebrief.lines
        let fitNote = try #require(lines.firstIndex { $0.hasPrefix("A small team") })
        lines.insert(contentsOf: ["8", "Apply to two roles"], at: fitNote + 1)
        let run = try Self.debrief(scenario, lines)
        let summary = CoachTerminalTests.flattened(run.transcript)
        #expect(summary.contains("More of your answers • Energy for the search: 8/10 • What is one small thing you'll…: Apply to two roles"), "\(summary)")

        let id = try #require(try await scenario.stored().first).id.short
        let shown = try Self.output(scenario, ["show", id])
        #expect(shown.contains("Energy for the search: 8/10"), "\(shown)")
        #expect(shown.contains("What is one small thing you'll…: Apply to two roles"))
        for leak in ["energy.", "star.", "reflect.", "move.", "8/5", "(a call"] {
            #expect(!shown.contains(leak), "`show` leaks “\(leak)”")
        }
        let found = try Self.output(scenario, ["search", "two", "roles"])
        #expect(found.contains("[What is one small thing you'll…]") && !found.contains("energy.next"), "\(found)")
    }
}
