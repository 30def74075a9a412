import Foundation

/// Free text: a sentence or a paragraph.
///
/// Required unless ``isOptional``; an optional question left empty is stored as skipped.
/// A question that asks for a name (``naming``) checks once when the answer reads like no
/// answer at all ("idk", "n/a", "?"): yes (or Enter) keeps it, any other line is the name.
public struct TextPrompt: Prompt {
    /// Whether an empty answer is accepted (stored as skipped).
    public var isOptional: Bool
    /// Longest accepted answer, in characters.
    public var maxLength: Int
    /// What the answer names, for the check: "the company's name".
    public var naming: String?

    /// A free-text question; `naming` (such as "the company's name") turns on the check.
    public init(optional: Bool = false, maxLength: Int = 4000, naming: String? = nil) {
        self.isOptional = optional
        self.maxLength = maxLength
        self.naming = naming
    }

    public func parse(_ lines: [String], in context: PromptContext) -> Parsed<String?> {
        if let naming, let first = lines.first {
            if lines.count == 1, Self.readsLikeNoAnswer(first) {
                return .more("Just checking: is \(TextNormaliser.quoted(first)) \(naming)? Type yes to keep it, or type the name — or /skip to leave it.")
            }
            if lines.count > 1, let last = lines.last, last.isEmpty || YesPartlyNoPrompt.meaning(of: last) == .yes {
                return .value(first)
            }
        }
        let text = lines.last ?? ""
        if text.isEmpty {
            return isOptional ? .value(nil) : .reject("I didn't get an answer there. Type a few words, or /skip to leave this one.")
        }
        return .value(text)
    }

    public func validate(_ value: String?) -> String? {
        guard let value, value.count > maxLength else { return nil }
        return "That answer is \(value.count.grouped) characters; this question takes up to \(maxLength.grouped). Shorten it a little, or keep the main points."
    }

    public func answer(for value: String?) -> AnswerValue {
        value.map(AnswerValue.text) ?? .skipped
    }

    /// "idk", "n/a", "none", "?": words that answer nothing, or no words at all.
    static func readsLikeNoAnswer(_ text: String) -> Bool {
        let folded = TextNormaliser.folded(text)
        return folded.isEmpty && !text.isEmpty || ChoicePrompt.nonAnswers.contains(folded)
    }

    public var hint: String? {
        isOptional ? "Type your answer, or press Enter to leave it empty." : "Type your answer in your own words."
    }
}

extension Int {
    /// 12,345: numbers in messages are easier to read grouped.
    var grouped: String {
        let digits = String(magnitude)
        var out = ""
        for (index, digit) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return self < 0 ? "-" + out : out
    }
}
