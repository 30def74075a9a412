import Foundation

extension Conversation {
    /// The earlier plans whose status (a ``PlanStatusPrompt`` answer) or note changed between
    /// `previous` and `current`: what the host saves in the debriefs that made them.
    func planReviews(from previous: Debrief, to current: Debrief, at now: Date) -> [PlanReview] {
        flow.entries.compactMap { entry -> PlanReview? in
            guard let prompt = entry.step.prompt as? PlanStatusPrompt,
                  history.openPlans.indices.contains(prompt.slot - 1),
                  case .choice(let chosen)? = current.answers[StepKey(entry.step.id)]?.value,
                  let status = PlanStatus(rawValue: chosen) else { return nil }
            let keys = [StepKey(entry.step.id)] + (prompt.noteStepID.map { [StepKey($0)] } ?? [])
            guard keys.contains(where: { previous.answers[$0] != current.answers[$0] }) else { return nil }
            let note = prompt.noteStepID.flatMap { id -> String? in
                if case .text(let text)? = current.answers[StepKey(id)]?.value, !text.isEmpty { text } else { nil }
            }
            return PlanReview(plan: history.openPlans[prompt.slot - 1], status: status, note: note,
                              reviewedIn: current.id, day: DayDate(now, in: calendar))
        }
    }
}
