import Foundation

/// One of a few named options, picked by number, by name or by a unique prefix, or read
/// from a sentence that names exactly one of them.
///
/// "rejected, a two-line email" picks "rejected": a sentence counts when it holds an
/// option's words (unless ``allowsOther``), or one of its ``synonyms`` ("they ghosted me"
/// → "no reply"), for one option only. With ``allowsOther``, any other text is accepted as written: "stage reached"
/// has common answers, but nobody should be forced into a box that does not fit. A
/// non-answer ("no", "n/a", "idk") is never taken as the person's own option: it is refused
/// with what would work.
public struct ChoicePrompt: Prompt {
    /// The options, in the order they are numbered.
    public var options: [String]
    /// Accept text that matches no option as written.
    public var allowsOther: Bool
    /// Everyday words for an option, by option: `["no reply": ["ghosted", "never heard back"]]`.
    /// They pick the option even with ``allowsOther``.
    public var synonyms: [String: [String]]

    /// A choice among `options`; `synonyms` lists other words people use for some of them.
    public init(_ options: [String], allowsOther: Bool = false, synonyms: [String: [String]] = [:]) {
        self.options = options
        self.allowsOther = allowsOther
        self.synonyms = synonyms
    }

    /// Words that answer nothing: refused even where the person's own text is welcome.
    static let nonAnswers: Set<String> = ["no", "nope", "nah", "n/a", "na", "none", "idk", "i don't know", "dont know", "don't know",
                                          "dunno", "no idea", "not sure", "nothing", "yes", "yep", "ok", "okay", "whatever"]

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
        let named = named(in: text)
        if named.count == 1 { return .value(named[0]) }
        if named.count > 1 {
            return .reject("\(TextNormaliser.quoted(raw)) could mean \(named.joined(separator: " or ")); type the number of the one you mean.")
        }
        if Self.nonAnswers.contains(text) {
            let other = allowsOther ? ", or describe it in a few words" : ""
            return .reject("\(TextNormaliser.quoted(raw)) doesn't say which one. Pick one by number or name: \(numbered)\(other) — or type /skip to leave it.")
        }
        if allowsOther { return .value(raw) }
        return .reject("\(TextNormaliser.quoted(raw)) isn't one of the options. Pick one by number or name: \(numbered).")
    }

    /// The options a sentence names as whole words: by a synonym, or by the option's own
    /// words unless the person's own text is welcome ("final round (onsite)" stays as written).
    private func named(in folded: String) -> [String] {
        let padded = " \(folded) "
        return options.filter { option in
            ((allowsOther ? [] : [option]) + (synonyms[option] ?? [])).contains { padded.contains(" \(TextNormaliser.folded($0)) ") }
        }
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
