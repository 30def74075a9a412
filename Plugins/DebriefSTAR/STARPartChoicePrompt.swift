import DebriefKit

/// Keep the example, or name the part to revise: "keep", "2", "revise the action", "fine".
///
/// A ``ChoicePrompt`` over `keep, situation, task, action, result` that first drops the
/// verbs people naturally add ("revise", "change the … part") and reads "done" or "fine"
/// as keep.
struct STARPartChoicePrompt: Prompt {
    static let options = ["keep"] + STARPart.allCases.map(\.rawValue)
    static let fillers: Set<String> = ["revise", "change", "redo", "edit", "rewrite", "update", "fix", "the", "my", "part",
                                       "it", "as", "is", "this", "that", "one", "version", "i'd", "like", "to", "let's",
                                       "lets", "please", "i'll", "i", "want"]
    static let keepWords: Set<String> = ["done", "fine", "good", "ok", "okay", "happy", "no", "nope", "leave", "keep"]

    private let choice = ChoicePrompt(options)

    func parse(_ lines: [String], in context: PromptContext) -> Parsed<String> {
        let words = TextNormaliser.folded(lines.last ?? "").split(separator: " ").map(String.init)
        let kept = words.filter { !Self.fillers.contains($0) }
        if let first = kept.first, Self.keepWords.contains(first) { return .value("keep") }
        guard !kept.isEmpty else {
            return .reject("Which part? Type keep, or one of situation, task, action, result (or 1 to 5).")
        }
        return choice.parse([kept.joined(separator: " ")], in: context)
    }

    func answer(for value: String) -> AnswerValue { .choice(value) }

    var hint: String? { choice.hint }

    func completions(for prefix: String) -> [String] { choice.completions(for: prefix) }
}
