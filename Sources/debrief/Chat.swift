import DebriefKit
import DebriefREPL
import ArgumentParser
import Foundation

/// Wires a store, a session and the REPL together for the commands that chat.
struct Chat {
    let store: any DebriefStore
    let session: DebriefSession
    let terminal: TerminalEnvironment
    let repl: REPL

    init(_ options: StoreOptions) async throws {
        let variables = ProcessInfo.processInfo.environment
        store = try options.open(variables)
        session = try DebriefSession(flow: Flow([Demo.chapter]), store: store)
        terminal = TerminalEnvironment.current(variables: variables)
        repl = REPL(session: session, terminal: terminal,
                    history: CommandHistory(url: CommandHistory.defaultURL(variables: variables)),
                    resumeCommand: { options.resumeCommand(for: $0) })
    }

    /// Starts a new debrief, or resumes `id`, and chats until it ends; exits with the REPL's status.
    func run(resuming id: DebriefID?) async throws {
        let opening = if let id { try await session.resume(id) } else { try await session.start() }
        let exit = try await repl.run(opening)
        if exit.status != 0 { throw ExitCode(exit.status) }
    }
}
