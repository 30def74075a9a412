public import DebriefKit

/// Notices absolutist self-talk in a free-text answer and offers one gentle reframe.
///
/// Looking back helps when it stays specific ("this time, the salary question threw me");
/// it turns into rumination when one interview becomes a verdict ("I always mess up",
/// "I'm useless"). The guard looks for two patterns: a harsh label for yourself
/// ("I'm useless", "I am a failure"), or an absolute word (always, never, nothing,
/// everyone, …) within three words of "I", "my" or "me", or opening a sentence ("Nothing
/// went right."). "Never" telling of a first time ("I'd never heard of it") is left alone. Attach ``DebriefKit/Reaction/ruminationGuard`` to every free-text step; it
/// speaks at most once per chapter.
///
/// ```swift
/// Ask("wins.list", "What went well?", .list()).reacting(.ruminationGuard)
/// ```
public enum RuminationGuard {
    /// What set the guard off: a label ("useless") or an absolute word ("never").
    public enum Trigger: Hashable, Sendable {
        /// A harsh label for yourself: "useless", "a failure".
        case label(String)
        /// An absolute word in a sentence about yourself: "always", "never".
        case absolute(String)
    }

    static let labels = ["useless", "stupid", "failure", "hopeless", "idiot", "worthless", "pathetic", "loser", "fraud",
                         "incompetent", "terrible", "awful", "dumb", "not good enough", "no good"]
    static let absolutes = ["always", "never", "nothing", "everyone", "everybody", "nobody", "no one", "everything", "every time"]
    /// Words allowed between "I'm" and the label: "I'm such a failure", "I'm just so stupid".
    static let intensifiers: Set<String> = ["a", "an", "so", "such", "just", "completely", "totally", "really", "utterly", "the", "biggest"]

    /// The first trigger in `text`, or nil when it reads as ordinary reflection.
    public static func trigger(in text: String) -> Trigger? {
        let sentences = Prose.sentences(in: text).map(Prose.words)
        for words in sentences {
            if let label = label(in: words) { return .label(label) }
        }
        for words in sentences {
            guard let word = Prose.firstPhrase(absolutes, in: words), !firstTime(word, in: words) else { continue }
            let opens = absolutes.contains { words.starts(with: $0.split(separator: " ").map(String.init)) }
            if opens || aboutMe(word, in: words) { return .absolute(word) }
        }
        return nil
    }

    /// Whether the absolute word sits close to "I", "my" or "me" (at most three words away),
    /// so "I always freeze" counts but "I'd tell them you always learn something" does not.
    private static func aboutMe(_ word: String, in words: [String]) -> Bool {
        let first = word.split(separator: " ").first.map(String.init) ?? word
        let absolute = words.indices.filter { words[$0] == first }
        let personal = words.indices.filter { Prose.firstPerson.contains(words[$0]) }
        return absolute.contains { a in personal.contains { abs($0 - a) <= 3 } }
    }

    /// Verbs that, after "never", tell of something new rather than pass a verdict:
    /// "I'd never heard of it", "I had never used Kafka".
    static let novelties: Set<String> = ["heard", "seen", "used", "tried", "done", "met", "worked", "encountered",
                                         "thought", "considered", "known", "learned", "learnt", "touched", "studied", "come"]
    /// What may follow "never been" in the same sense: "I've never been asked that".
    static let firstTimePassives: Set<String> = ["asked", "told", "shown", "taught", "given", "interviewed", "tested"]
    /// Words that date a "never" to before this interview: "I had never … before".
    static let untilNow: Set<String> = ["before", "until", "till"]

    /// Whether "never" tells of a first time ("I'd never heard of it", "never been asked that",
    /// "… before") rather than of a pattern ("I never get past the final round").
    private static func firstTime(_ word: String, in words: [String]) -> Bool {
        guard word == "never", let index = words.firstIndex(of: "never") else { return false }
        if words.contains(where: untilNow.contains) { return true }
        let next = words.dropFirst(index + 1).first ?? ""
        if novelties.contains(next) { return true }
        return next == "been" && firstTimePassives.contains(words.dropFirst(index + 2).first ?? "")
    }

    /// The reframe for a trigger, in the coach's words.
    public static func reframe(for trigger: Trigger) -> String {
        switch trigger {
        case .label(let word):
            "“\(word.prefix(1).uppercased() + word.dropFirst())” is a hard thing to call yourself. One interview measures one conversation on one day — not who you are. Taking the time to learn from it says something good about you."
        case .absolute(let word):
            "I noticed “\(word)”. Words like that can turn one interview into a story about your whole life. It was one conversation, with one team, on one day. A fairer way to put it might be: “this time, that part didn't go the way I wanted.”"
        }
    }

    /// "I'm …" or "I am …" followed by a label, allowing a few intensifiers in between.
    private static func label(in words: [String]) -> String? {
        for (index, word) in words.enumerated() {
            var next: Int
            if word == "i'm" || word == "im" { next = index + 1 }
            else if word == "i", index + 1 < words.count, words[index + 1] == "am" || words[index + 1] == "feel" { next = index + 2 }
            else { continue }
            while next < words.count, intensifiers.contains(words[next]) { next += 1 }
            let rest = words[next...]
            if let label = labels.first(where: { rest.starts(with: $0.split(separator: " ").map(String.init)) }) { return label }
        }
        return nil
    }
}

extension Reaction {
    /// The rumination guard as a reaction: one gentle reframe, at most once per chapter.
    /// See ``RuminationGuard``.
    public static var ruminationGuard: Reaction {
        Reaction(id: "rumination", oncePerChapter: true) { input in
            RuminationGuard.trigger(in: input.value.searchableText).map(RuminationGuard.reframe(for:))
        }
    }
}
