import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The command surface: starting, offering to resume, `resume` with and without an id.
@Suite(.serialized) struct CommandLineTests {
    /// Leaves one unfinished debrief at question 2; returns its short id.
    func pausedAtTheSecondQuestion(_ scenario: Scenario) throws -> String {
        let process = try scenario.start()
        try Scenario.answer(process, at: process.expectPrompt().position)
        process.send("\u{4}")
        _ = try process.waitForExit()
        return try Scenario.resumeID(in: process.transcript)
    }

    /// Starts `debrief`, waits for the offer naming `id`, replies, and pauses at the question
    /// that follows; returns that question's position.
    func position(afterReplying reply: String, toTheOfferOf id: String, in scenario: Scenario) throws -> Int {
        let process = try scenario.start()
        try process.expect(id)
        process.send(reply + "\r")
        let position = try process.expectPrompt().position
        process.send("\u{4}")
        _ = try process.waitForExit()
        return position
    }

    @Test func startingAgainOffersTheUnfinishedDebrief() async throws {
        let scenario = try Scenario()
        let id = try pausedAtTheSecondQuestion(scenario)

        #expect(try position(afterReplying: "yes", toTheOfferOf: id, in: scenario) == 2)
        #expect(try position(afterReplying: "yep", toTheOfferOf: id, in: scenario) == 2, "everyday words work here too")
        #expect(try position(afterReplying: "no", toTheOfferOf: id, in: scenario) == 1)
        #expect(try await scenario.stored().count == 2)
    }

    /// Someone who closes Debrief at the first question, before writing anything, simply
    /// continues next time rather than being asked about an "Untitled interview".
    @Test func aDebriefLeftBeforeAnythingWasWrittenIsContinuedWithoutAsking() async throws {
        let scenario = try Scenario()
        let first = try scenario.start()
        _ = try first.expectPrompt()
        first.send("\u{4}")
        _ = try first.waitForExit()

        let again = try scenario.start()
        #expect(try again.expectPrompt().position == 1)
        #expect(!again.transcript.contains("unfinished debrief"))
        #expect(again.transcript.contains("Welcome back"))
        again.send("\u{4}")
        _ = try again.waitForExit()
        #expect(try await scenario.stored().count == 1, "no second, empty debrief")
    }

    @Test func overAPipeANewDebriefStartsWithoutAsking() async throws {
        let scenario = try Scenario()
        _ = try pausedAtTheSecondQuestion(scenario)
        let piped = try scenario.start(connection: .pipes)
        #expect(try piped.expectPrompt().position == 1)
        piped.closeInput()
        #expect(try piped.waitForExit() == 1)
        #expect(try await scenario.stored().count == 2)
    }

    @Test func resumeWithoutAnIdPicksTheLatestUnfinished() throws {
        let scenario = try Scenario()
        _ = try pausedAtTheSecondQuestion(scenario)
        let resumed = try scenario.start(["resume"])
        #expect(try resumed.expectPrompt().position == 2)
    }

    @Test func resumeExplainsAnUnknownIdAndAnEmptyStore() throws {
        let scenario = try Scenario()
        let empty = try scenario.start(["resume"], connection: .pipes)
        #expect(try empty.waitForExit() != 0)
        #expect(empty.transcript.contains("Run `debrief` to start"))

        _ = try pausedAtTheSecondQuestion(scenario)
        let unknown = try scenario.start(["resume", "zzzz"], connection: .pipes)
        #expect(try unknown.waitForExit() != 0)
        #expect(unknown.transcript.contains("No debrief matches \"zzzz\""))
        #expect(!unknown.transcript.contains("Fatal error"))
    }

    @Test func sighupSavesAndExitsLikeSigterm() throws {
        let scenario = try Scenario()
        let process = try scenario.start()
        let second = try #require(try Scenario.answer(process, at: process.expectPrompt().position))
        process.signal(SIGHUP)
        #expect(try process.waitForExit() == 128 + SIGHUP)
        let resumed = try scenario.start(["resume", Scenario.resumeID(in: process.transcript)])
        #expect(try resumed.expectPrompt().position == second)
    }

    @Test func helpAndVersionAnswerWithoutAStore() throws {
        let scenario = try Scenario()
        let help = try DebriefProcess(["--help"], environment: scenario.environment, connection: .pipes)
        #expect(try help.waitForExit() == 0)
        #expect(help.transcript.contains("resume"))
        #expect(help.transcript.contains("--store") || help.transcript.contains("start"))
        let version = try DebriefProcess(["--version"], environment: scenario.environment, connection: .pipes)
        #expect(try version.waitForExit() == 0)
        #expect(version.transcript.contains("0.1.0"))
    }
}
