public import DebriefKit
import Foundation

/// Reads a STAR example and returns hints, each quoting the sentence that prompted it.
///
/// The checks follow what interviewers listen for in a behavioural answer: your own
/// part ("I", not "we"), a real episode rather than what you would usually do, at least
/// three concrete actions with strong verbs, a result that exists and has a number, an
/// action that gets about half the words, a length of about 80–450 words, plain words
/// rather than hedges, and, for a question about a failure or a conflict, what you learned.
/// The rules are simple word patterns, so every hint can be explained by its quote.
///
/// ```swift
/// let hints = STARCoach().hints(for: example, question: "Tell me about a conflict at work")
/// ```
public struct STARCoach: Sendable {
    /// Fewer words than this gets ``STARHint/Kind/tooShort``.
    public var minimumWords: Int
    /// More words than this gets ``STARHint/Kind/tooLong``.
    public var maximumWords: Int
    /// Fewer steps of yours in the action than this ("I <verb>" clauses, and the verbs that
    /// share their "I") gets ``STARHint/Kind/fewActions``.
    public var minimumActions: Int
    /// An action share of the words below this gets ``STARHint/Kind/balance``.
    public var minimumActionShare: Double

    /// A coach with the usual thresholds; change them to tune it for a different setting.
    public init(minimumWords: Int = 80, maximumWords: Int = 450, minimumActions: Int = 3, minimumActionShare: Double = 0.35) {
        self.minimumWords = minimumWords
        self.maximumWords = maximumWords
        self.minimumActions = minimumActions
        self.minimumActionShare = minimumActionShare
    }

    /// The hints for `answer`, in the order of ``STARHint/Kind``, at most one of each kind.
    /// `question` is the interview question the example answers; it decides whether a
    /// learning is expected.
    public func hints(for answer: STARAnswer, question: String? = nil) -> [STARHint] {
        let example = Example(answer)
        guard !example.sentences.isEmpty else { return [] }
        let checks: [(Example) -> STARHint?] = [
            ownership, hypothetical, fewActions, weakVerbs, noResult, resultWithoutNumber, balance, length, hedging,
            { self.noLearning($0, question: question) },
        ]
        return checks.compactMap { $0(example) }
    }

    // MARK: - The checks

    private func ownership(_ example: Example) -> STARHint? {
        let words = example.words(in: .action)
        let mine = words.filter { Prose.firstPerson.contains($0) }.count
        let ours = words.filter { Self.firstPersonPlural.contains($0) }.count
        guard ours > mine, let sentence = example.first(in: [.action], where: { !Set($0).isDisjoint(with: Self.firstPersonPlural) }) else { return nil }
        return hint(.ownership, "Ownership: the action says “we” more often than “I”. Interviewers want to hear your part — say what you did yourself.", sentence)
    }

    private func hypothetical(_ example: Example) -> STARHint? {
        let habit: ([String]) -> Bool = { Prose.firstPhrase(Self.hypotheticalPhrases, in: Self.withoutWishes($0)) != nil }
        let adverb: ([String]) -> Bool = { Prose.firstPhrase(Self.habitWords, in: $0) != nil }
        guard let sentence = example.sentences.first(where: { habit($0.words) || ($0.part != .situation && adverb($0.words)) })
        else { return nil }
        return hint(.hypothetical, "A real episode: this sounds like what you would do or usually do. Pick one specific time and tell what happened then.", sentence)
    }

    private func fewActions(_ example: Example) -> STARHint? {
        let clauses = example.sentences(in: .action).reduce(0) { $0 + Self.actionSteps(in: $1.text) }
        guard clauses < minimumActions, let sentence = example.sentences(in: .action).first else { return nil }
        let counted = clauses == 1 ? "one step" : clauses == 0 ? "no steps yet" : "\(clauses) steps"
        return hint(.fewActions, "Concrete actions: I count \(counted) that you took yourself (“I …”). Spell out at least three — what you did first, next and then.", sentence)
    }

