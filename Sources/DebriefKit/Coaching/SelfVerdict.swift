/// A sentence in which a person passes a harsh verdict on themselves, as ``SelfTalk`` found it.
///
/// The coach answers one with a warm word and an invitation to put it more fairly; summaries,
/// reports and practice cards never replay it as typed.
public struct SelfVerdict: Hashable, Sendable {
    /// The kind of verdict, which decides the coach's reply.
    public enum Kind: String, Hashable, Sendable, CaseIterable {
        /// A harsh label for yourself: "I'm useless", "what a failure I am".
        case label
        /// A global prediction: "I'll never get a job", "nobody will ever hire me".
        case prediction
        /// Blanket self-blame: "it's all my fault", "I ruin every interview".
        case blame
    }

    /// What kind of verdict it is.
    public var kind: Kind
    /// The sentence as the person typed it (trimmed), so it can be replaced by a fairer wording.
    public var sentence: String

    /// A verdict of `kind` found in `sentence`.
    public init(kind: Kind, sentence: String) {
        self.kind = kind
        self.sentence = sentence
    }
}
