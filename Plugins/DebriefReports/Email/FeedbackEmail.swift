/// A feedback request to the interviewer, as plain text ready to paste into a mail client.
public struct FeedbackEmail: Sendable, Hashable {
    public var subject: String
    public var body: String

    public init(subject: String, body: String) {
        self.subject = subject
        self.body = body
    }

    /// "Subject: …", a blank line, then the body.
    public var text: String { "Subject: \(subject)\n\n\(body)" }
}
