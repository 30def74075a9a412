import DebriefKit
import Dispatch
import Foundation

/// What the built-in insights read from one debrief, read once.
///
/// A debrief's answers live in their own dictionary; at 100,000 debriefs each walk over
/// them is bound by memory, not by arithmetic. Reading every needed answer in one pass
/// (and in parallel chunks) lets six providers share that walk instead of making six.
struct DebriefFacts: Sendable {
    var id: DebriefID
    var day: DayDate
    var title: String
    /// One answer per ``StepMap/fiveQuestions`` entry, nil when unanswered or skipped.
    var reflective: [YesPartlyNo?]
    var feelings: Int?
    var stageRank: Int?
    var fit: Int?
    var fitNote: String?
    var struggled: [String]
    /// The debrief's plans in order: text, due day, done day.
    var plans: [(text: String, due: DayDate?, done: DayDate?)]

    init(_ debrief: Debrief, steps: StepMap) {
        id = debrief.id
        day = debrief.day
        title = debrief.interview.title
        reflective = steps.fiveQuestions.map { debrief.yesPartlyNo($0.stepID) }
        feelings = debrief.scale(steps.feelings)
        stageRank = steps.stageRank(debrief.interview.stage)
        fit = debrief.scale(steps.fit)
        fitNote = debrief.text(StepKey(steps.fitNote))
        struggled = debrief.items(steps.struggledList)
        plans = []
        for step in steps.plans {
            let texts = debrief.items(step.text)
            let shared = debrief.date(StepKey(step.date))
            for (offset, text) in texts.enumerated() {
                let own = texts.count > 1 ? debrief.date(StepKey(step.date, item: offset + 1)) : nil
                plans.append((text, own ?? shared, debrief.date(StepKey(steps.planDone, item: plans.count + 1))))
            }
        }
    }

    /// The facts of `debriefs`, oldest first; large inputs are read in parallel chunks.
    static func read(_ debriefs: [Debrief], steps: StepMap) -> [DebriefFacts] {
        let ordered = debriefs.chronological()
        let chunk = 4_096
        guard ordered.count > chunk else { return ordered.map { DebriefFacts($0, steps: steps) } }
        let chunks = (ordered.count + chunk - 1) / chunk
        let parts = Parts<DebriefFacts>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { index in
            let range = index * chunk..<min(ordered.count, (index + 1) * chunk)
            parts[index] = ordered[range].map { DebriefFacts($0, steps: steps) }
        }
        return parts.all.flatMap { $0 }
    }
}

/// Results written by index from several threads, read once all are done.
final class Parts<Element: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [[Element]]

    init(count: Int) {
        slots = Array(repeating: [], count: count)
    }

    subscript(index: Int) -> [Element] {
        get { lock.withLock { slots[index] } }
        set { lock.withLock { slots[index] = newValue } }
    }

    var all: [[Element]] { lock.withLock { slots } }
}

/// A provider that can read ``DebriefFacts`` instead of debriefs, so ``Insights`` reads them once for all.
protocol FactReading: InsightProvider {
    var steps: StepMap { get }
    func insights(from facts: [DebriefFacts]) -> [Insight]
}

extension FactReading {
    /// Reads the facts of `debriefs`, then finds the insights in them.
    func insightsReadingFacts(_ debriefs: [Debrief]) -> [Insight] {
        insights(from: DebriefFacts.read(debriefs, steps: steps))
    }
}
