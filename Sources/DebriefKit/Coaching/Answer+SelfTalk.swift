import Foundation

// An answer as the self-talk rules see it: the words the person typed, and the same answer
// with one sentence put more fairly.
extension Answer {
    /// The words the person typed: free text, list items, STAR parts, a choice typed in their own
    /// words, and the reason after yes/partly/no ("partly, I'm useless at interviews").
    public var typedText: String {
        switch value {
        case .yesPartlyNo: raw
        case .scale, .date, .skipped: ""
        case .text, .list, .star, .choice: value.searchableText
        }
    }

    /// This answer with `sentence` replaced by `fairer` wherever it was typed; the first wording
    /// stays in the transcript only. A yes/partly/no answer keeps its meaning at the front.
    public func rewording(_ sentence: String, as fairer: String) -> Answer {
        func swap(_ text: String) -> String {
            guard let range = text.range(of: sentence) else { return text }
            return text.replacingCharacters(in: range, with: fairer)
        }
        var copy = self
        copy.raw = swap(raw)
        switch value {
        case .text(let text): copy.value = .text(swap(text))
        case .choice(let text): copy.value = .choice(swap(text))
        case .list(let items): copy.value = .list(items.map(swap))
        case .star(let star):
            copy.value = .star(STARAnswer(situation: swap(star.situation), task: swap(star.task), action: swap(star.action), result: swap(star.result)))
        case .yesPartlyNo(let meaning):
            if YesPartlyNoPrompt.meaning(of: copy.raw) != meaning { copy.raw = "\(meaning.rawValue), \(copy.raw)" }
        case .scale, .date, .skipped: break
        }
        return copy
    }
}

extension AnswerValue {
    /// This value as replays show it: self-verdict sentences left out (see ``SelfTalk/replayable(_:)``).
    public var replayable: AnswerValue {
        switch self {
        case .text(let text): .text(SelfTalk.replayable(text))
        case .list(let items): .list(items.map(SelfTalk.replayable))
        case .star(let star):
            .star(STARAnswer(situation: SelfTalk.replayable(star.situation), task: SelfTalk.replayable(star.task),
                             action: SelfTalk.replayable(star.action), result: SelfTalk.replayable(star.result)))
        case .choice, .yesPartlyNo, .scale, .date, .skipped: self
        }
    }
}
