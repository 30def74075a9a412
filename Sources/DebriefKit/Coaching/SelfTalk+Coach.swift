import Foundation

// What the coach says when a self-verdict is found: one warm line in the spirit of
// self-compassion (speak to yourself as to a friend; one interview is one conversation), then
// an invitation to put it more fairly, which the person may decline.
extension SelfTalk {
    /// One short, warm reply to a verdict of `kind`.
    public static func reply(to kind: SelfVerdict.Kind) -> String {
        switch kind {
        case .label:
            "That's a hard thing to call yourself. You wouldn't say it to a friend after one interview — one interview is one conversation on one day, not a measure of you."
        case .prediction:
            "It can feel that way right after a no. But one interview is one conversation on one day; it can't tell you how the next ones will go."
        case .blame:
            "That's a lot to carry on your own. An interview has two sides, and one conversation on one day is not the whole story of you."
        }
    }

    /// The follow-up question: put `sentence` more fairly, or keep it. A yes/partly/no that
    /// opens the sentence ("partly, I'm useless at interviews") is left out of the quote: the
    /// verdict is what to reword, and the answer word stays.
    public static func invitation(for sentence: String) -> String {
        "If you'd like, put “\(TextNormaliser.quoted(withoutAnswerWord(sentence), limit: 120).dropFirst().dropLast())” more fairly — the way you'd say it to a friend, about this one time (for example: “this time, the salary question threw me”). Or press Enter, or type keep, to leave it as you wrote it."
    }

    /// What the coach says after a fairer wording is saved.
    public static let thanks = "Thank you — that's the wording that's kept."
    /// What the coach says when the person keeps what they wrote.
    public static let kept = "Kept as you wrote it."

    /// Whether `line` declines the invitation: empty, "keep", "no", "skip".
    public static func keeps(_ line: String) -> Bool {
        let folded = TextNormaliser.folded(line).trimmingCharacters(in: CharacterSet(charactersIn: ".! "))
        return ["", "keep", "keep it", "no", "nope", "no thanks", "leave it", "skip", "k"].contains(folded)
    }

    /// `sentence` without a leading "yes," / "partly —" / "kinda:" and the like.
    static func withoutAnswerWord(_ sentence: String) -> String {
        guard let mark = sentence.firstIndex(where: { ",;:—–-".contains($0) }),
              YesPartlyNoPrompt.meaning(of: String(sentence[..<mark])) != nil else { return sentence }
        let rest = sentence[sentence.index(after: mark)...].trimmingCharacters(in: .whitespaces)
        return rest.isEmpty ? sentence : rest
    }
}
