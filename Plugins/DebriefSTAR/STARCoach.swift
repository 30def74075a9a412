public import DebriefKit
import Foundation

/// Reads a STAR example and returns at most three hints, the most useful first, each
/// quoting the sentence that prompted it.
///
/// The checks follow what interviewers listen for in a behavioural answer: a result that
/// exists, one real episode rather than what you would usually do, your own part ("I", not
/// "we") in at least three concrete steps with clear verbs, what you learned when the story
/// is about a setback or a disagreement, a result with a number, an action that gets about
/// half the words, a length of about 80–450 words, and plain words rather than hedges.
/// Thresholds sit below the ideal, so a hint is given only where it clearly helps.
///
/// One problem gets one hint: a hint that another already covers is left out (a "we" story
/// is not also told to add steps). The rules are simple word patterns, so every hint can be
/// explained by its quote.
///
/// ```swift
/// let hints = STARCoach().hints(for: example, question: "Tell me about a conflict at work")
/// ```
public struct STARCoach: Sendable {
    /// Fewer words than this gets ``STARHint/Kind/tooShort``. A spoken example needs about
    /// 80; the default, 60, leaves alone a complete story that is merely brief.
    public var minimumWords: Int
    /// More words than this gets ``STARHint/Kind/tooLong``.
    public var maximumWords: Int
    /// Fewer steps of yours in the action than this ("I <verb>" clauses, and the verbs that
    /// share their "I") gets ``STARHint/Kind/fewActions``.
    public var minimumActions: Int
    /// An action share of the words below this gets ``STARHint/Kind/balance``. The action
    /// should have about half; the default, a quarter, flags only an action crowded out.
    public var minimumActionShare: Double
    /// The most hints given at once; more at a time is harder to act on.
    public var maximumHints: Int

    /// A coach with the usual thresholds; change them to tune it for a different setting.
    public init(minimumWords: Int = 60, maximumWords: Int = 450, minimumActions: Int = 3, minimumActionShare: Double = 0.25,
                maximumHints: Int = 3) {
        self.minimumWords = minimumWords
        self.maximumWords = maximumWords
        self.minimumActions = minimumActions
        self.minimumActionShare = minimumActionShare
        self.maximumHints = maximumHints
    }

    /// The hints for `answer`, most useful first (the order of ``STARHint/Kind``), at most
    /// ``maximumHints``, none covered by another. `question` is the interview question the
    /// example answers; with the situation and the task it tells whether the story is about
    /// a setback or a disagreement, where a learning is expected.
    public func hints(for answer: STARAnswer, question: String? = nil) -> [STARHint] {
        let example = Example(answer)
        guard !example.sentences.isEmpty else { return [] }
        let checks: [(Example) -> STARHint?] = [
            noResult, hypothetical, ownership, fewActions, weakVerbs,
            { self.noLearning($0, question: question) },
            resultWithoutNumber, balance, length, hedging,
        ]
        let found = checks.compactMap { $0(example) }
        let kinds = Set(found.map(\.kind))
        let kept = found.filter { Self.coveredBy[$0.kind, default: []].isDisjoint(with: kinds) }
        return Array(kept.prefix(maximumHints))
    }

    /// The hints that make another one repeat itself: telling one real time already asks
    /// for your own steps and a real result; "say what you did yourself" already asks for
    /// steps; saying how it ended already makes a short story longer.
    static let coveredBy: [STARHint.Kind: Set<STARHint.Kind>] = [
        .ownership: [.hypothetical],
        .fewActions: [.hypothetical, .ownership, .weakVerbs],
        .weakVerbs: [.hypothetical, .ownership],
        .resultWithoutNumber: [.hypothetical],
        .balance: [.hypothetical, .tooShort],
        .tooShort: [.hypothetical, .noResult],
        .tooLong: [.hypothetical, .balance],
        .hedging: [.hypothetical],
    ]

    // MARK: - The checks

    private func noResult(_ example: Example) -> STARHint? {
        guard !example.hasResult, let sentence = example.sentences(in: .result).first ?? example.sentences.last else { return nil }
        return hint(.noResult, "How it ended: say what changed because of what you did. If it's still going, say where it stands today — that counts too.", sentence)
    }

    private func hypothetical(_ example: Example) -> STARHint? {
        let action = example.sentences(in: .action).filter { !Self.reflects($0.words) }
        let imagined = action.filter { Self.isImagined($0.words) }
        let told = action.filter { Self.tellsWhatHappened($0.words) }
        guard let sentence = imagined.first, imagined.count > told.count else { return nil }
        return hint(.hypothetical, "One real time: this reads as what you would do, not what you did. Pick one specific time and tell what you did then, step by step.", sentence)
    }

