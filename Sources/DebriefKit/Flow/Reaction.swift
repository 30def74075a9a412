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
    public let id: String
    public let oncePerChapter: Bool
    private let respond: @Sendable (ReactionInput) -> String?

    public init(id: String, oncePerChapter: Bool = false, _ respond: @escaping @Sendable (ReactionInput) -> String?) {
        self.id = id
        self.oncePerChapter = oncePerChapter
        self.respond = respond
    }

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
    public var step: StepKey
    public var value: AnswerValue
    public var debrief: Debrief

    public init(step: StepKey, value: AnswerValue, debrief: Debrief) {
        self.step = step
        self.value = value
        self.debrief = debrief
    }
}
