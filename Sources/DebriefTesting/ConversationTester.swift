public import DebriefKit
import Foundation
public import Testing

/// Runs a scripted transcript against a flow, the way a plugin author tests a chapter.
///
/// Each call sends a line or checks what came back; failures are recorded with the
/// caller's source location and show the messages actually received. The session reads its
/// ``DebriefKit/DebriefHistory`` from the store when it starts, so a script over a `store`
/// holding earlier debriefs tests what the coach brings up from them.
///
/// ```swift
/// @Test func lowMoodGetsAReframe() async throws {
///     let tester = try await ConversationTester(plugins: [.reflection])
///     try await tester.send("Acme")
///     tester.expect(contains: "role")
///     tester.expectAnswer("context.company", .text("Acme"))
/// }
/// ```
public final class ConversationTester: @unchecked Sendable {
    public let session: DebriefSession
    public let store: any DebriefStore
    public let clock: FixedClock
    /// Messages from the last `start` or `send`.
    public private(set) var lastMessages: [Message] = []
    /// Every message so far, in order.
    public private(set) var allMessages: [Message] = []

    /// Starts a new debrief over `flow` with an in-memory store (or `store`) and a fixed clock.
    public init(flow: Flow, store: any DebriefStore = InMemoryStore(), clock: FixedClock = FixedClock()) async throws {
        self.store = store
        self.clock = clock
        session = try DebriefSession(flow: flow, store: store, clock: clock, calendar: .utc)
        record(try await session.start())
    }

    /// Starts a new debrief over the chapters of `plugins`.
    public convenience init(plugins: [any DebriefPlugin], configuration: FlowConfiguration = FlowConfiguration(),
                            store: any DebriefStore = InMemoryStore(), clock: FixedClock = FixedClock()) async throws {
        try await self.init(flow: Flow(plugins: plugins, configuration: configuration), store: store, clock: clock)
    }

    /// Sends one line and keeps the reply for the `expect` calls.
    @discardableResult
    public func send(_ line: String) async throws -> [Message] {
        record(try await session.send(line))
        return lastMessages
    }

    /// Sends several lines in order.
    public func send(_ lines: [String]) async throws {
        for line in lines { try await send(line) }
    }

    /// Resumes the same debrief in a new session over `flow` (as after a restart).
    public func resume(flow: Flow? = nil) async throws -> ConversationTester {
        let id = try await debrief().id
        let resumed = try await ConversationTester(resuming: id, flow: flow ?? session.conversation.flow, store: store, clock: clock)
        return resumed
    }

    private init(resuming id: DebriefID, flow: Flow, store: any DebriefStore, clock: FixedClock) async throws {
        self.store = store
        self.clock = clock
        session = try DebriefSession(flow: flow, store: store, clock: clock, calendar: .utc)
        record(try await session.resume(id))
    }

    /// The debrief as the session last saved it.
    public func debrief() async throws -> Debrief {
        guard let debrief = await session.debrief else {
            throw DebriefError(.misuse, "The session has no debrief.")
        }
        return debrief
    }

    /// The debrief as the store holds it now: what would survive a crash.
    public func stored() async throws -> Debrief? {
        try await store.load(try await debrief().id)
    }

    /// Checks that some message of the last reply contains `text` (ignoring case).
    public func expect(contains text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let found = lastMessages.contains { $0.text.localizedCaseInsensitiveContains(text) }
        #expect(found, "Expected a message containing “\(text)”; got:\n\(transcript)", sourceLocation: sourceLocation)
    }

    /// Checks that no message of the last reply contains `text`.
    public func expect(notContains text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let found = lastMessages.contains { $0.text.localizedCaseInsensitiveContains(text) }
        #expect(!found, "Expected no message containing “\(text)”; got:\n\(transcript)", sourceLocation: sourceLocation)
    }

    /// Checks the kind of the last message (e.g. a `.reason` after bad input).
    public func expectLast(_ kind: Message.Kind, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(lastMessages.last?.kind == kind, "Expected the last message to be \(kind); got:\n\(transcript)", sourceLocation: sourceLocation)
    }

    /// Checks the stored answer to `step` (a step id, or `id#N` for a repeated step).
    public func expectAnswer(_ step: String, _ value: AnswerValue, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let stored = try await self.stored()?.answers[StepKey(rawValue: step)]?.value
        #expect(stored == value, "Answer to \(step)", sourceLocation: sourceLocation)
    }

    /// Checks that `step` has no answer stored.
    public func expectNoAnswer(_ step: String, sourceLocation: SourceLocation = #_sourceLocation) async throws {
        let stored = try await self.stored()?.answers[StepKey(rawValue: step)]
        #expect(stored == nil, "Expected no answer to \(step), found \(stored?.value.display ?? "")", sourceLocation: sourceLocation)
    }

    /// Checks the step the conversation is waiting on.
    public func expectAt(_ step: String, sourceLocation: SourceLocation = #_sourceLocation) async {
        let current = await session.promptState?.step.rawValue
        #expect(current == step, "Expected to be at \(step); at \(current ?? "nothing")\n\(transcript)", sourceLocation: sourceLocation)
    }

    /// Checks how the conversation stands: continuing, paused or completed.
    public func expectOutcome(_ outcome: Turn.Outcome, sourceLocation: SourceLocation = #_sourceLocation) async {
        let actual = await session.outcome
        #expect(actual == outcome, sourceLocation: sourceLocation)
    }

    /// What the coach said (not asked) from sources starting with `prefix`, in order: a step id
    /// such as `move.summary` for a statement, or `reaction:rumination@wins` for a reaction.
    public func said(from prefix: String) async throws -> [String] {
        try await debrief().transcript.compactMap { event in
            if case .said(let text, let source?) = event.kind, source.hasPrefix(prefix) { return text }
            return nil
        }
    }

    /// The last reply as text, for failure messages.
    public var transcript: String {
        lastMessages.map { "[\($0.kind)] \($0.text)" }.joined(separator: "\n")
    }

    private func record(_ messages: [Message]) {
        lastMessages = messages
        allMessages += messages
    }
}
