public import DebriefKit

/// A short, polite email: after a no, asking an interviewer what to strengthen; after no
/// reply, asking whether there's news.
///
/// After a no it names the role and the company, thanks them, mentions one moment from the
/// interview when the person gave one, and asks for one or two pointers on what to work on —
/// never why the answer was no, which puts people on the defensive and rarely gets a reply.
/// When the outcome is "no reply" it is a status follow-up instead: it asks whether there's
/// news on the next steps and says the person is still interested; asking for pointers
/// before any decision would read as giving up. A public type so that the summary and the
/// `debrief email` command share one draft.
///
/// ```swift
/// let email = FeedbackEmail(interview: debrief.interview, recipient: "Sam")
/// print(email.text)   // Subject: Thank you — Product Designer interview …
/// ```
public struct FeedbackEmail: Hashable, Sendable {
    /// "Thank you — Product Designer interview".
    public var subject: String
    /// Greeting, thanks, the request, the close and the signature.
    public var body: String

    /// Drafts the email for `interview`; `recipient` and `sender` fill the greeting and the
    /// signature, `moment` (one thing from the interview) makes it specific.
    public init(interview: Interview, recipient: String? = nil, sender: String? = nil, moment: String? = nil) {
        let recipient = Self.clean(recipient), sender = Self.clean(sender), moment = Self.clean(moment)
        // One line each: a line break in a stored role would start a new header after Subject:.
        let interview = interview.oneLine
        let role = interview.role.map { "the \($0) role" } ?? "the role"
        let company = interview.company.map { " at \($0)" } ?? ""
        let greeting = recipient.map { "Dear \($0)," } ?? "Hello,"
        let thanks: String
        switch interview.outcome {
        case "rejected": thanks = ", and for letting me know your decision"
        case "role closed": thanks = ", and for letting me know the role has closed"
        default: thanks = ""
        }
        if interview.outcome == "no reply" {
            subject = interview.role.map { "Following up — \($0) interview" } ?? "Following up on my interview"
            body = """
            \(greeting)

            I hope you're well. I interviewed for \(role)\(company), and I wanted to ask whether there's any news on the next steps.\(Self.sentence("One moment has stayed with me: ", moment))

            I'm still very interested in the role and in the team's work, and I'd be glad to help with anything else you need from me.

            Thank you for your time — I look forward to hearing from you.

            Best regards,
            \(sender ?? "[Your name]")
            """
            return
        }
        subject = interview.role.map { "Thank you — \($0) interview" } ?? "Thank you for the interview"
        body = """
        \(greeting)

        Thank you for the chance to interview for \(role)\(company)\(thanks). I enjoyed meeting the team and learning more about the work.\(Self.sentence("One moment has stayed with me: ", moment))

        I'm keen to keep improving. If you have a few minutes, I'd be grateful for one or two pointers on what I could strengthen — in my preparation, my examples or how I came across — to be a stronger candidate for a role like this.

        Thank you again for your time. I'd be glad to hear from you if a suitable role opens up in future.

        Best regards,
        \(sender ?? "[Your name]")
        """
    }

    /// A new paragraph of `lead` and `text`, ending in a full stop; empty without `text`.
    private static func sentence(_ lead: String, _ text: String?) -> String {
        guard let text else { return "" }
        return "\n\n" + lead + (text.last.map { ".!?".contains($0) } == true ? text : text + ".")
    }

    /// The draft for a debrief: its interview, addressed to the name given at `move.feedback.to`,
    /// with the moment given at `move.feedback.moment`; the arguments override both.
    public init(for debrief: Debrief, recipient: String? = nil, sender: String? = nil, moment: String? = nil) {
        func text(_ step: String) -> String? {
            if case .text(let value)? = debrief[step] { value } else { nil }
        }
        self.init(interview: debrief.interview, recipient: recipient ?? text(DebriefSteps.Move.feedbackTo), sender: sender,
                  moment: moment ?? text(DebriefSteps.Move.feedbackMoment))
    }

    /// Control and format characters out, white space folded; nil when nothing is left.
    private static func clean(_ text: String?) -> String? {
        text.flatMap { Interview.oneLine(TextNormaliser.normalise($0)) }
    }

    /// Subject line, a blank line, then the body: ready to paste.
    public var text: String { "Subject: \(subject)\n\n\(body)" }
}
