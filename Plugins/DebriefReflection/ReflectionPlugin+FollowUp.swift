import DebriefKit

// Following up the plans of earlier debriefs: after the context questions, at most two open
// plans, oldest first. Implementation intentions work when they are acted on and checked
// (Gollwitzer & Sheeran 2006); the wording never scolds a plan that wasn't tried.
extension ReflectionPlugin {
    /// How many open plans one debrief follows up.
    static let followUpLimit = 2

    static let followUp = Chapter(id: "followup", title: "Since last time", version: 1,
                                  steps: (1...followUpLimit).flatMap(followUpSteps))

    /// The three steps for the open plan at `slot`: tried?, how it went, and what becomes of it.
    static func followUpSteps(slot: Int) -> [Step] {
        let tried = "followup.\(slot).tried"
        let how = "followup.\(slot).how"
        return [
            Ask(tried, Wording { triedQuestion(slot: slot, history: $0.history) }, TriedPrompt())
                .when(.openPlans(atLeast: slot)),
            Ask(how, Wording { howQuestion(tried: $0.debrief[tried]) }, .text(optional: true, maxLength: 500))
                .when(.all([.openPlans(atLeast: slot), .answered(tried)])),
            Ask("followup.\(slot).next", "What shall I do with this plan? 1 done, 2 carry forward (keep it for the next interview), 3 drop.",
                PlanStatusPrompt(slot: slot, noteStepID: how))
                .when(.all([.openPlans(atLeast: slot), .answered(tried)]))
                .reacting(statusReply),
        ]
    }

    static func triedQuestion(slot: Int, history: DebriefHistory) -> String {
        guard history.openPlans.indices.contains(slot - 1) else { return "" }
        let plan = history.openPlans[slot - 1]
        let when = [plan.company, shortDay(plan.day)].compactMap { $0 }.joined(separator: ", ")
        let opening = slot == 1 ? "Last time (\(when)) you planned" : "Before that (\(when)) you also planned"
        return "\(opening): “\(plan.text)”. Did you get to try it? (yes, partly, no, not yet)"
    }

    static func howQuestion(tried: AnswerValue?) -> String {
        switch tried {
        case .choice("yes")?, .choice("partly")?:
            "How did it go? One line is enough, or press Enter to leave it."
        default:
            "That's fine — a plan waits for the moment it was made for. Is there anything that would make it easier to try? One line, or press Enter to leave it."
        }
    }

    /// One line after the status, so the person knows what was saved.
    static let statusReply = Reaction(id: "followup.status") { input in
        switch input.value {
        case .choice(PlanStatus.done.rawValue): "Marked done in that debrief — that's a plan turned into practice."
        case .choice(PlanStatus.carriedForward.rawValue): "Kept open: it'll be here to look at after your next interview."
        case .choice(PlanStatus.dropped.rawValue): "Dropped. Plans are there to serve you, and letting one go is part of using them."
        default: nil
        }
    }

    static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// "12 Nov".
    static func shortDay(_ day: DayDate) -> String {
        "\(day.day) \(monthNames[(day.month - 1) % 12])"
    }
}
