extension AnswerValue {
    /// What stands for a person's words in a ``wordless`` answer.
    public static let wordPlaceholder = "…"

    /// The answer's shape without the person's words: every non-empty text, choice, list item
    /// and STAR part becomes ``wordPlaceholder``; days, numbers and yes/partly/no stay. For
    /// counts that must not read what people wrote (``DebriefStore/datedFacts(_:datedAt:from:through:)``).
    public var wordless: AnswerValue {
        func blank(_ text: String) -> String { text.isEmpty ? "" : Self.wordPlaceholder }
        switch self {
        case .text(let text): return .text(blank(text))
        case .choice(let text): return .choice(blank(text))
        case .list(let items): return .list(items.map(blank))
        case .star(let star):
            return .star(STARAnswer(situation: blank(star.situation), task: blank(star.task), action: blank(star.action), result: blank(star.result)))
        case .yesPartlyNo, .scale, .date, .skipped: return self
        }
    }
}
