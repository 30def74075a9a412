/// One thing a STAR example could do better, with the sentence that prompted it.
///
/// A hint is never a grade: it names one pattern and quotes the evidence, so the person
/// can see exactly what it refers to and decide for themselves. A hint cannot exist
/// without evidence: the initialiser returns nil when the quote is blank.
///
/// ```swift
/// for hint in STARCoach().hints(for: example) {
///     print(hint)   // Your part: … \n  “We rebuilt the plan.” (action)
/// }
/// ```
public struct STARHint: Hashable, Sendable, CustomStringConvertible {
    /// The pattern a hint is about; stable names for reports and tests. The cases are in
    /// order of usefulness, which is the order the coach gives them in.
    public enum Kind: String, CaseIterable, Codable, Sendable {
        /// The example does not say how it ended ("n/a", "No result yet.").
        case noResult
        /// The action tells what you would do or usually do, not one time it happened.
        case hypothetical
        /// The action says "we" more than "I".
        case ownership
        /// Fewer than three things you did yourself.
        case fewActions
        /// Verbs that hide your part: I helped, I was involved.
        case weakVerbs
        /// A story about a setback or a disagreement with no learning in it.
        case noLearning
        /// A result without a number or a before-and-after.
        case resultWithoutNumber
        /// The set-up or the result crowds out the action (under a quarter of the words by default).
        case balance
        /// Well under the 80 or so words a spoken example needs (60 by default).
        case tooShort
        /// Over about 450 words.
        case tooLong
        /// Softening words: I think, maybe, kind of.
        case hedging
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