    private func ownership(_ example: Example) -> STARHint? {
        let action = example.sentences(in: .action)
        let words = action.flatMap { Self.asTeam(in: $0.text) }
        // A step told as a note ("Called the client.") is a step of yours with the "I" left out.
        // Who does each step: "we chose" is shared, "our lunch club" is only where it happened.
        let mine = words.filter { Prose.firstPerson.contains($0) && !["my", "mine"].contains($0) }.count + action.filter { $0.words.first.map(Self.isPast) == true }.count
        let ours = words.filter { Self.firstPersonPlural.contains($0) && !["our", "ours"].contains($0) }.count
        guard ours > mine, let sentence = action.first(where: { !Set(Self.asTeam(in: $0.text)).isDisjoint(with: Self.firstPersonPlural) })
        else { return nil }
        return hint(.ownership, "Your part: the action says “we” more than “I”. Interviewers want to hear what you did yourself — tell your steps with “I”.", sentence)
    }

    private func fewActions(_ example: Example) -> STARHint? {
        guard example.actionSteps < minimumActions, let sentence = example.sentences(in: .action).first else { return nil }
        return hint(.fewActions, "Your steps: spell out what you did yourself, one step at a time — what you did first, next and then. Three clear steps make the action easy to follow.", sentence)
    }

    private func weakVerbs(_ example: Example) -> STARHint? {
        guard let (sentence, verb) = example.sentences(in: .action).lazy.compactMap({ s in Self.weakVerb(in: s).map { (s, $0) } }).first
        else { return nil }
        let more = example.actionSteps < minimumActions ? "Name each step you took — what you did first, next and then." : "Name what you did — built, wrote, decided, negotiated, fixed."
        return hint(.weakVerbs, "Clearer verbs: “\(verb)” hides your part. \(more)", sentence)
    }

    private func noLearning(_ example: Example, question: String?) -> STARHint? {
        guard example.isSetback(question: question), example.learning == nil,
              let sentence = example.sentences(in: .result).last ?? example.sentences.last else { return nil }
        return hint(.noLearning, "What you took from it: in a story about a setback or a disagreement, close with what you learned or what you do differently now — it's what the question is really after.", sentence)
    }

    private func resultWithoutNumber(_ example: Example) -> STARHint? {
        let words = example.words(in: .result)
        guard example.hasResult, !Self.isMeasured(words), let sentence = example.sentences(in: .result).first else { return nil }
        return hint(.resultWithoutNumber, "A number: a count, time saved or a before-and-after (“from … to …”) makes the result easy to remember.", sentence)
    }

    private func balance(_ example: Example) -> STARHint? {
        let total = example.wordCount
        let action = example.words(in: .action).count
        guard total > 0, Double(action) / Double(total) < minimumActionShare else { return nil }
        // Name, and quote from, whichever takes more of the rest: the set-up or the result.
        let setUp = example.words(in: .situation).count + example.words(in: .task).count
        let heavier: [STARPart] = setUp >= example.words(in: .result).count ? [.situation, .task] : [.result]
        guard let longest = example.sentences.filter({ heavier.contains($0.part) }).max(by: { $0.words.count < $1.words.count }) else { return nil }
        let advice = heavier == [.result]
            ? "More room for the action: the result takes more words than what you did. Keep the result to the main change, and tell your steps in more detail."
            : "More room for the action: most of the words go to setting the scene. Keep the set-up to a sentence or two and spend the time on what you did — it's what they listen for."
        return hint(.balance, advice, longest)
    }

    private func length(_ example: Example) -> STARHint? {
        let total = example.wordCount
        if total < minimumWords, let sentence = example.sentences(in: .action).first ?? example.sentences.first {
            return hint(.tooShort, "A little more detail: as it stands a listener gets the outline but not the story. Add what was at stake and a step or two more, starting here:", sentence)
        }
        if total > maximumWords, let longest = example.sentences.max(by: { $0.words.count < $1.words.count }) {
            return hint(.tooLong, "Shorter is easier to follow: told aloud, this runs for several minutes; two is plenty. Trim the set-up first — the longest sentence is:", longest)
        }
        return nil
    }

    private func hedging(_ example: Example) -> STARHint? {
        guard let sentence = example.sentences.first(where: { Self.hedge(in: $0.words) != nil }),
              let found = Self.hedge(in: sentence.words) else { return nil }
        return hint(.hedging, "Say it straight: “\(sentence.asWritten(found))” softens your own story. You were there — you can say it plainly.", sentence)
    }

    private func hint(_ kind: STARHint.Kind, _ advice: String, _ sentence: Example.Sentence) -> STARHint? {
        STARHint(kind: kind, advice: advice, part: sentence.part, evidence: sentence.text)
    }
}
