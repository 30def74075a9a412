import DebriefKit
import Foundation
import Testing

/// Two debriefs in a row through the real binary: the second follows up the first one's plan
/// and names the hard question that came back.
@Suite(.serialized) struct MemoryTests {
    static let plan = "Next time, if they ask about conflict, I will tell the release story"

    /// The answers both debriefs share, by words of the question they answer.
    static let common = [
        ("Which company", "Globex"), ("What was the role", "Designer"), ("When was your last interview", "yesterday"),
        ("How far did you get", "2"), ("How did the news come", "1"), ("How are you feeling", "3"),
        ("Did you answer their questions", "partly"), ("A second plan", ""), ("polite email", "no"),
    ]

    /// Runs one whole debrief in a terminal. A question containing the words of an entry of
    /// `answers` gets its answer first; every question falls back on ``Scenario/answers``.
    /// Returns what was shown, as one line.
    static func debrief(in scenario: Scenario, answering answers: [(String, String)]) throws -> String {
        let process = try scenario.start()
        var prompt: (position: Int, before: String)? = try process.expectPrompt()
        var turns = 0
        while let current = prompt, turns < 200 {
            turns += 1
            let question = CoachTerminalTests.flattened(current.before.components(separatedBy: "\n\n").last ?? "")
            let own = answers.first { question.contains($0.0) }.map { [$0.1] } ?? []
            prompt = nil
            for line in own + Scenario.answers + ["/skip"] {
                process.send(line + "\r")
                guard let next = try? process.expectPrompt() else { break }
                if next.position != current.position {
                    prompt = next
                    break
                }
            }
        }
        #expect(try process.waitForExit() == 0)
        return CoachTerminalTests.flattened(process.transcript)
    }

    @Test func theSecondDebriefFollowsUpThePlanAndNamesTheReturningQuestion() async throws {
        let scenario = try Scenario()
        let first = try Self.debrief(in: scenario, answering: Self.common + [
            ("Which questions were hard", "Tell me about a conflict with a colleague; Why should we hire you?"),
            ("Your first plan", Self.plan),
        ])
        #expect(!first.contains("Last time ("), "a first debrief has nothing to follow up")
        let earlier = try #require(try await scenario.stored().first)

        let second = try Self.debrief(in: scenario, answering: Self.common + [
            ("Did you get to try it", "yes"),
            ("How did it go", "It came up, and the story landed"),
            ("What shall I do with this plan", "done"),
            ("Which questions were hard", "Describe a conflict you had with colleagues; What do you know about us?"),
            ("Would you like to work on it", "3"),
            ("Your first plan", "If they ask about salary, I will give my range"),
        ])
        #expect(second.contains("Last time (Globex, "))
        #expect(second.contains("you planned: “\(Self.plan)”. Did you get to try it?"))
        #expect(second.contains("Marked done in that debrief"))
        #expect(second.contains("“Describe a conflict you had with colleagues”: this is the second time a question like this was hard."))
        #expect(second.contains("you've now carried out one of the plans"))

        let stored = try await scenario.stored()
        let updated = try #require(stored.first { $0.id == earlier.id })
        let later = try #require(stored.first { $0.id != earlier.id })
        #expect(updated.answers[StepKey("move.plan.done", item: 1)] != nil)
        #expect(updated.answers[DebriefHistory.Keys.default.followUp(by: later.id, item: 1)]?.raw == "It came up, and the story landed")
        #expect(later.answers[StepKey("followup.1.tried")]?.value == .choice("yes"))

        let plans = try scenario.start(["plans"], connection: .pipes)
        #expect(try plans.waitForExit() == 0)
        #expect(plans.transcript.contains("\(Self.plan)  [done "), "\(plans.transcript)")

        let shown = try scenario.start(["show", earlier.id.short], connection: .pipes)
        #expect(try shown.waitForExit() == 0)
        #expect(shown.transcript.contains("✓ done"), "\(shown.transcript)")
        #expect(!shown.transcript.contains("move.plan.followup"), "the follow-up record is not shown as a raw answer")
    }

    @Test func anImportedDebriefIsFollowedUpTheSameWay() async throws {
        let original = try Scenario()
        _ = try Self.debrief(in: original, answering: Self.common + [("Your first plan", Self.plan)])
        let archive = original.folder.appendingPathComponent("archive.json").path
        let export = try original.start(["export", "--output", archive], connection: .pipes)
        #expect(try export.waitForExit() == 0, "\(export.transcript)")

        let scenario = try Scenario()
        let load = try scenario.start(["import", archive], connection: .pipes)
        #expect(try load.waitForExit() == 0, "\(load.transcript)")
        let second = try Self.debrief(in: scenario, answering: Self.common + [
            ("Did you get to try it", "not yet"), ("What shall I do with this plan", "carry forward"),
        ])
        #expect(second.contains("you planned: “\(Self.plan)”. Did you get to try it?"))
        #expect(second.contains("That's fine — a plan waits for the moment it was made for."))
        #expect(second.contains("Kept open"))
        let imported = try #require(try await scenario.stored().first { $0.answers[StepKey("move.plan")] != nil && $0.answers[StepKey("followup.1.tried")] == nil })
        #expect(imported.answers.keys.contains { $0.stepID.hasPrefix("move.plan.followup.") })
    }
}
