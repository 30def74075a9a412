import DebriefKit

/// Whether the person got to try an earlier plan: yes, partly, no, or not yet.
///
/// "Not yet" is its own answer, not a kind of no: a plan waits for the interview it was made
/// for. Everyday yes/partly/no words work as everywhere else ("kinda", "nope").
struct TriedPrompt: Prompt {
    static let options = ["yes", "partly", "no", "not yet"]

    func parse(_ lines: [String], in context: PromptContext) -> Parsed<String> {
        let folded = TextNormaliser.folded(lines.last ?? "")
        let words = folded.split { !$0.isLetter && $0 != "'" }.map(String.init)
        if folded == "4" || (words.contains("yet") && !words.contains("already")) { return .value("not yet") }
        if let number = Int(folded), Self.options.indices.contains(number - 1) { return .value(Self.options[number - 1]) }
        if let meaning = YesPartlyNoPrompt.meaning(of: folded) { return .value(meaning.rawValue) }
        return .reject("Answer yes, partly, no or not yet — whichever is closest is fine.")
    }

    func answer(for value: String) -> AnswerValue { .choice(value) }

    var hint: String? { "Answer yes, partly, no or not yet." }

    func completions(for prefix: String) -> [String] { completing(prefix, from: Self.options) }
}
