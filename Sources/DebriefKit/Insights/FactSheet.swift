/// The facts of many debriefs, read once through one ``StepMap``, oldest first: what a
/// ``FactInsightProvider`` and the built-in charts read.
public struct FactSheet: Sendable {
    /// The table the facts were read through: stage names, the five questions, plan steps.
    public let steps: StepMap
    /// One per debrief, oldest interview first.
    public let facts: [InsightFacts]

    /// Facts already read through `steps`.
    public init(steps: StepMap, facts: [InsightFacts]) {
        self.steps = steps
        self.facts = facts
    }

    /// The facts of `debriefs` (any order), read through `steps`.
    public init(_ debriefs: [Debrief], steps: StepMap) {
        self.init(steps: steps, facts: InsightFacts.read(debriefs, steps: steps))
    }

    /// The facts of every debrief in `store` that `query`'s filters select (every one by
    /// default), read a page at a time from the store's facts (``DebriefStore/facts(_:)``),
    /// without decoding a document.
    public static func read(from store: any DebriefStore, steps: StepMap, matching query: DebriefQuery = .all) async throws -> FactSheet {
        FactSheet(steps: steps, facts: try await InsightFacts.read(from: store, steps: steps, matching: query))
    }
}
