public import DebriefKit
import Dispatch
import Foundation

/// The built-in insight providers, and a way to run them all.
///
/// ```swift
/// let insights = Insights.compute(from: debriefs)
/// ```
public enum Insights {
    /// Every built-in provider, reading answers through `steps`, in the order reports show them.
    public static func providers(steps: StepMap = .default) -> [any InsightProvider] {
        [ReflectiveQuestionInsights(steps: steps), StruggledQuestionInsights(steps: steps), StageProgressInsights(steps: steps),
         FeelingsInsights(steps: steps), FitInsights(steps: steps), OpenPlanInsights(steps: steps)]
    }

    /// The insights of `providers` over `debriefs`, in provider order.
    ///
    /// The debriefs are put in chronological order once; each provider then makes one pass
    /// over them, so the cost grows with the number of debriefs, not with its square.
    /// Providers run in parallel when there are enough debriefs to make it worth a thread;
    /// the result is the same either way. `Documentation/Performance.md` has numbers.
    public static func compute(from debriefs: [Debrief], providers: [any InsightProvider] = providers()) -> [Insight] {
        let ordered = debriefs.chronological()
        guard ordered.count >= 1_000, providers.count > 1 else {
            return providers.flatMap { $0.insights(from: ordered) }
        }
        let results = Slots(count: providers.count)
        DispatchQueue.concurrentPerform(iterations: providers.count) { index in
            results[index] = providers[index].insights(from: ordered)
        }
        return results.all.flatMap { $0 }
    }

    /// One result per provider, written from several threads.
    private final class Slots: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [[Insight]]

        init(count: Int) {
            slots = Array(repeating: [], count: count)
        }

        subscript(index: Int) -> [Insight] {
            get { lock.withLock { slots[index] } }
            set { lock.withLock { slots[index] = newValue } }
        }

        var all: [[Insight]] { lock.withLock { slots } }
    }

    /// Loads every debrief in `store` and computes the insights over them.
    public static func compute(from store: any DebriefStore, providers: [any InsightProvider] = providers()) async throws -> [Insight] {
        compute(from: try await loadAll(from: store), providers: providers)
    }

    /// Every debrief in `store`, in the store's list order.
    public static func loadAll(from store: any DebriefStore) async throws -> [Debrief] {
        var debriefs: [Debrief] = []
        for summary in try await store.list(.all) {
            if let debrief = try await store.load(summary.id) { debriefs.append(debrief) }
        }
        return debriefs
    }
}
