public import DebriefKit
import DebriefSTAR

/// The end-of-debrief summary: the interview, the five answers with their follow-ups,
/// the struggled questions with new answers, the STAR example, wins and fit, the plans
/// with dates, the answers to other plugins' questions (each under its step's
/// ``DebriefKit/Step/label(in:)``) and, when chosen, the feedback email draft.
///
/// Follow-ups are shown only while their question still calls for them, so an answer
/// left behind by `/back` never appears. Skipped answers show as skipped. Answers show as
/// reworded; a self-verdict the person kept is left out (``DebriefKit/AnswerValue/replayable``).
///
/// ```swift
/// print(ReflectionSummary(debrief).text)
/// ```
public struct ReflectionSummary: Sendable {
    /// The debrief summarised.
    public let debrief: Debrief
    /// The flow it was answered in; without one, other plugins' answers are left out.
    public let flow: Flow?

    /// A summary of `debrief` as it stands; `flow` names other plugins' answers.
    public init(_ debrief: Debrief, flow: Flow? = nil) {
        self.debrief = debrief
        self.flow = flow
    }

    /// The summary as plain text, one section per paragraph.
    public var text: String {
        [heading, questions, struggled, star, wins, plans, others, email].compactMap { $0 }.joined(separator: "\n\n")
    }

    // MARK: - Sections

    private var heading: String {
        let interview = debrief.interview
        let facts = [interview.date?.iso, interview.stage, interview.outcome].compactMap { $0 }
        let line = facts.isEmpty ? "" : "\nInterview: " + facts.joined(separator: " · ")
        return "Here's your debrief for \(interview.title).\(line)"
    }

    private var questions: String {
        let rows: [(String, String, String?, String)] = [
            ("reflect.prepared", "Prepared as much as you wanted", "reflect.prepared.gaps", "Gaps"),
            ("reflect.research", "Researched the company", "reflect.research.helped", "What would have helped"),
            ("reflect.why", "Clear on why you wanted the job", "reflect.why.draft", "Your two sentences"),
            ("reflect.questions", "Answered the questions as you wanted", nil, ""),
            ("reflect.examples", "Examples landed", nil, ""),
        ]
        let lines = rows.map { id, title, followUp, label -> String in
            var line = "• \(title): \(display(id))"
            if let followUp, opensFollowUp(id), let answer = debrief[followUp] {
                line += "\n    \(label): \(answer.replayable.display)"
            }
            return line
        }
        return (["The five questions"] + lines).joined(separator: "\n")
    }

    private var struggled: String? {
        guard opensFollowUp("reflect.questions"), case .list(let items)? = debrief["reflect.struggled.list"] else { return nil }
        let lines = items.enumerated().map { index, question -> String in
            let behavioural = debrief.answers[StepKey("reflect.struggled.behavioural", item: index + 1)]?.value
            let tag = behavioural == .yesPartlyNo(.yes) || behavioural == .yesPartlyNo(.partly) ? " (behavioural)" : ""
            let now = debrief.answers[StepKey("reflect.struggled.now", item: index + 1)]?.value.replayable.display ?? "…"
            return "• “\(question)”\(tag)\n    Now: \(now)"
        }
        return (["Questions you'd answer differently now"] + lines).joined(separator: "\n")
    }

    private var star: String? {
        guard let example = STARExample(from: debrief) else { return nil }
        var lines = ["Your STAR example" + (example.question.map { " for “\($0)”" } ?? "")]
        lines += STARPart.allCases.map { "  \($0.title): \(SelfTalk.replayable(example.answer.text(of: $0)))" }
        if !example.revisions.isEmpty {
            lines.append("  Revised: " + example.revisions.map(\.rawValue).joined(separator: ", "))
        }
        lines.append("")
        lines.append(example.hintsText)
        return lines.joined(separator: "\n")
    }

    private var wins: String {
        let note = debrief["wins.fit.note"].flatMap { $0.isSkipped ? nil : "\nOn fit: \($0.replayable.display)" } ?? ""
        return "What went well: \(display("wins.list"))\nStill want this kind of role: \(display("wins.fit"))" + note
    }

    private var plans: String {
        let plans = [("move.plan", "move.plan.date"), ("move.plan2", "move.plan2.date")].compactMap { plan, date -> String? in
            guard let value = debrief[plan], !value.isSkipped else { return nil }
            let by = debrief[date].flatMap { $0.isSkipped ? nil : " — by \($0.display)" } ?? ""
            return "• \(value.replayable.display)\(by)"
        }
        return (["Your plans"] + (plans.isEmpty ? ["• none yet — to add one later, run: debrief edit \(debrief.id.short)"] : plans)).joined(separator: "\n")
    }

    /// Answers to the questions of chapters other than the reflection's and STAR's, in flow order.
    private var others: String? {
        guard let flow else { return nil }
        let own = Set((ReflectionPlugin().chapters + STARPlugin().chapters).map(\.id))
        let keys = debrief.answers.keys.sorted { ($0.item ?? 0) < ($1.item ?? 0) }
        let lines = flow.chapters.filter { !own.contains($0.id) }.flatMap(\.steps).filter(\.asks).flatMap { step in
            keys.filter { $0.stepID == step.id }.compactMap { key -> String? in
                guard let value = debrief.answers[key]?.value, !value.isSkipped else { return nil }
                return "• \(step.label(for: key, in: debrief, flow: flow)): \(step.display(value.replayable))"
            }
        }
        return lines.isEmpty ? nil : (["More of your answers"] + lines).joined(separator: "\n")
    }

    private var email: String? {
        guard ReflectionPlugin.wantsEmail.holds(for: debrief) else { return nil }
        return "A draft to ask for feedback — copy it and make it yours:\n\n" + FeedbackEmail(for: debrief).text
    }

    // MARK: - Reading answers

    private func display(_ stepID: String) -> String {
        debrief[stepID]?.replayable.display ?? "(not answered)"
    }

    private func opensFollowUp(_ stepID: String) -> Bool {
        ReflectionPlugin.notYes(stepID).holds(for: debrief)
    }
}
