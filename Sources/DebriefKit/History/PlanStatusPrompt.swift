/// Asks what becomes of the plan the history lists at ``slot``: done, carry forward or drop.
///
/// The engine knows this prompt: when its answer changes, the turn carries a ``PlanReview``
/// (with the one-line note from ``noteStepID``) and ``DebriefSession`` saves the plan's new
/// status in the earlier debrief that made it.
///
/// ```swift
/// Ask("followup.1.next", "Mark it done, carry it forward, or drop it?",
///     PlanStatusPrompt(slot: 1, noteStepID: "followup.1.how"))
/// ```
public struct PlanStatusPrompt: Prompt {
    /// The plan's place in ``DebriefHistory/openPlans``, from 1.
    public var slot: Int
    /// The step whose text answer says how it went, if any.
    public var noteStepID: String?

    /// The status prompt for the open plan at `slot`.
    public init(slot: Int, noteStepID: String? = nil) {
        self.slot = slot
        self.noteStepID = noteStepID
    }

    private static let choices = ChoicePrompt(PlanStatus.allCases.map(\.rawValue))

    /// Everyday words for each status, tried before the options themselves.
    static let synonyms: [String: PlanStatus] = [
        "mark done": .done, "mark it done": .done, "finished": .done, "did it": .done, "yes done": .done,
        "carry": .carriedForward, "carry it forward": .carriedForward, "keep": .carriedForward, "keep it": .carriedForward,
        "keep it open": .carriedForward, "again": .carriedForward, "next time": .carriedForward, "forward": .carriedForward,
        "drop it": .dropped, "dropped": .dropped, "let it go": .dropped, "remove": .dropped, "remove it": .dropped,
    ]

    public func parse(_ lines: [String], in context: PromptContext) -> Parsed<PlanStatus> {
        if let status = Self.synonyms[TextNormaliser.folded(lines.last ?? "")] { return .value(status) }
        switch Self.choices.parse(lines, in: context) {
        case .value(let option): return PlanStatus(rawValue: option).map(Parsed.value) ?? .reject(hint ?? "")
        case .reject(let reason): return .reject(reason)
        case .more(let ask): return .more(ask)
        }
    }

    public func answer(for status: PlanStatus) -> AnswerValue { .choice(status.rawValue) }

    public var hint: String? { Self.choices.hint }

    public func completions(for prefix: String) -> [String] { Self.choices.completions(for: prefix) }
}
