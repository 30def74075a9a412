import DebriefREPL
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The binary with no terminal: a program answering it over pipes.
@Suite struct PipeTests {
    @Test func aPipedRunCompletesWithoutAnyEscapeSequence() throws {
        let scenario = try Scenario()
        scenario.environment["NO_COLOR"] = nil
        let process = try scenario.start(connection: .pipes)
        try Scenario.answerAll(process)
        #expect(try process.waitForExit() == 0)
        #expect(!process.transcript.contains("\u{1B}"))
        let banner = try #require(MessageRenderer(colour: false, width: 1000).banner.split(separator: "\n").first)
        #expect(!process.transcript.contains(banner), "the banner is for terminals only")
    }

    @Test func inputEndingEarlyExitsNonZeroAndSaysHowToResume() throws {
        let scenario = try Scenario()
        let process = try scenario.start(connection: .pipes)
        try Scenario.answer(process, at: process.expectPrompt().position)
        process.closeInput()
        #expect(try process.waitForExit() == 1)
        let id = try Scenario.resumeID(in: process.transcript)
        #expect(process.transcript.contains("saved"))

        let resumed = try scenario.start(["resume", id], connection: .pipes)
        #expect(try resumed.expectPrompt().position == 2)
    }

    @Test func sigintOverAPipeSavesAndExits() throws {
        let scenario = try Scenario()
        let process = try scenario.start(connection: .pipes)
        let second = try #require(try Scenario.answer(process, at: process.expectPrompt().position))
        process.signal(SIGINT)
        #expect(try process.waitForExit() == 128 + SIGINT)
        let resumed = try scenario.start(["resume", Scenario.resumeID(in: process.transcript)], connection: .pipes)
        #expect(try resumed.expectPrompt().position == second)
    }
}
