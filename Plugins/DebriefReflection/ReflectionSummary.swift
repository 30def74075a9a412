public import DebriefKit

/// The end-of-debrief summary: the interview, the five answers with their follow-ups,
/// the struggled questions with new answers, what other chapters sum up of themselves
/// (``DebriefKit/Chapter/summary``: the STAR example, with the STAR plugin), wins and fit, the plans
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
    /// The flow it was answered in; without one, other plugins' chapters and answers are left out.
    public let flow: Flow?

    /// A summary of `debrief` as it stands; `flow` names other plugins' answers.
    public init(_ debrief: Debrief, flow: Flow? = nil) {
        self.debrief = debrief
        self.flow = flow
    }

    /// The summary as plain text, one section per paragraph.
    public var text: String {
        [heading, questions, struggled, chapterSummaries, wins, plans, others, email].compactMap { $0 }.joined(separator: "\n\n")
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
            (Reflect.prepared, "Prepared as much as you wanted", Reflect.preparedGaps, "Gaps"),
            (Reflect.research, "Researched the company", Reflect.researchHelped, "What would have helped"),
            (Reflect.why, "Clear on why you wanted the job", Reflect.whyDraft, "Your two sentences"),
            (Reflect.questions, "Answered the questions as you wanted", nil, ""),
            (Reflect.examples, "Examples landed", nil, ""),
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
        guard opensFollowUp(Reflect.questions), case .list(let items)? = debrief[Reflect.struggledList] else { return nil }
        let lines = items.enumerated().map { index, question -> String in
            let behavioural = debrief.answers[StepKey(Reflect.struggledBehavioural, item: index + 1)]?.value
            let tag = behavioural == .yesPartlyNo(.yes) || behavioural == .yesPartlyNo(.partly) ? " (behavioural)" : ""
            let now = debrief.answers[StepKey(Reflect.struggledNow, item: index + 1)]?.value.replayable.display ?? "…"
            return "• “\(question)”\(tag)\n    Now: \(now)"
        }
        return (["Questions you'd answer differently now"] + lines).joined(separator: "\n")
    }

    /// What the flow's other chapters sum up of themselves, in flow order (the STAR example).
    private var chapterSummaries: String? {
        guard let flow else { return nil }
        let own = Set(ReflectionPlugin().chapters.map(\.id))
        let parts = flow.chapters.filter { !own.contains($0.id) }.compactMap { $0.summary?(debrief) }
        return parts.isEmpty ? nil : parts.joined(separator: "\n\n")
    }

    private var wins: String {
        let note = debrief[DebriefSteps.Wins.fitNote].flatMap { $0.isSkipped ? nil : "\nOn fit: \($0.replayable.display)" } ?? ""
        return "What went well: \(display(DebriefSteps.Wins.list))\nStill want this kind of role: \(display(DebriefSteps.Wins.fit))" + note
    }

    private var plans: String {
        let plans = [(DebriefSteps.Move.plan, DebriefSteps.Move.planDate), (DebriefSteps.Move.plan2, DebriefSteps.Move.plan2Date)].compactMap { plan, date -> String? in
            guard let value = debrief[plan], !value.isSkipped else { return nil }
            let by = debrief[date].flatMap { $0.isSkipped ? nil : " — by \($0.display)" } ?? ""
            return "• \(value.replayable.display)\(by)"
        }
        return (["Your plans"] + (plans.isEmpty ? ["• none yet — to add one later, run: debrief edit \(debrief.id.short)"] : plans)).joined(separator: "\n")
    }

    /// Answers to the questions of chapters other than the reflection's and those that sum
    /// themselves up, in flow order.
    private var others: String? {
        guard let flow else { return nil }
        let own = Set((ReflectionPlugin().chapters + flow.chapters.filter { $0.summary != nil }).map(\.id))
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

    private typealias Reflect = DebriefSteps.Reflect
}
