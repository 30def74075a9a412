/// One thing a STAR example could do better, with the sentence that prompted it.
///
/// A hint is never a grade: it names one pattern and quotes the evidence, so the person
/// can see exactly what it refers to and decide for themselves. A hint cannot exist
/// without evidence: the initialiser returns nil when the quote is blank.
///
/// ```swift
/// for hint in STARCoach().hints(for: example) {
///     print(hint)   // Ownership: … \n  “We rebuilt the plan.” (action)
/// }
/// ```
public struct STARHint: Hashable, Sendable, CustomStringConvertible {
    /// The pattern a hint is about; stable names for reports and tests.
    public enum Kind: String, CaseIterable, Codable, Sendable {
        /// The action says "we" more than "I".
        case ownership
        /// What you would do, not what you did.
        case hypothetical
        /// Fewer than three things you did yourself.
        case fewActions
        /// Verbs that hide your part: helped, assisted, was involved.
        case weakVerbs
        /// The example does not say how it ended.
        case noResult
        /// A result without a number or a before-and-after.
        case resultWithoutNumber
        /// The action gets well under half of the words.
        case balance
        /// Under about 80 words.
        case tooShort
        /// Over about 450 words.
        case tooLong
        /// Softening words: I think, maybe, kind of.
        case hedging
        /// A failure or conflict question with no learning in the answer.
        case noLearning
    }

    public let kind: Kind
    /// What to try, in a sentence or two.
    public let advice: String
    /// The part of the example the evidence comes from.
    public let part: STARPart
    /// The sentence that triggered the hint, as written (shortened when very long).
    public let evidence: String

    /// A hint; nil when `evidence` is blank, because a hint must always show what triggered it.
    public init?(kind: Kind, advice: String, part: STARPart, evidence: String) {
        let quote = Prose.excerpt(evidence)
        guard !quote.isEmpty, !advice.isEmpty else { return nil }
        self.kind = kind
        self.advice = advice
        self.part = part
        self.evidence = quote
    }

    /// The advice with its quoted evidence on the next line.
    public var description: String {
        "\(advice)\n  “\(evidence)” (\(part.rawValue))"
    }
}
