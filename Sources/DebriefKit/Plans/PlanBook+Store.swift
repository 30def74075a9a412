public import Foundation

extension PlanBook {
    /// The plans of every debrief in `store`: `debrief plans`. Reads the store's facts, not whole debriefs.
    public static func load(from store: any DebriefStore, steps: StepMap = .default) async throws -> PlanBook {
        PlanBook(facts: try await InsightFacts.read(from: store, steps: steps), steps: steps)
    }

    /// Marks plan `number` (as ``load(from:steps:)`` lists it) done on `day` and saves its
    /// debrief: `debrief plans done N`. Returns the plan as it is now.
    ///
    /// A debrief changed elsewhere since it was read is a ``DebriefError/Code/conflict``,
    /// as for any save; nothing is overwritten.
    public static func markDone(_ number: Int, in store: any DebriefStore, steps: StepMap = .default,
                                on day: DayDate, at time: Date) async throws -> Plan {
        let book = try await load(from: store, steps: steps)
        let plan = try book.plan(number)
        guard let debrief = try await store.load(plan.debriefID) else { throw DebriefError.notFound(plan.debriefID.rawValue) }
        let updated = try book.markDone(plan, in: debrief, on: day, at: time)
        if updated != debrief { _ = try await store.save(updated) }
        var done = plan
        done.doneOn = done.doneOn ?? day
        return done
    }
}
