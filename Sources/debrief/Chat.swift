import ArgumentParser
import DebriefKit
import DebriefREPL
import DebriefSQLite
import Foundation

/// Wires a store, a session and the REPL together for the commands that chat.
struct Chat {
    let options: StoreOptions
    let store: any DebriefStore
    let session: DebriefSession

    let terminal = TerminalEnvironment.current(variables: ProcessInfo.processInfo.environment)
    /// A line shown under the banner, before anything is asked: what is due (``DueLine``).
    var notice: String?

    /// Opens the store for writing (a read-only one is refused here, before anything is asked).
    /// A conflict reloads at a terminal, where the person can type the line again, and stops a
    /// piped run, whose next lines would otherwise answer the wrong questions.
    init(_ options: StoreOptions, plugins: PluginOptions) throws {
        self.options = options
        let store = try options.open(ProcessInfo.processInfo.environment)
        if let file = store as? SQLiteStore, file.isReadOnly {
            throw DebriefError(.storage, "Debrief can't save to \(file.path): the store is read-only.",
                               recovery: "You can still list, show and export it. To debrief, fix its permissions or pass a writable place with --store.")
        }
        self.store = store
        let flow = plugins.load()
        session = try DebriefSession(plugins: flow.plugins, configuration: flow.configuration, store: store,
                                     conflicts: terminal.isInteractive ? .reload : .stop)
    }

    /// The newest unfinished debrief that no other window has open, held while the caller decides.
    func unfinishedNobodyHolds() async throws -> (summary: DebriefSummary, claim: DebriefClaim)? {
        for summary in try await store.list(DebriefQuery(status: .inProgress, limit: 20)) {
            if let claim = try await store.claim(summary.id) { return (summary, claim) }
        }
        return nil
    }

    /// Chats until the debrief completes, pauses or input ends, and exits with the REPL's status.
    /// Resumes `id`, or else offers `unfinished` (at a terminal), or else starts a new debrief.
    /// A debrief held by another window is refused with ``DebriefError/Code/busy``.
    /// The terminal is restored on every way out.
    func run(resuming id: DebriefID?, offering unfinished: DebriefSummary? = nil) async throws {
        let variables = ProcessInfo.processInfo.environment
        let options = self.options
        let repl = REPL(session: session, terminal: terminal,
                        history: CommandHistory(url: CommandHistory.defaultURL(variables: variables)),
                        resumeCommand: { options.resumeCommand(for: $0) })
        defer { repl.restoreTerminal() }
        repl.greet()
        if let notice { TerminalOutput.write(MessageRenderer(terminal).render(Message(.status, notice))) }
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
