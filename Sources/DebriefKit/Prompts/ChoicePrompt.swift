import Foundation

/// One of a few named options, picked by number, by name or by a unique prefix.
///
/// With ``allowsOther``, any other text is accepted as written: "stage reached" has
/// common answers, but nobody should be forced into a box that does not fit.
public struct ChoicePrompt: Prompt {
    /// The options, in the order they are numbered.
    public var options: [String]
    /// Accept text that matches no option as written.
    public var allowsOther: Bool

    /// A choice among `options`.
    public init(_ options: [String], allowsOther: Bool = false) {
        self.options = options
        self.allowsOther = allowsOther
    }

    public func parse(_ lines: [String], in context: PromptContext) -> Parsed<String> {
        let raw = lines.last ?? ""
        let text = TextNormaliser.folded(raw)
        if text.isEmpty { return .reject("Pick one: \(numbered).") }
        // An option's own words win over its number, so "3" picks "3" or "3 people", not option 3.
        if let exact = options.first(where: { TextNormaliser.folded($0) == text }) { return .value(exact) }
        let startingWord = options.filter { TextNormaliser.folded($0).hasPrefix(text + " ") }
        if startingWord.count == 1 { return .value(startingWord[0]) }
        if let n = Int(text) {
            if options.indices.contains(n - 1) { return .value(options[n - 1]) }
            return .reject("There's no option \(n); pick 1 to \(options.count): \(numbered).")
        }
        let matches = options.filter { TextNormaliser.folded($0).hasPrefix(text) }
        if matches.count == 1 { return .value(matches[0]) }
        // The start of several options is a half-typed choice, even when other text is allowed.
        if matches.count > 1 {
            return .reject("\(TextNormaliser.quoted(raw)) could be \(matches.joined(separator: " or ")); type a little more, or the number.")
        }
        if allowsOther { return .value(raw) }
        return .reject("\(TextNormaliser.quoted(raw)) isn't one of the options. Pick one by number or name: \(numbered).")
    }

    public func answer(for value: String) -> AnswerValue { .choice(value) }

    public var hint: String? {
        "Pick by number or name: \(numbered)\(allowsOther ? ", or type your own" : "")."
    }

    public func completions(for prefix: String) -> [String] {
        completing(prefix, from: options)
    }

    /// "1 rejected, 2 no reply, 3 role closed".
    public var numbered: String {
        options.enumerated().map { "\($0.offset + 1) \($0.element)" }.joined(separator: ", ")
    }
}