    private func weakVerbs(_ example: Example) -> STARHint? {
        guard let sentence = example.first(in: [.action], where: { Prose.firstPhrase(Self.weakVerbPhrases, in: $0) != nil }) else { return nil }
        let verb = Prose.firstPhrase(Self.weakVerbPhrases, in: sentence.words) ?? ""
        return hint(.weakVerbs, "Strong verbs: “\(verb)” hides what you did. Name it — built, wrote, decided, negotiated, fixed.", sentence)
    }

    private func noResult(_ example: Example) -> STARHint? {
        let result = example.words(in: .result).joined(separator: " ")
        guard result.isEmpty || Self.nonAnswers.contains(result) else { return nil }
        let sentence = example.sentences(in: .result).first ?? example.sentences.last
        return sentence.flatMap { hint(.noResult, "A result: the example stops before it says how things ended. Add what changed because of what you did.", $0) }
    }

    private func resultWithoutNumber(_ example: Example) -> STARHint? {
        let words = example.words(in: .result)
        let result = words.joined(separator: " ")
        guard !result.isEmpty, !Self.nonAnswers.contains(result), !words.contains(where: Self.isNumber),
              let sentence = example.sentences(in: .result).first else { return nil }
        return hint(.resultWithoutNumber, "A number: the result has none. A count, a percentage, time saved or a before-and-after makes it easy to remember.", sentence)
    }

    private func balance(_ example: Example) -> STARHint? {
        let total = example.wordCount
        let action = example.words(in: .action).count
        guard total > 0, Double(action) / Double(total) < minimumActionShare else { return nil }
        // Name, and quote from, whichever takes more of the rest: the set-up or the result.
        let setUp = example.words(in: .situation).count + example.words(in: .task).count
        let heavier: [STARPart] = setUp >= example.words(in: .result).count ? [.situation, .task] : [.result]
        guard let longest = example.sentences.filter({ heavier.contains($0.part) }).max(by: { $0.words.count < $1.words.count }) else { return nil }
        let share = Int((Double(action) / Double(total) * 100).rounded())
        let rest = heavier == [.result] ? "the result" : "setting the scene"
        return hint(.balance, "Balance: the action is \(share)% of the words, and most of the rest goes to \(rest). Give the action about half — it's what they're listening for.", longest)
    }

    private func length(_ example: Example) -> STARHint? {
        let total = example.wordCount
        if total < minimumWords, let sentence = example.sentences(in: .action).first ?? example.sentences.first {
            return hint(.tooShort, "Length: about \(total) words is brief; a spoken example usually needs \(minimumWords) to \(maximumWords). Add a step or two to the action, starting here:", sentence)
        }
        if total > maximumWords, let longest = example.sentences.max(by: { $0.words.count < $1.words.count }) {
            return hint(.tooLong, "Length: about \(total) words may lose the listener; aim for under \(maximumWords). Trim the set-up first — the longest sentence is:", longest)
        }
        return nil
    }

    private func hedging(_ example: Example) -> STARHint? {
        guard let sentence = example.first(in: STARPart.allCases, where: { Prose.firstPhrase(Self.hedges, in: $0) != nil }) else { return nil }
        let found = Prose.firstPhrase(Self.hedges, in: sentence.words) ?? ""
        // Quote it as the person wrote it ("I think", not "i think").
        let hedge = sentence.text.range(of: found, options: .caseInsensitive).map { String(sentence.text[$0]) } ?? found
        return hint(.hedging, "Plain words: “\(hedge)” softens your own story. You were there — say it straight.", sentence)
    }

    private func noLearning(_ example: Example, question: String?) -> STARHint? {
        guard let question, Self.asksAboutSetback(Prose.words(in: question)),
              !example.sentences.contains(where: { Self.showsLearning($0.words) }),
              let sentence = example.sentences(in: .result).last ?? example.sentences.last else { return nil }
        return hint(.noLearning, "A learning: for a question about a failure or a conflict, end with what you learned or what you do differently now.", sentence)
    }

    private func hint(_ kind: STARHint.Kind, _ advice: String, _ sentence: Example.Sentence) -> STARHint? {
        STARHint(kind: kind, advice: advice, part: sentence.part, evidence: sentence.text)
    }
}
