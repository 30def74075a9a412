public import Foundation

/// The if-then plans of many debriefs, numbered, with a pure way to mark one done.
///
/// Plans are read through ``StepMap/plans``: each plan step's answer (a text is one plan,
/// a list one per item) with its date step's answer; a plan dropped in a later debrief's
/// follow-up (``StepMap/planDropped``) is left out. A debrief's plans count from 1 in
/// that order; marking plan N done records the day as an answer at ``StepMap/planDone``
/// `#N` in the same debrief, so it needs no new storage: save the returned debrief
/// through any ``DebriefStore``.
///
/// ```swift
/// let book = PlanBook(debriefs: all)
/// let plan = try book.plan(2)
/// let updated = try book.markDone(plan, in: debrief, on: today, at: now)
/// _ = try await store.save(updated)
/// ```
public struct PlanBook: Sendable {
    /// Where each part of a debrief is found; see ``StepMap``.
    public let steps: StepMap
    /// Every plan: dated ones first, soonest first, then undated ones; numbered from 1 in this order.
    public let plans: [Plan]

    /// Collects and numbers the plans of `debriefs`.
    public init(debriefs: [Debrief], steps: StepMap = .default) {
        self.init(facts: InsightFacts.read(debriefs, steps: steps), steps: steps)
    }

    /// Collects and numbers the plans in `facts`, read through `steps`.
    public init(facts: [InsightFacts], steps: StepMap) {
        self.steps = steps
        var found: [Plan] = []
        for fact in facts {
            for (offset, plan) in fact.plans.enumerated() where plan.dropped == nil {
                found.append(Plan(number: 0, debriefID: fact.id, interviewTitle: fact.interview.title, item: offset + 1,
                                  text: plan.text, due: plan.due, doneOn: plan.done))
            }
        }
        // Dated plans soonest first, then undated ones; ties keep the chronological order.
        let epoch = DayDate(year: 1, month: 1, day: 1)!
        let keys = found.map { $0.due.map { epoch.days(to: $0) } ?? Int.max }
        let order = found.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }
        plans = order.enumerated().map { number, index in
            var plan = found[index]
            plan.number = number + 1
            return plan
        }
    }

    /// The plans not marked done, in listing order.
    public var open: [Plan] { plans.filter { !$0.isDone } }

    /// The plan listed as `number`.
    public func plan(_ number: Int) throws -> Plan {
        guard plans.indices.contains(number - 1) else {
            let range = plans.isEmpty ? "There are no plans yet." : "Plans are numbered 1 to \(plans.count)."
            throw DebriefError(.notFound, "There is no plan \(number). \(range)", recovery: "Run `debrief plans` to see the numbers.")
        }
        return plans[number - 1]
    }

    /// `debrief` with `plan` marked done on `day`; unchanged when it was already done.
    ///
    /// Adds the answer `move.plan.done#N` (``StepMap/planDone``) and a transcript entry;
    /// the caller saves the result.
    public func markDone(_ plan: Plan, in debrief: Debrief, on day: DayDate, at time: Date) throws -> Debrief {
        guard debrief.id == plan.debriefID else {
            throw DebriefError(.misuse, "Plan \(plan.number) belongs to debrief \(plan.debriefID.short), not \(debrief.id.short).",
                               recovery: "Load debrief \(plan.debriefID.short) and mark the plan done there.")
        }
        let key = StepKey(steps.planDone, item: plan.item)
        guard debrief.answers[key] == nil else { return debrief }
        var updated = debrief
        updated.answers[key] = Answer(value: .date(day), raw: "done", answeredAt: time)
        updated.log(.command("plans done \(plan.item)"), at: time)
        updated.updatedAt = time
        return updated
    }
}
