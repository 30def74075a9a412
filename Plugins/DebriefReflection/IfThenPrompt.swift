import DebriefKit

/// A plan in if-then form: "next time, if they ask about salary, I will give my range".
///
/// Plans that name the moment (if, when, before…) and the move (I will…) are the ones
/// people carry out, so a plan missing either part gets a specific nudge instead of
/// being stored half-formed. The text is kept exactly as typed.
struct IfThenPrompt: Prompt {
    /// An empty line is stored as skipped (for the optional second plan).
    var isOptional = false

    static let moments = ["if", "when", "whenever", "before", "after", "once", "next time"]
    static let moves = ["i will", "i'll", "i'm going to", "i am going to", "i shall", "i'd like to", "i want to"]

    func parse(_ lines: [String], in context: PromptContext) -> Parsed<String?> {
        let text = lines.last ?? ""
        if text.isEmpty {
            return isOptional ? .value(nil) : .reject("Type a plan like “next time, if they ask about salary, I will give my researched range”, or /skip.")
        }
        let folded = " " + TextNormaliser.folded(text) + " "
        let hasMoment = Self.moments.contains { folded.contains(" \($0) ") }
        let hasMove = Self.moves.contains { folded.contains(" \($0) ") }
        switch (hasMoment, hasMove) {
        case (true, true): return .value(text)
        case (false, true): return .reject("Add the moment it's for: start with “next time, if …” or “before my next interview, …”, then what you'll do.")
        case (true, false): return .reject("Add what you'll do: “… I will …”, so the plan ends in something you can act on.")
        case (false, false): return .reject("Try the form “next time, if …, I will …” — for example “if they ask why I'm leaving, I will talk about what I'm looking for next”.")
        }
    }

    func answer(for value: String?) -> AnswerValue { value.map(AnswerValue.text) ?? .skipped }

    var hint: String? { "A plan in the form “next time, if …, I will …”." }
}
