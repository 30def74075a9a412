public import DebriefKit
import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The chat loop: shows a session's messages, reads the person's lines and sends them.
///
/// The session does the conversation and saves each answer before the next question;
/// the REPL adds what only a terminal needs: the progress prompt, Tab completion,
/// up-arrow recall, `\` continuation, `/edit`, Ctrl-C and Ctrl-D, and a calm exit on
/// SIGTERM or SIGHUP that restores the terminal and says how to resume.
///
/// ```swift
/// let terminal = TerminalEnvironment.current(variables: ProcessInfo.processInfo.environment)
/// let repl = REPL(session: session, terminal: terminal, resumeCommand: { "debrief resume \($0.short)" })
/// let opening = try await session.start()
/// exit(try await repl.run(opening).status)
/// ```
public final class REPL: Sendable {
    /// Commands the REPL handles itself, before the session sees the line.
    public static let commands: [(name: String, summary: String)] = [
        ("/edit", "write a longer answer in your editor ($VISUAL or $EDITOR)"),
    ]

    let session: DebriefSession
    let editor: any LineEditor
    let renderer: MessageRenderer
    let history: CommandHistory?
    let externalEditor: ExternalEditor
    let resumeCommand: @Sendable (DebriefID) -> String
    private let trap: SignalTrap
    private let inputQueue = DispatchQueue(label: "debrief.input")

    /// A REPL over `session`. Without an `editor`, one is chosen for the terminal: libedit
    /// for a person at a terminal, plain lines otherwise. `history` keeps commands across
    /// runs; `resumeCommand` is the command line shown for picking a debrief up again.
    public init(session: DebriefSession, terminal: TerminalEnvironment, editor: (any LineEditor)? = nil,
                history: CommandHistory? = nil, resumeCommand: @escaping @Sendable (DebriefID) -> String) {
        let editor = editor ?? Self.editor(for: terminal, recalling: history?.load() ?? [])
        let renderer = MessageRenderer(terminal)
        self.session = session
        self.editor = editor
        self.renderer = renderer
        self.history = history
        let externalEditor = ExternalEditor(variables: terminal.variables)
        externalEditor.removeLeftovers()
        self.externalEditor = externalEditor
        self.resumeCommand = resumeCommand
        self.trap = SignalTrap(interruptLeaves: !editor.isInteractive) { signal, id in
            editor.restoreTerminal()
            let stopped = renderer.render(Message(.status, "Stopped — everything you've answered is saved."))
            TerminalOutput.write("\n" + stopped + (id.map { Self.resumeNotice(resumeCommand($0), renderer) } ?? ""))
            exit(128 + signal)
        }
    }

    /// libedit for a person at a terminal, plain lines otherwise (or when libedit cannot start).
    public static func editor(for terminal: TerminalEnvironment, recalling lines: [String]) -> any LineEditor {
        guard terminal.isInteractive, let editor = LibEditLineEditor(program: "debrief", recalling: lines) else {
            return PlainLineEditor()
        }
        return editor
    }

    /// Puts the terminal back the way it was found; call it on every way out.
    public func restoreTerminal() {
        editor.restoreTerminal()
    }

    /// Shows the banner when a person is at the terminal.
    public func greet() {
        if editor.isInteractive { TerminalOutput.write(renderer.banner) }
    }

    /// Asks whether to continue an unfinished debrief. Returns true to resume it, false to
    /// start a new one, nil when the person left (Ctrl-D).
    public func offerToResume(_ summary: DebriefSummary) async -> Bool? {
        let question = "You have an unfinished debrief (\(summary.interview.title), \(summary.id.short)). Pick it up where you left off? Type yes to continue, or no to start a new one."
        TerminalOutput.write(renderer.render(Message(.question, question)))
        while true {
            switch await read(renderer.prompt(nil), completer: { typed in ["yes", "no"].filter { $0.hasPrefix(typed.lowercased()) } }) {
            case .ended:
                TerminalOutput.write("\n")
                return nil
            case .cancelled:
                continue
            case .line(let line):
                // Enter continues; otherwise the same everyday yes and no as the questions ("yep", "nah").
                let typed = line.trimmingCharacters(in: .whitespaces).lowercased()
                if typed.isEmpty { return true }
                if typed == "new" { return false }
                switch YesPartlyNoPrompt.meaning(of: line) {
                case .yes: return true
                case .no: return false
                case .partly, nil: TerminalOutput.write(renderer.render(Message(.reason, "Type yes to continue that debrief, or no to start a new one.")))
                }
            }
        }
    }

