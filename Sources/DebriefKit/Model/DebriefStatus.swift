public import Foundation

/// Whether a debrief is still being answered, and where.
public enum DebriefStatus: Hashable, Codable, Sendable {
    case inProgress(Cursor)
    case completed(at: Date)

    /// Whether every step is done.
    public var isCompleted: Bool {
        if case .completed = self { true } else { false }
    }

    /// The stable name used in queries and JSON: `inProgress` or `completed`.
    public var name: Name { isCompleted ? .completed : .inProgress }

    /// The two states, without their data, for queries.
    public enum Name: String, Codable, Sendable, CaseIterable {
        case inProgress, completed
    }
}

/// The place in the flow that a debrief will continue from.
public struct Cursor: Hashable, Codable, Sendable {
    /// The step to ask next.
    public var step: StepKey
    /// Lines typed so far for a multi-line answer (a list or STAR), so a pause keeps them.
    public var draft: [String]
    /// Failed attempts at the current step; after three the coach offers `/skip`.
    public var attempts: Int
    /// Set while `/review N` re-asks an earlier step: where to continue afterwards.
    public var returnTo: StepKey?
    /// Set after a self-verdict in the answer to `step`: the sentence the coach invited the
    /// person to put more fairly. The next line rewords it, or keeps it (see ``SelfTalk``).
    public var rewording: String?

    /// A cursor at `step`.
    public init(step: StepKey, draft: [String] = [], attempts: Int = 0, returnTo: StepKey? = nil, rewording: String? = nil) {
        self.step = step
        self.draft = draft
        self.attempts = attempts
        self.returnTo = returnTo
        self.rewording = rewording
    }
}
