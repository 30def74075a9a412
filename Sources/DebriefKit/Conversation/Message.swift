/// One thing to show the person, with its role so a front end can style it.
public struct Message: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The role of a message, for styling.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// The coach speaking: acknowledgements, reframes, summaries.
        case coach
        /// The question to answer now.
        case question
        /// A tip about how to answer, or the earlier answer kept as the default.
        case hint
        /// Why the last input was not accepted.
        case reason
        /// Where you are, what was saved, how to resume.
        case status
    }

    /// How to style it.
    public var kind: Kind
    /// What to show.
    public var text: String

    /// A message of `kind`.
    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = text
    }

    public var description: String { text }
}
