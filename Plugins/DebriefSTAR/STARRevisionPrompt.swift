import DebriefKit

/// The new text for the part picked in a revision round, stored as the whole revised example.
///
/// Storing the whole example (not just the part) keeps the final version in the answers,
/// where reports and the practice deck read it; the raw input is the new part as typed.
struct STARRevisionPrompt: Prompt {
    var round: Int
    var maxLength = 4000

    func parse(_ lines: [String], in context: PromptContext) -> Parsed<STARAnswer> {
        let text = lines.last ?? ""
        guard !text.isEmpty else { return .reject("Type the new version of this part, or /skip to keep it as it was.") }
        guard text.count <= maxLength else {
            return .reject("That part is \(text.count) characters; keep it under \(maxLength).")
        }
        guard let debrief = context.debrief, case .choice(let pick)? = debrief[STARPlugin.StepID.decision(round)],
              let part = STARPart(rawValue: pick), let (current, _) = STARReview.latest(in: debrief, through: round - 1) else {
            return .reject("There's no example to revise here; type /skip to move on.")
        }
        return .value(current.replacing(part, with: text))
    }

    func answer(for value: STARAnswer) -> AnswerValue { .star(value) }

    var hint: String? { "Type the new version of the part you picked; it replaces the old one." }
}
