import DebriefKit
import Foundation

/// "What went well?": a list of at least one thing, with one gentle second ask when the
/// answer is "nothing".
///
/// Right after a no, "nothing went well" is how it feels, not how it was: there was an
/// interview to get, preparation, turning up, and learning what they ask. The first
/// "nothing" gets those as suggestions; a second "nothing" is accepted as skipped, so the
/// person is never pushed twice and the summary never repeats "nothing ever does".
struct WinsPrompt: Prompt {
    static let secondAsk = "That's how it can feel right after a no. Small, real things count here: you got the interview, you prepared, you showed up, you learned what they ask. Is one of those true for you? Type it in your own words — or type nothing again to leave this one."

    func parse(_ lines: [String], in context: PromptContext) -> Parsed<[String]> {
        let typed = lines.filter { !$0.isEmpty }
        if let last = typed.last, Self.isNothing(last) {
            return typed.count == 1 && lines.count == 1 ? .more(Self.secondAsk) : .value([])
        }
        return ListPrompt(minimum: 1).parse(lines.filter { !Self.isNothing($0) }, in: context)
    }

    func answer(for items: [String]) -> AnswerValue { items.isEmpty ? .skipped : .list(items) }

    var hint: String? { ListPrompt().hint }

    /// "nothing", "nothing went well", "nothing. nothing ever does", "none", "not a thing".
    static func isNothing(_ line: String) -> Bool {
        let words = TextNormaliser.folded(line).split { !$0.isLetter && $0 != "'" }.map(String.init)
        guard let first = words.first, ["nothing", "none", "nada", "zero", "not"].contains(first) else { return false }
        if first == "not" { return words.dropFirst().first == "a" || words.dropFirst().first == "anything" }
        let rest = Set(words.dropFirst())
        return rest.isSubset(of: ["went", "well", "really", "at", "all", "ever", "does", "nothing", "good", "right", "did", "i", "can", "think", "of", "honestly", "to", "be", "it", "goes", "go"])
    }
}
