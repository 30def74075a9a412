/// An insight provider that reads a ``FactSheet`` instead of whole debriefs.
///
/// ``Insights`` reads the facts once for every such provider that reads through the same
/// ``StepMap`` (from a store's facts, without decoding a document), so a provider only says
/// what it finds in them. Reading debriefs directly (``InsightProvider/insights(from:)``)
/// is written once here.
///
/// ```swift
/// struct FeelingsCount: FactInsightProvider {
///     func insights(from sheet: FactSheet) -> [Insight] {
///         let rated = sheet.facts.filter { $0.feelings != nil }
///         return [Insight(id: "feelings.count", title: "Feelings rated", detail: "",
///                         count: rated.count, debriefIDs: rated.map(\.id))]
///     }
/// }
/// let custom = FeelingsCount().reading(through: myStepMap)
/// ```
public protocol FactInsightProvider: InsightProvider {
    /// The table the facts are read through; ``StepMap/default`` unless the provider says otherwise.
    var steps: StepMap { get }
    /// The insights in `sheet`, whose facts are read through ``steps``, oldest first.
    func insights(from sheet: FactSheet) -> [Insight]
}

extension FactInsightProvider {
    public var steps: StepMap { .default }

    /// Reads the facts of `debriefs` through ``steps``, then finds the insights in them.
    public func insights(from debriefs: [Debrief]) -> [Insight] {
        insights(from: FactSheet(debriefs, steps: steps))
    }

    /// This provider, reading its facts through `steps`: for a flow whose step ids differ.
    public func reading(through steps: StepMap) -> ReadingThrough<Self> {
        ReadingThrough(steps: steps, base: self)
    }
}

/// A ``FactInsightProvider`` that reads its facts through another ``StepMap``.
public struct ReadingThrough<Base: FactInsightProvider>: FactInsightProvider {
    /// The table the facts are read through.
    public var steps: StepMap
    /// The provider that reads them.
    public var base: Base

    public func insights(from sheet: FactSheet) -> [Insight] { base.insights(from: sheet) }
}
