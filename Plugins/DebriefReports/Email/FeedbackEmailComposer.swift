public import DebriefInsights
public import DebriefKit

/// Drafts a short, polite feedback request to the interviewer.
///
/// Specific where it can be (the role and company, one moment from the interview when the
/// person noted one) and forward-looking: it asks what to strengthen for next time, never
/// why the answer was no, which interviewers can rarely say. Plain text, no markup; the
/// person edits it before sending.
///
/// ```swift
/// let email = FeedbackEmailComposer().compose(for: debrief, senderName: "Sam")
/// print(email.text)
/// ```
public struct FeedbackEmailComposer: Sendable {
    /// Where each part of a debrief is found; see ``StepMap``.
    public var steps: StepMap

    /// Reads answers through `steps`.
    public init(steps: StepMap = .default) {
        self.steps = steps
    }

    /// Reads the role, company, interviewer's name and moment from `debrief`; `interviewerName`
    /// and `moment` override what the debrief holds.
    public func compose(for debrief: Debrief, interviewerName: String? = nil, moment: String? = nil,
                        senderName: String? = nil) -> FeedbackEmail {
        compose(role: debrief.interview.role, company: debrief.interview.company,
                interviewerName: interviewerName ?? debrief.text(StepKey(steps.interviewerName)),
                moment: moment ?? debrief.text(StepKey(steps.feedbackMoment)), senderName: senderName)
    }

    /// Drafts the email from its parts; any of them may be missing.
    public func compose(role: String?, company: String?, interviewerName: String?, moment: String?, senderName: String?) -> FeedbackEmail {
        let role = clean(role), company = clean(company), name = clean(interviewerName), sender = clean(senderName)
        let position = switch (role, company) {
        case let (role?, company?): "the \(role) role at \(company)"
        case let (role?, nil): "the \(role) role"
        case let (nil, company?): "the role at \(company)"
        case (nil, nil): "the role"
        }
        var paragraphs = ["Thank you for taking the time to interview me for \(position). I appreciated learning more about the team and the work."]
        if let moment = clean(moment) {
            let sentence = moment.last.map { ".!?".contains($0) } == true ? moment : moment + "."
            paragraphs.append("One moment has stayed with me: \(sentence)")
        }
        paragraphs.append("I know the process has moved on, and I would be grateful for any brief feedback: "
            + "what is one thing I could strengthen to be a stronger candidate for a role like this?")
        paragraphs.append("Even a line or two would help me a great deal. Thank you again, and I hope our paths cross in the future.")
        let body = "\(name.map { "Dear \($0)," } ?? "Hello,")\n\n" + paragraphs.joined(separator: "\n\n")
            + "\n\nBest regards,\n\(sender ?? "[Your name]")\n"
        let subject = "Thank you, and a request for feedback" + (role.map { " (\($0))" } ?? "")
        return FeedbackEmail(subject: subject, body: body)
    }

    /// Control characters out, white space folded; nil when nothing is left.
    private func clean(_ text: String?) -> String? {
        guard let text else { return nil }
        let single = TextNormaliser.normalise(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return single.isEmpty ? nil : single
    }
}
