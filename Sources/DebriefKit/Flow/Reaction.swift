/// Something the coach says in response to an accepted answer, before the next question.
///
/// Reactions carry the warmth of the conversation: a reframe when someone rates their
/// mood low, a gentle word on "I always mess up". Return nil to stay quiet. A reaction
/// marked ``oncePerChapter`` speaks at most once in each chapter, so it never nags.
///
/// ```swift
/// Reaction(id: "feel.low") { input in
///     if case .scale(let n) = input.value, n <= 2 { return "That's a hard place to be." }
///     return nil
/// }
/// ```
public struct Reaction: Sendable {
    /// Stable id, recorded in the transcript when it speaks.
    public let id: String
    /// Speak at most once in each chapter.
    public let oncePerChapter: Bool
    private let respond: @Sendable (ReactionInput) -> String?

    /// A reaction computed from the answer.
    public init(id: String, oncePerChapter: Bool = false, _ respond: @escaping @Sendable (ReactionInput) -> String?) {
        self.id = id
        self.oncePerChapter = oncePerChapter
        self.respond = respond
    }

    /// What to say, or nil.
    public func response(to input: ReactionInput) -> String? { respond(input) }

    /// Says `text` when `condition` holds after the answer is recorded.
    public static func when(_ condition: Condition, id: String, say text: Wording) -> Reaction {
        Reaction(id: id) { input in
            condition.holds(for: input.debrief) ? text.text(in: WordingContext(debrief: input.debrief)) : nil
        }
    }
}

/// What a reaction sees: the answer just given and the debrief with it recorded.
public struct ReactionInput: Sendable {
    /// The step just answered.
    public var step: StepKey
    /// The accepted value.
    public var value: AnswerValue
    /// The debrief with the answer recorded.
    public var debrief: Debrief

    /// The input of a reaction.
    public init(step: StepKey, value: AnswerValue, debrief: Debrief) {
        self.step = step
        self.value = value
        self.debrief = debrief
    }
}