    /// Runs the conversation from its opening messages until it completes, pauses or input ends.
    public func run(_ opening: [Message]) async throws -> REPLExit {
        defer { editor.restoreTerminal() }
        var lastQuestion = show(opening, lastQuestion: nil)
        trap.debriefID = await session.debrief?.id
        while true {
            switch await session.outcome {
            case .completed:
                return .completed
            case .paused:
                if let id = await session.debrief?.id {
                    TerminalOutput.write(Self.resumeNotice(resumeCommand(id), renderer))
                }
                return .paused
            case .continuing:
                break
            }
            let state = await session.promptState
            switch await readAnswer(state) {
            case .cancelled:
                TerminalOutput.write(renderer.render(lastQuestion.map { [$0] } ?? []))
            case .ended where !editor.isInteractive:
                let id = await session.debrief?.id
                let resume = id.map { "\nTo continue, run:\n  \(resumeCommand($0))" } ?? ""
                TerminalOutput.writeError("Input ended before the debrief was complete. Everything so far is saved.\(resume)\n")
                return .inputEnded
            case .ended:
                TerminalOutput.write("\n")
                lastQuestion = show(try await send("/pause"), lastQuestion: lastQuestion)
            case .answer(let text):
                let messages: [Message]
                do {
                    messages = try await send(text)
                } catch let error as DebriefError where error.code == .conflict {
                    // Only a session that stops on conflicts throws this (a script's): its next
                    // lines were written for questions that are no longer the ones asked.
                    let id = await session.debrief?.id
                    let resume = id.map { "\nTo continue, run:\n  \(resumeCommand($0))" } ?? ""
                    TerminalOutput.writeError("Stopped: this debrief was changed elsewhere, so the line “\(text.prefix(60))” and the ones after it were not applied. Everything saved before it is kept.\(resume)\n")
                    return .conflict
                }
                lastQuestion = show(Self.isHelp(text) ? Self.withOwnHelp(messages) : messages, lastQuestion: lastQuestion)
            }
        }
    }

    /// Sends one line, holding back SIGTERM/SIGHUP until its save is done.
    private func send(_ text: String) async throws -> [Message] {
        try await trap.guarding { try await session.send(text) }
    }

    /// Writes messages; returns the question now waiting for an answer.
    private func show(_ messages: [Message], lastQuestion: Message?) -> Message? {
        TerminalOutput.write(renderer.render(messages))
        return messages.last { $0.kind == .question } ?? lastQuestion
    }

    /// Reads one line on the input thread, so a blocking read never holds a concurrency thread.
    func read(_ prompt: String, completer: @escaping Completer) async -> LineInput {
        let editor = self.editor
        return await withCheckedContinuation { continuation in
            inputQueue.async { continuation.resume(returning: editor.readLine(prompt: prompt, completer: completer)) }
        }
    }

    /// Runs a blocking job (the external editor) on the input thread.
    func onInputThread<T: Sendable>(_ job: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            inputQueue.async { continuation.resume(returning: job()) }
        }
    }

    /// Says which command line continues the debrief; the command gets a line of its own and
    /// is never wrapped, so it can be copied whole however long the path.
    static func resumeNotice(_ command: String, _ renderer: MessageRenderer) -> String {
        renderer.render(Message(.status, "To pick up where you left off, run:")) + "  " + command + "\n"
    }

    private static func isHelp(_ line: String) -> Bool {
        ["/help", "/h", "/?"].contains(line.trimmingCharacters(in: .whitespaces).lowercased())
    }

    /// `/help` with the REPL's own commands added to the session's list, and its keys after it.
    static func withOwnHelp(_ messages: [Message]) -> [Message] {
        var messages = messages
        let own = commands.map { "\n  \($0.name.padding(toLength: 9, withPad: " ", startingAt: 0)) \($0.summary)" }.joined()
        if let list = messages.firstIndex(where: { $0.kind == .coach }) { messages[list].text += own }
        messages.append(Message(.hint, "End a line with \\ to carry on typing on the next line. Tab completes commands and choices; Ctrl-C clears the line; Ctrl-D pauses."))
        return messages
    }
}

/// How a REPL run ended.
public enum REPLExit: Sendable, Equatable {
    /// Every step is done.
    case completed
    /// The person paused (`/pause`, `/quit`, Ctrl-D); the debrief is saved and resumable.
    case paused
    /// Piped input ran out before the end; the debrief is saved and resumable.
    case inputEnded
    /// The debrief changed elsewhere and the session stops on conflicts; what was saved is kept.
    case conflict

    /// The process exit status: 0 when completed or paused, 1 when input ended early, and
    /// 75 (`EX_TEMPFAIL`: try again) after a conflict.
    public var status: Int32 {
        switch self {
        case .completed, .paused: 0
        case .inputEnded: 1
        case .conflict: 75
        }
    }
}
