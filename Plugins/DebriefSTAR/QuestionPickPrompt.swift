import DebriefKit

/// Picks one item of an earlier list answer by number or text, or takes a new one as typed.
///
/// The STAR chapter uses it to choose the question to practise: one of those the person
/// struggled with ("2"), or a different one ("Tell me about a time you led a team").
struct QuestionPickPrompt: Prompt {
    /// The list step whose items can be picked; nil when only new text is possible.
    var listStepID: String?

    func parse(_ lines: [String], in context: PromptContext) -> Parsed<String> {
        let text = lines.last ?? ""
        let items = items(in: context.debrief)
        guard !text.isEmpty else {
            return .reject(items.isEmpty ? "Type the question you'd like to practise." : "Type the number of a question above, or write a different question.")
        }
        if let number = Int(text) {
            if items.indices.contains(number - 1) { return .value(items[number - 1]) }
            let range = items.isEmpty ? "there's no list to pick from" : "pick 1 to \(items.count)"
            return .reject("There's no question \(number) — \(range), or write the question itself.")
        }
        let folded = TextNormaliser.folded(text)
        return .value(items.first { TextNormaliser.folded($0) == folded } ?? text)
    }

    func answer(for question: String) -> AnswerValue { .text(question) }

    var hint: String? { "Type the number of a question from the list, or write a new question." }

    private func items(in debrief: Debrief?) -> [String] {
        guard let listStepID, case .list(let items)? = debrief?[listStepID] else { return [] }
        return items
    }
}
