import DebriefKit
import DebriefREPL
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The real binary in a pseudo-terminal, as a person would use it.
@Suite(.serialized) struct TerminalTests {
    /// What `/help` always lists: the summary of `/skip`.
    static let helpMarker = Conversation.commands.first { $0.name == "/skip" }!.summary

    @Test func aFullDebriefRunsToTheEndAndExitsZero() async throws {
        let scenario = try Scenario()
        let process = try scenario.start()
        let banner = try #require(MessageRenderer(colour: false, width: 1000).banner.split(separator: "\n").first)
        try process.expect(String(banner))
        try Scenario.answerAll(process)
        #expect(try process.waitForExit() == 0)
        #expect(!process.transcript.contains("debrief resume"))
        let debriefs = try await scenario.stored()
        #expect(debriefs.count == 1)
        #expect(debriefs.first?.status.isCompleted == true)
        #expect(process.terminalIsCooked)
    }

    @Test(arguments: [(nil, true), ("1", false)] as [(String?, Bool)])
    func questionsAreBoldUnlessNoColorIsSet(noColor: String?, bold: Bool) throws {
        let scenario = try Scenario()
        scenario.environment["NO_COLOR"] = noColor
        let process = try scenario.start()
        try process.expect(" › ")
        #expect(process.transcript.contains("\u{1B}[1m") == bold)
        #expect(process.transcript.contains("\u{1B}[2m[1/") == bold)
    }

    @Test func answersKeepEveryCharacterWithoutALocale() async throws {
        let scenario = try Scenario()
        for name in ["LANG", "LC_ALL", "LC_CTYPE"] { scenario.environment[name] = nil }
        let answer = "Café Ölmühle 🚀 東京の会社"
        let (process, position) = try scenario.startAtTextQuestion()
        process.send(answer + "\r")
        #expect(try process.expectPrompt().position == position + 1)
        process.send("\u{4}")
        #expect(try process.waitForExit() == 0)
        let raws = try await scenario.stored().flatMap { $0.answers.values.map(\.raw) }
        #expect(raws.contains(answer))
    }

    @Test func ctrlCDropsTheLineAndAsksAgain() throws {
        let scenario = try Scenario()
        let process = try scenario.start()
        let first = try process.expectPrompt()
        process.send("half a thought")
        try process.expect("half a thought")
        process.send("\u{3}")
        let again = try process.expectPrompt()
        #expect(again.position == first.position)
        #expect(again.before.contains(Scenario.question(in: first.before)))
        #expect(process.isRunning)
        process.send("/status\r")
        _ = try process.expectPrompt()
        #expect(process.isRunning)
    }

