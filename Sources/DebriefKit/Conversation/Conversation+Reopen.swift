import Foundation

/// Review of a finished debrief (`debrief edit ID`, or `debrief resume ID` on a finished one).
///
/// Opening a finished debrief shows its answers, numbered. The person types a number to
/// change that answer (a plan too: a skipped plan is one of them), and `done` when finished:
/// the debrief is then complete again. While it is open the debrief is in progress, with its
/// cursor on ``reviewList`` (or on the step being changed, returning to ``reviewList``), so
/// a changed answer is saved before the next line like any other, the revision goes up and
/// the transcript keeps the change. Stopping (`/pause`, Ctrl-D) completes it again too: an
/// edit never leaves a finished debrief unfinished.
extension Conversation {
    /// Where the cursor rests while a reopened debrief shows its answers. Not a step: step ids
    /// never start with `/`.
    static let reviewList = StepKey("/review")

    /// Opens review on a finished debrief, or shows the list again for one left open mid-review.
    func reopen(_ debrief: Debrief, at now: Date) -> Turn {
        var d = debrief
        d.updatedAt = now
        let opening: String
        if d.isFinished {
            d.log(.said(text: "reopened for review", source: "engine"), at: now)
            opening = "This debrief is complete. You can change any answer here, or add a plan — here's what you wrote."
        } else {
            opening = "Welcome back. You were changing answers in this debrief — here they are again."
        }
        d.status = .inProgress(Cursor(step: Self.reviewList))
        return Turn(messages: [Message(.coach, opening)] + reviewMessages(in: d, footer: Self.reviewFooter), debrief: d, outcome: .continuing)
    }

    /// Whether the debrief is a finished one reopened for review.
    func isReopened(_ d: Debrief) -> Bool {
        d.cursor?.step == Self.reviewList || d.cursor?.returnTo == Self.reviewList
    }

    static let reviewFooter = "Type a number to change that answer, or type done when you're finished."

    /// A line typed while the answers of a reopened debrief are shown: a number, `done`, or a command.
    func reviewing(_ line: String, in debrief: Debrief, at now: Date) -> Turn {
        var d = debrief
        d.updatedAt = now
        let typed = line.trimmingCharacters(in: .whitespaces).lowercased()
        if typed.hasPrefix("/") { d.log(.command(typed), at: now) }
        let words = typed.split(separator: " ").map(String.init)
        switch words.first ?? "" {
        case "done", "/done", "finished", "/pause", "/quit", "/exit", "/q":
            return finishReview(d, at: now)
        case "/review", "/status", "/repeat", "/r":
            if words.count == 1 { return Turn(messages: reviewMessages(in: d, footer: Self.reviewFooter), debrief: d, outcome: .continuing) }
        case "/help", "/?", "/h":
            let help = "You're looking over a finished debrief. Type the number of an answer to change it; the question is asked again and your earlier answer is kept if you press Enter. Type /review to see the list again, and done when you're finished."
            return Turn(messages: [Message(.coach, help)], debrief: d, outcome: .continuing)
        default:
            break
        }
        let number = words.first == "/review" ? words.dropFirst().joined() : typed
        let questions = answeredQuestions(in: d)
        guard let n = Int(number), questions.indices.contains(n - 1) else {
            let shown = TextNormaliser.quoted(line.trimmingCharacters(in: .whitespaces), limit: 20)
            let reason = typed.isEmpty ? "Type the number of an answer to change it, or done when you're finished."
                : "\(shown) isn't one of the answer numbers. Type a number from 1 to \(questions.count), or done when you're finished."
            return Turn(messages: [Message(.reason, reason)], debrief: d, outcome: .continuing)
        }
        d.status = .inProgress(Cursor(step: questions[n - 1], returnTo: Self.reviewList))
        return ask(questions[n - 1], in: d, at: now, saying: [])
    }

    /// After a change in a reopened debrief: any question the change opened (a plan's date,
    /// a follow-up), then the list's prompt again.
    func afterChange(in debrief: Debrief, at now: Date, saying messages: [Message]) -> Turn {
        var d = debrief
        let open = sequence(in: d).first { flow.step($0.stepID)?.asks == true && d.answers[$0] == nil }
        if let open {
            d.status = .inProgress(Cursor(step: open, returnTo: Self.reviewList))
            return ask(open, in: d, at: now, saying: messages)
        }
        d.status = .inProgress(Cursor(step: Self.reviewList))
        let hint = "Saved. Type another number to change more, /review to see the list again, or done when you're finished."
        return Turn(messages: messages + [Message(.hint, hint)], debrief: d, outcome: .continuing)
    }

    /// Completes a reopened debrief again.
    func finishReview(_ debrief: Debrief, at now: Date) -> Turn {
        var d = debrief
        d.status = .completed(at: now)
        d.log(.said(text: "completed", source: "engine"), at: now)
        return Turn(messages: [Message(.status, "Done — your changes are saved, and the debrief is complete again.")], debrief: d, outcome: .completed)
    }
}
