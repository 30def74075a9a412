import Foundation

/// Tells a harsh verdict on yourself from ordinary reflection, in any text a person types.
///
/// Looking back helps when it stays specific ("the salary question threw me"); it turns into
/// rumination when one interview becomes a verdict on the whole person. ``verdict(in:)`` reads
/// each sentence with a few rules: the subject is the person ("I", or "me" as the one not hired),
/// and the predicate is
/// - a harsh **label**: "I'm useless", "I am such an idiot", "what a failure I am", "I am very bad
///   person for interviews" (plain words like "bad" count only about the whole person, not "bad at SQL");
/// - a global **prediction**: "I'll never get a job", "nobody will ever hire me", "I'm never going
///   to be good enough";
/// - blanket **blame**: "it's all my fault", "I ruin every interview", "I always screw it up".
///
/// Ordinary text is left alone: the same words about other people or things ("Everyone on the
/// panel was friendly"), habits ("I always prepare three stories"), first times ("I'd never heard
/// of it"), negation ("I don't think I'm useless"), someone else's words ("my friend said…",
/// anything in quotation marks), and a specific mistake owned with what was done about it ("It was
/// my fault the deploy failed, so I wrote a checklist"). Pure: no I/O, no state.
///
/// ```swift
/// SelfTalk.verdict(in: "partly, I'm useless at interviews")?.kind   // .label
/// SelfTalk.verdict(in: "I always prepare three stories")            // nil
/// ```
public enum SelfTalk {
    /// The first self-verdict in `text`, or nil when it reads as ordinary reflection.
    public static func verdict(in text: String) -> SelfVerdict? {
        verdicts(in: text).first
    }

    /// Every sentence of `text` that is a self-verdict, in order.
    public static func verdicts(in text: String) -> [SelfVerdict] {
        guard TypedSentence.mayContain(triggers, in: text) else { return [] }
        let sentences = TypedSentence.split(text)
        var found: [SelfVerdict] = []
        for (n, sentence) in sentences.enumerated() {
            if let kind = kind(of: sentence.words) {
                found.append(SelfVerdict(kind: kind, sentence: sentence.text))
            } else if n > 0, habitTail(sentence.words), failed(sentences[n - 1].words), found.last?.sentence != sentences[n - 1].text {
                // "Of course I choked. I always do.": the second sentence makes the first blanket.
                let pair = "\(sentences[n - 1].text) \(sentence.text)"
                found.append(SelfVerdict(kind: .blame, sentence: text.contains(pair) ? pair : sentence.text))
            }
        }
        return found
    }

    /// What replays show instead of an answer that was only self-verdicts.
    public static let placeholder = "(not repeated here)"

    /// `text` without its self-verdict sentences, for anything that replays an answer (a summary,
    /// a report, a practice card): what someone said about themselves on a low day is not read
    /// back to them. Text with no verdict comes back unchanged; text that was nothing else
    /// becomes ``placeholder``.
    public static func replayable(_ text: String) -> String {
        let found = verdicts(in: text)
        guard !found.isEmpty else { return text }
        var kept = text
        for verdict in found {
            if let range = kept.range(of: verdict.sentence) { kept.removeSubrange(range) }
        }
        let lines = kept.split(separator: "\n", omittingEmptySubsequences: true)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty && $0 != ";" && $0 != "," }
        return lines.isEmpty ? placeholder : lines.joined(separator: "\n")
    }
}