    @Test func tabCompletesCommandsAndChoices() throws {
        let scenario = try Scenario()
        let process = try scenario.start()
        let first = try process.expectPrompt().position
        process.send("/he\t\r")
        #expect(try process.expectPrompt().before.contains(Self.helpMarker))
        let position = try Scenario.skip(process, toPromptWithHint: try #require(YesPartlyNoPrompt().hint), from: first)
        process.send("pa\t\r")
        let next = try process.expectPrompt()
        #expect(next.position == position + 1, "“pa” + Tab was not accepted as partly: \(next.before)")
        process.send("/back\r")
        #expect(try process.expectPrompt().before.contains("“partly”"))
    }

    @Test func upArrowRecallsTheLastLine() throws {
        let scenario = try Scenario()
        let process = try scenario.start()
        _ = try process.expectPrompt()
        process.send("/help\r")
        _ = try process.expectPrompt()
        process.send("\u{1B}[A\r")
        let recalled = try process.expectPrompt()
        #expect(recalled.before.contains(Self.helpMarker))
        #expect(process.transcript.components(separatedBy: Self.helpMarker).count == 3)
    }

    @Test func ctrlDPausesAndResumeReturnsToTheSameQuestion() throws {
        let scenario = try Scenario()
        let process = try scenario.start()
        let second = try #require(try Scenario.answer(process, at: process.expectPrompt().position))
        let question = Scenario.question(in: process.transcript.components(separatedBy: "[\(second)/").dropLast().joined(separator: "[\(second)/"))
        process.send("\u{4}")
        let pause = try process.expect("debrief resume")
        + process.expect("\n")
        #expect(try process.waitForExit() == 0)
        #expect(pause.contains("debrief resume"))
        let id = try Scenario.resumeID(in: process.transcript)

        let resumed = try scenario.start(["resume", id])
        let prompt = try resumed.expectPrompt()
        #expect(prompt.position == second)
        #expect(prompt.before.contains(question))
    }

    @Test func aBackslashContinuesTheAnswerOnTheNextLine() async throws {
        let raws = try await Scenario().answerOverTwoLines("first line ", then: "second line")
        #expect(raws.contains("first line \nsecond line"))
    }

    @Test func slashEditOpensTheEditorOnAPrivateFileAndSendsTheResult() async throws {
        let scenario = try Scenario()
        let script = scenario.folder.appendingPathComponent("editor.sh")
        let seen = scenario.folder.appendingPathComponent("seen")
        try """
        #!/bin/sh
        stat -c '%a' "$1" > '\(seen.path)'
        cat "$1" >> '\(seen.path)'
        printf 'and more from the editor\\n\\n' >> "$1"
        """.write(to: script, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        scenario.environment["EDITOR"] = script.path
        let raws = try await scenario.answerOverTwoLines("my draft ", then: "/edit")
        #expect(raws.contains("my draft and more from the editor"))

        let lines = try String(contentsOf: seen, encoding: .utf8).split(separator: "\n")
        #expect(lines.first == "600")
        #expect(lines.dropFirst().first == "my draft ")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scenario.folder.path).filter { $0.hasPrefix("debrief-answer-") }
        #expect(leftovers.isEmpty)
    }

    @Test func sigtermSavesRestoresTheTerminalAndResumes() throws {
        let scenario = try Scenario()
        let process = try scenario.start()
        let second = try #require(try Scenario.answer(process, at: process.expectPrompt().position))
        process.send("not finished")
        try process.expect("not finished")
        process.signal(SIGTERM)
        #expect(try process.waitForExit() == 128 + SIGTERM)
        #expect(process.terminalIsCooked)
        let id = try Scenario.resumeID(in: process.transcript)

        let resumed = try scenario.start(["resume", id])
        #expect(try resumed.expectPrompt().position == second)
    }

    @Test func killMinus9LosesNoAcceptedAnswer() async throws {
        let scenario = try Scenario()
        let process = try scenario.start()
        var position = try process.expectPrompt().position
        for _ in 0..<3 {
            position = try #require(try Scenario.answer(process, at: position))
        }
        process.signal(SIGKILL)
        _ = try process.waitForExit()
        let debrief = try #require(try await scenario.stored().first)
        #expect(debrief.answers.values.filter { !$0.value.isSkipped }.count == 3)

        let resumed = try scenario.start(["resume"])
        #expect(try resumed.expectPrompt().position == position)
    }

    @Test func theHistoryFileKeepsCommandsButNeverAnswers() throws {
        let scenario = try Scenario()
        let secret = "my-private-answer-\(UUID().uuidString.prefix(6))"
        let (process, position) = try scenario.startAtTextQuestion()
        process.send("//\(secret)\r")
        _ = try process.expectPrompt()
        process.send("/status\r")
        _ = try process.expectPrompt()
        process.send("/back\r")
        #expect(try process.expectPrompt().position == position)
        process.send(secret + "\r")
        _ = try process.expectPrompt()
        process.send("/quit\r")
        #expect(try process.waitForExit() == 0)

        let history = try String(contentsOf: scenario.historyFile, encoding: .utf8)
        #expect(history.contains("/status"))
        #expect(history.contains("/quit"))
        #expect(!history.contains(secret))
        let mode = try FileManager.default.attributesOfItem(atPath: scenario.historyFile.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        let next = try scenario.start(["resume"])
        _ = try next.expectPrompt()
        next.send("\u{1B}[A\r")
        #expect(try next.expect("/quit").contains("/quit"))
    }
}
