import DebriefKit
import Foundation
import Testing

/// kill -9 at any point loses no accepted answer, and the debrief picks up where it was.
@Suite struct CrashTests {
    /// After the first answer, after 5, and at the end of each chapter of ``NaturalDebrief``:
    /// context (5), feelings (6), the five questions (18), the STAR example (21), wins (24).
    @Test(arguments: [1, 5, 6, 18, 21, 24])
    func killMinus9AfterKAnswersLosesNone(k: Int) async throws {
        let scenario = try Scenario()
        let process = try scenario.start([], connection: .pipes)
        _ = try process.expectPrompt()
        for line in NaturalDebrief.lines.prefix(k) { process.send(line + "\n") }
        // Every line brings one more prompt, and a session saves before it shows the next
        // question: once k more prompts are out, k answers must be on disk.
        for _ in 0..<k { _ = try process.expectPrompt(timeout: 30) }
        process.signal(SIGKILL)
        _ = try process.waitForExit()
        #expect(try await scenario.stored().first?.answers.count == k)

        let resumed = try scenario.start(["resume"], connection: .pipes)
        for line in NaturalDebrief.lines.dropFirst(k) { resumed.send(line + "\n") }
        #expect(try resumed.waitForExit() == 0, "\(resumed.transcript)")
        let debrief = try #require(try await scenario.stored().first)
        let accepted = debrief.transcript.compactMap { event -> String? in
            if case .answered(_, let raw) = event.kind { raw } else { nil }
        }
        #expect(accepted == NaturalDebrief.lines, "every line before and after the kill was kept, in order")
        #expect(debrief.isFinished)
    }
}
