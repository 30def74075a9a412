public import Foundation

/// The host-facing API: one person's conversation, saved as it goes.
///
/// Every front end (the REPL, a web backend, a test) uses a session. After each line
/// that changes the debrief, the session saves it through the store *before* it
/// returns the next question, so an answer that was acknowledged is never lost.
/// A session claims the debrief it works on (``DebriefStore/claim(_:)``), so two sessions
/// never answer the same debrief; the claim ends with the session. If the debrief still
/// changed underneath it (a host saving through the store directly), the session never
/// overwrites: by default it reloads the latest version and asks for the line again;
/// with ``ConflictHandling/stop`` it throws the conflict, for hosts that cannot retype.
///
/// When a debrief starts or resumes, the session reads what the store remembers of the others
/// (``DebriefStore/history(excluding:)``) and hands it to the engine as a plain value
/// (``history``). When an answer settles an earlier plan, the session also saves that plan's
/// status in the debrief that made it, claimed and revision-checked like any save.
///
/// ```swift
/// let session = try DebriefSession(plugins: [.reflection, .star], store: InMemoryStore())
/// for message in try await session.start() { print(message) }
/// for message in try await session.send("Acme") { print(message) }
/// ```
public actor DebriefSession {
    /// The pure engine over the session's flow; the session drives it remembering ``history``
    /// (``Conversation/remembering(_:)``).
    public nonisolated let conversation: Conversation
    /// Where every change is saved.
    public nonisolated let store: any DebriefStore
    private let clock: any DebriefClock
    private let makeID: @Sendable () -> DebriefID
    private let conflicts: ConflictHandling
    /// This session's hold on ``debrief``.
    private var claim: DebriefClaim?
    /// The debrief as last saved; nil before ``start(_:)`` or ``resume(_:)``.
    public private(set) var debrief: Debrief?
    /// How the last turn left the conversation.
    public private(set) var outcome: Turn.Outcome = .continuing
    /// What the coach remembers of the other debriefs; empty before ``start(_:)`` or ``resume(_:)``.
    public private(set) var history: DebriefHistory = .empty
    /// ``conversation`` remembering ``history``.
    private var engine: Conversation

    /// A session over a flow. Throws ``DebriefError/Code/invalidFlow`` when the flow has problems.
    public init(flow: Flow, store: any DebriefStore, clock: any DebriefClock = SystemClock(),
                calendar: Calendar = .current, conflicts: ConflictHandling = .reload,
                makeID: @escaping @Sendable () -> DebriefID = DebriefID.random) throws {
        let problems = flow.problems
        guard problems.isEmpty else {
            throw DebriefError(.invalidFlow, "The flow has problems:\n- " + problems.joined(separator: "\n- "),
                               recovery: "Fix the plugin that defines these steps.")
        }
        guard flow.entries.contains(where: { $0.step.asks }) else {
            throw DebriefError(.invalidFlow, "The flow has no questions.", recovery: "Add a plugin with chapters, or turn some chapters back on.")
        }
        self.conversation = Conversation(flow: flow, calendar: calendar)
        self.engine = conversation
        self.store = store
        self.clock = clock
        self.makeID = makeID
        self.conflicts = conflicts
    }

    /// A session over the chapters of `plugins`, arranged by `configuration`.
    public init(plugins: [any DebriefPlugin], configuration: FlowConfiguration = FlowConfiguration(),
                store: any DebriefStore, clock: any DebriefClock = SystemClock(), calendar: Calendar = .current,
                conflicts: ConflictHandling = .reload) throws {
        try self.init(flow: Flow(plugins: plugins, configuration: configuration), store: store, clock: clock,
                      calendar: calendar, conflicts: conflicts)
    }

    /// Starts a new debrief, saves it, and returns the opening messages.
    public func start(_ interview: Interview = Interview()) async throws -> [Message] {
        let now = clock.now()
        let id = makeID()
        try await hold(id)
        try await remember(excluding: id)
        let turn = engine.start(Debrief(id: id, createdAt: now, interview: interview), at: now)
        return try await apply(turn, over: nil)
    }

    /// Resumes a saved debrief at its cursor, or opens a finished one for changes (see
    /// ``Conversation/start(_:at:)``). Throws ``DebriefError/Code/busy`` while another
    /// session holds it.
    public func resume(_ id: DebriefID) async throws -> [Message] {
        try await hold(id)
        guard let saved = try await store.load(id) else { throw DebriefError.notFound(id.rawValue) }
        try await remember(excluding: id)
        return try await apply(engine.start(saved, at: clock.now()), over: saved)
    }

    /// Reads the history of every debrief but `id` and hands it to the engine.
    private func remember(excluding id: DebriefID) async throws {
        history = try await store.history(excluding: id)
        engine = conversation.remembering(history)
    }

    /// Claims `id` for this session, letting go of whatever it held before.
    private func hold(_ id: DebriefID) async throws {
        if claim?.id == id { return }
        guard let claimed = try await store.claim(id) else { throw DebriefError.busy(id) }
        claim = claimed
    }

    /// Sends one line; returns what to show. The debrief is saved before this returns.
    public func send(_ line: String) async throws -> [Message] {
        guard let current = debrief else {
            throw DebriefError(.misuse, "No debrief is open.", recovery: "Call start() or resume(_:) first.")
        }
        let turn = engine.handle(line, in: current, at: clock.now())
        do {
            return try await apply(turn, over: current)
        } catch let error as DebriefError where error.code == .conflict && conflicts == .reload {
            return try await reloadAfterConflict(id: current.id)
        }
    }

    /// The current question's input line state, for drawing a prompt.
    public var promptState: PromptState? {
        debrief.flatMap { engine.promptState(for: $0) }
    }

    /// Completion candidates for what has been typed so far.
    public func completions(for prefix: String) -> [String] {
        debrief.map { engine.completions(for: prefix, in: $0) } ?? []
    }

    private func apply(_ turn: Turn, over previous: Debrief?) async throws -> [Message] {
        var result = turn.debrief
        if result != previous {
            result = try await store.save(turn.debrief, expectedRevision: previous?.revision ?? 0)
        }
        debrief = result
        outcome = turn.outcome
        var messages = turn.messages
        for review in turn.planReviews {
            if let problem = try await save(review) { messages.insert(problem, at: 0) }
        }
        return messages
    }

    /// Saves `review` in the debrief that made the plan: claimed, loaded, changed and saved on
    /// top of the revision it was loaded at, retried once if it changed in between. Returns a
    /// message when the plan could not be updated; the answer itself is already saved here.
    private func save(_ review: PlanReview) async throws -> Message? {
        let id = review.plan.debriefID
        let unsaved = "Your answer is saved here, but the plan's status couldn't be updated in that debrief"
        guard let hold = try await store.claim(id) else {
            return Message(.status, "\(unsaved): it is open in another window. Close it, then run `debrief plans` to check the plan.")
        }
        defer { withExtendedLifetime(hold) {} }
        for _ in 0..<2 {
            guard let earlier = try await store.load(id) else {
                return Message(.status, "\(unsaved): it has been deleted. Nothing else needs doing.")
            }
            let updated = review.applied(to: earlier, at: clock.now())
            guard updated != earlier else { return nil }
            do {
                _ = try await store.save(updated, expectedRevision: earlier.revision)
                return nil
            } catch let error as DebriefError where error.code == .conflict {
                continue
            }
        }
        return Message(.status, "\(unsaved): it kept changing elsewhere. Run `debrief plans` to check the plan.")
    }

    private func reloadAfterConflict(id: DebriefID) async throws -> [Message] {
        guard let latest = try await store.load(id) else { throw DebriefError.notFound(id.rawValue) }
        let note = Message(.status, "This debrief was changed in another window, so I've loaded the latest version. Your last line wasn't applied — please type it again.")
        return try await [note] + apply(engine.start(latest, at: clock.now()), over: latest)
    }
}

extension DebriefSession {
    /// What a session does when its debrief changed in the store since it was loaded.
    public enum ConflictHandling: Sendable, Equatable {
        /// Load the latest version and ask for the line again: for a person, who can retype it.
        case reload
        /// Throw the ``DebriefError/Code/conflict``: for scripts and pipes, whose next lines
        /// would otherwise answer the wrong questions.
        case stop
    }
}
