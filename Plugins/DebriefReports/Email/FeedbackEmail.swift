/// A feedback request to the interviewer, as plain text ready to paste into a mail client.
public struct FeedbackEmail: Sendable, Hashable {
    /// The subject line.
    public var subject: String
    /// The message, from greeting to signature.
    public var body: String

    /// An email from its parts.
    public init(subject: String, body: String) {
        self.subject = subject
        self.body = body
    }

    /// "Subject: …", a blank line, then the body.
    public var text: String { "Subject: \(subject)\n\n\(body)" }
}
