import DebriefKit

// Progress said back, kindly: one line near the end when the history shows something true
// and encouraging — plans carried out, further in a hiring process, a steadier mood.
// Nothing is said when there is nothing of the kind.
extension ReflectionPlugin {
    static let progress = Say("move.progress", Wording { progressLine(in: $0.debrief, history: $0.history) ?? "" })
        .when(Condition("the history shows progress", reads: []) { progressLine(in: $0, history: $1) != nil })

    /// The stages of a hiring process in order, as the context question names them; a stage
    /// is placed by the last of these it contains ("final round (onsite)" → final round).
    static let stageOrder = ["phone screen", "first interview", "second interview", "final round"]

    /// The first of: plans marked done in this debrief's follow-up, a stage further than any
    /// of the last few, a mood higher than the last few on average. Nil when none holds.
    static func progressLine(in debrief: Debrief, history: DebriefHistory) -> String? {
        let doneNow = (1...followUpLimit).filter { debrief["followup.\($0).next"] == .choice(PlanStatus.done.rawValue) }.count
        if doneNow > 0 {
            let total = history.plansDone + doneNow
            let plans = total == 1 ? "one of the plans" : "\(total) of the plans"
            return "Looking back over your debriefs: you've now carried out \(plans) you made after an interview. That's the reflection turning into practice."
        }
        let earlier = history.stages.compactMap(stageRank)
        if let now = stageRank(debrief.interview.stage), let best = earlier.max(), now > best {
            return "Looking back over your debriefs: this time you reached the \(stageOrder[now]), further than in your last few interviews. That's progress, whatever the answer was."
        }
        if case .scale(let mood)? = debrief[DebriefSteps.Feelings.now], mood >= 3, history.moods.count >= 2,
           Double(mood) > Double(history.moods.reduce(0, +)) / Double(history.moods.count) {
            return "Looking back over your debriefs: you're taking this one a little more steadily than the last few. That's worth noticing."
        }
        return nil
    }

    static func stageRank(_ stage: String?) -> Int? {
        guard let folded = stage.map(TextNormaliser.folded) else { return nil }
        return stageOrder.lastIndex { folded.contains($0) }
    }
}
