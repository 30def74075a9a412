/// What the engine returns for one line: messages to show, the updated debrief, and
/// whether the conversation goes on.
public struct Turn: Sendable {
    /// What to show, in order.
    public var messages: [Message]
    /// The debrief after this line.
    public var debrief: Debrief
    /// Whether the conversation goes on.
    public var outcome: Outcome
    /// Earlier plans this line settled: the host saves each in the debrief that made it.
    public var planReviews: [PlanReview] = []

    /// Whether the conversation continues.
    public enum Outcome: String, Sendable, Equatable {
        /// Waiting for the next line.
        case continuing
        /// The person asked to stop for now (`/pause`, `/quit`); the debrief is resumable.
        case paused
        /// Every step is done.
        case completed
    }

    /// A turn; built by the engine.
    public init(messages: [Message], debrief: Debrief, outcome: Outcome) {
        self.messages = messages
        self.debrief = debrief
        self.outcome = outcome
    }
}

/// What a front end needs to draw the input line for the current question.
public struct PromptState: Sendable, Equatable {
    /// 1-based position among the questions that apply so far.
    public var position: Int
    /// Questions that apply so far; it can grow as answers open follow-ups.
    public var total: Int
    /// The title of the current chapter.
    public var chapterTitle: String
    /// The step being asked.
    public var step: StepKey
    /// True while a list or STAR answer is being gathered over several lines.
    public var isGathering: Bool
    /// The earlier answer that an empty line keeps, after `/back` or `/review N`.
    public var keptAnswer: String?

    /// A prompt state; built by the engine.
    public init(position: Int, total: Int, chapterTitle: String, step: StepKey, isGathering: Bool, keptAnswer: String?) {
        self.position = position
        self.total = total
        self.chapterTitle = chapterTitle
        self.step = step
        self.isGathering = isGathering
        self.keptAnswer = keptAnswer
    }

    /// `[4/18]`.
    public var progress: String { "[\(position)/\(total)]" }
}
