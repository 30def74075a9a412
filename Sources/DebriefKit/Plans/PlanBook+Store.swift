public import Foundation

extension PlanBook {
    /// The plans of every debrief in `store`: `debrief plans`. Reads the store's facts, not whole debriefs.
    public static func load(from store: any DebriefStore, steps: StepMap = .default) async throws -> PlanBook {
        PlanBook(facts: try await InsightFacts.read(from: store, steps: steps), steps: steps)
    }

    /// How many open plans are dated from `first` through `last`: "2 plans due this week" when
    /// Debrief starts. Reads only the plans' dates and shapes, never their words
    /// (``DebriefKit/DebriefStore/datedFacts(_:datedAt:from:through:)``), and only of the
    /// debriefs with a plan dated in range.
    public static func dueCount(in store: any DebriefStore, from first: DayDate, through last: DayDate,
                                steps: StepMap = .default) async throws -> Int {
        let facts = try await store.datedFacts(FactQuery(steps: steps.planSteps), datedAt: Set(steps.plans.map(\.date)),
                                               from: first, through: last)
        var stages = StageRanks(steps.stages)
        let book = PlanBook(facts: facts.map { InsightFacts($0, steps: steps, stages: &stages) }, steps: steps)
        return book.open.count { plan in plan.due.map { first <= $0 && $0 <= last } ?? false }
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
