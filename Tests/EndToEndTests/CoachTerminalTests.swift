import DebriefKit
import Foundation
import Testing

/// What the coach says, seen in the real binary in a pseudo-terminal.
@Suite(.serialized) struct CoachTerminalTests {
    /// The article's ideas, as the coach words them: each must reach every debrief once.
    static let articleIdeas = [
        "runs both ways",                   // fit: it runs both ways
        "not a verdict on you",             // a no is not a verdict on you
        "most people who apply don't get it", // most applicants don't get any given job
        "far from alone",                   // you are not alone
        "not to go over it again and again", // learning, not rumination
        "practice for the one that says yes", // each interview is practice
        "a step closer",                    // a step closer
        "more openings ahead",              // more openings ahead
        "Keep applying",                    // keep applying
    ]

    /// Starts a debrief and answers the interview facts and the mood; returns the next prompt.
    static func start(_ scenario: Scenario, mood: String) throws -> (DebriefProcess, Int) {
        let process = try scenario.start()
        _ = try process.expectPrompt()
        var position = 0
        for line in ["Acme", "Designer", "yesterday", "2", "1", mood] {
            process.send(line + "\r")
            position = try process.expectPrompt().position
        }
        return (process, position)
    }

    /// The transcript as one line: coach messages wrap to the terminal width.
    static func flattened(_ text: String) -> String {
        text.replacingOccurrences(of: "\r", with: "").split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    @Test(arguments: ["1", "4"])
    func everyMoodHearsEveryIdeaOfTheArticleOnce(mood: String) throws {
        let scenario = try Scenario()
        let (process, first) = try Self.start(scenario, mood: mood)
        var position = first
        var turns = 0
        while let next = try Scenario.answer(process, at: position), turns < 200 {
            position = next
            turns += 1
        }
        #expect(try process.waitForExit() == 0)
        let said = Self.flattened(process.transcript)
        for idea in Self.articleIdeas {
            #expect(said.components(separatedBy: idea).count - 1 == 1, "mood \(mood): “\(idea)” is not said exactly once")
        }
    }

    @Test func aSelfVerdictAfterPartlyGetsAWarmReplyAndAnInvitationToReword() async throws {
        let scenario = try Scenario()
        let (process, position) = try Self.start(scenario, mood: "4")
        process.send("partly, I'm useless at interviews\r")
        let invited = try process.expectPrompt()
        #expect(invited.position == position)
        let said = Self.flattened(invited.before)
        #expect(said.contains(Self.flattened(SelfTalk.reply(to: .label))))
        #expect(said.contains("more fairly"))
        process.send("the portfolio part ran long this time\r")
        let next = try process.expectPrompt()
        #expect(next.position == position + 1)
        process.send("\u{4}")
        #expect(try process.waitForExit() == 0)
        let answers = try await scenario.stored().first?.answers
        #expect(answers?[StepKey("reflect.prepared")]?.raw == "partly, the portfolio part ran long this time")
    }
}
