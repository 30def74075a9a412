import ArgumentParser
import DebriefKit
import DebriefREPL
import Foundation

/// Wires a store, a session and the REPL together for the commands that chat.
struct Chat {
    let options: StoreOptions
    let store: any DebriefStore
    let session: DebriefSession

    init(_ options: StoreOptions, plugins: PluginOptions) throws {
        self.options = options
        store = try options.open(ProcessInfo.processInfo.environment)
        let flow = plugins.load()
        session = try DebriefSession(plugins: flow.plugins, configuration: flow.configuration, store: store)
    }

    /// Chats until the debrief completes, pauses or input ends, and exits with the REPL's status.
    /// Resumes `id`, or else offers `unfinished` (at a terminal), or else starts a new debrief.
    /// The terminal is restored on every way out.
    func run(resuming id: DebriefID?, offering unfinished: DebriefSummary? = nil) async throws {
        let variables = ProcessInfo.processInfo.environment
        let terminal = TerminalEnvironment.current(variables: variables)
        let options = self.options
        let repl = REPL(session: session, terminal: terminal,
                        history: CommandHistory(url: CommandHistory.defaultURL(variables: variables)),
                        resumeCommand: { options.resumeCommand(for: $0) })
        defer { repl.restoreTerminal() }
        repl.greet()
        var target = id
        if target == nil, let unfinished, terminal.isInteractive {
            guard let resume = await repl.offerToResume(unfinished) else { return }
            target = resume ? unfinished.id : nil
        }
        let opening = if let target { try await session.resume(target) } else { try await session.start() }
        let exit = try await repl.run(opening)
        if exit.status != 0 { throw ExitCode(exit.status) }
    }
}
