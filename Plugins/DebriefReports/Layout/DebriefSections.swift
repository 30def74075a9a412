import DebriefKit

/// The sections of one debrief: the parts ``StepMap`` names, then every other answer as it is.
///
/// Nothing is dropped: an answer whose id the map does not know is listed under "More of
/// your answers" with its step's short label (``DebriefKit/Step/label(in:)``, from the flow
/// when given; "Other answer" for a step the flow doesn't have), never its id. Answers are read
/// as ``DebriefKit/AnswerValue/replayable``: a self-verdict the person kept is not printed.
struct DebriefSections {
    var debrief: Debrief
    var steps: StepMap
    var flow: Flow?

    func blocks(level: Int) -> [ReportBlock] {
        var used = Set<StepKey>()
        func take(_ key: StepKey) -> AnswerValue? {
            guard let value = debrief.answers[key]?.value else { return nil }
            used.insert(key)
            return value.replayable
        }
        for id in steps.interview { _ = take(StepKey(id)) }
        var blocks: [ReportBlock] = [.fields(summaryFields(take: take))]

        let questions = steps.fiveQuestions.compactMap { question in
            take(StepKey(question.stepID)).map { ReportBlock.Field(label: question.topic, value: $0.display) }
        }
        if !questions.isEmpty {
            blocks += [.heading(level: level, text: "The five questions"), .fields(questions)]
        }

        let struggled = struggledItems(take: take)
        if !struggled.isEmpty {
            blocks += [.heading(level: level, text: "Questions that were hard"), .items(struggled)]
        }

        for example in debrief.starExamples(steps: steps) {
            _ = take(example.key)
            if let latest = example.latestKey { _ = take(latest) }
            let question = take(StepKey(steps.starQuestion, item: example.key.item)).map(\.display)
            blocks += [.heading(level: level, text: question.map { "Example: \($0)" } ?? "Example in STAR form"),
                       .fields(example.latest.parts.map { ReportBlock.Field(label: $0.name, value: SelfTalk.replayable($0.text)) })]
            if example.latestKey != nil {
                let first = example.first.parts.map { "\($0.name): \(SelfTalk.replayable($0.text))" }.joined(separator: "\n")
                blocks.append(.fields([ReportBlock.Field(label: "As first told", value: first)]))
            }
        }

        if let wins = take(StepKey(steps.wins)), !wins.isSkipped {
            blocks += [.heading(level: level, text: "What went well"), .items(debrief.items(steps.wins).map(SelfTalk.replayable))]
        }

        var fit: [ReportBlock.Field] = []
        if let score = take(StepKey(steps.fit)) { fit.append(.init(label: "Still want this kind of role", value: score.display)) }
        if let note = take(StepKey(steps.fitNote)) { fit.append(.init(label: "Note", value: note.display)) }
        if !fit.isEmpty { blocks += [.heading(level: level, text: "Fit"), .fields(fit)] }

        let plans = PlanBook(debriefs: [debrief], steps: steps).plans.sorted { $0.item < $1.item }
        if !plans.isEmpty {
            for step in steps.plans {
                let count = debrief.items(step.text).count
                for key in [StepKey(step.text), StepKey(step.date)] + (1...max(1, count)).map({ StepKey(step.date, item: $0) }) {
                    _ = take(key)
                }
            }
            for plan in plans { _ = take(StepKey(steps.planDone, item: plan.item)) }
            blocks += [.heading(level: level, text: "Plans"), .items(plans.map(planLine))]
        }

        // A later debrief's follow-up record: its status shows in the plans, its note in that debrief.
        used.formUnion(debrief.answers.keys.filter { $0.stepID.hasPrefix(DebriefHistory.Keys.default.planFollowUp + ".") })
        let rest = remaining(excluding: used)
        if !rest.isEmpty {
            blocks += [.heading(level: level, text: "More of your answers"), .fields(rest)]
        }
        return blocks
    }

    private func summaryFields(take: (StepKey) -> AnswerValue?) -> [ReportBlock.Field] {
        let interview = debrief.interview
        var fields: [ReportBlock.Field] = []
        if let date = interview.date { fields.append(.init(label: "Interview date", value: date.iso)) }
        if let stage = interview.stage { fields.append(.init(label: "Stage reached", value: stage)) }
        if let outcome = interview.outcome { fields.append(.init(label: "How it ended", value: outcome)) }
        if let feelings = take(StepKey(steps.feelings)) { fields.append(.init(label: "Feeling right after", value: feelings.display)) }
        switch debrief.status {
        case .completed(let at): fields.append(.init(label: "Debrief", value: "completed on \(DayDate(utc: at).iso)"))
        case .inProgress: fields.append(.init(label: "Debrief", value: "in progress"))
        }
        fields.append(.init(label: "Id", value: debrief.id.rawValue))
        return fields
    }

    private func struggledItems(take: (StepKey) -> AnswerValue?) -> [String] {
        guard take(StepKey(steps.struggledList)) != nil else { return [] }
        return debrief.items(steps.struggledList).enumerated().map { offset, question in
            guard let now = take(StepKey(steps.struggledNow, item: offset + 1)), !now.isSkipped else { return question }
            return "\(question)\nHow you would answer now: \(now.display)"
        }
    }

    private func planLine(_ plan: Plan) -> String {
        var line = SelfTalk.replayable(plan.text)
        if let due = plan.due { line += " (by \(due.iso))" }
        if let done = plan.doneOn { line += " ✓ done \(done.iso)" }
        return line
    }

    /// Answers not shown yet, in the order asked, then any others by key.
    private func remaining(excluding used: Set<StepKey>) -> [ReportBlock.Field] {
        var seen = used
        let ordered = debrief.trail + debrief.answers.keys.filter { !seen.contains($0) }.sorted()
        return ordered.compactMap { key in
            guard seen.insert(key).inserted, let answer = debrief.answers[key] else { return nil }
            let value = answer.value.replayable
            guard let step = flow?.step(key.stepID) else { return ReportBlock.Field(label: "Other answer", value: value.display) }
            return ReportBlock.Field(label: step.label(for: key, in: debrief, flow: flow), value: step.display(value))
        }
    }
}
