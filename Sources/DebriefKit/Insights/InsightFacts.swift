import Dispatch
public import Foundation

/// What the built-in insights and plans read from one debrief, read once.
///
/// Read through a ``FactSheet``, from a store's facts (no document is decoded) or from
/// debriefs in memory; the built-in providers share one read instead of making six.
///
/// Kept lean on purpose, as 100,000 of them are held at once: no per-debrief allocation
/// unless the debrief has struggled questions or plans (the five answers are packed into
/// one integer).
public struct InsightFacts: Sendable {
    /// The debrief.
    public private(set) var id: DebriefID
    /// The interview's day (see ``AnswerReading/day``).
    public private(set) var day: DayDate
    /// When the debrief was started.
    public private(set) var createdAt: Date
    /// What it is about.
    public private(set) var interview: Interview
    /// Two bits per ``StepMap/fiveQuestions`` entry: 0 unanswered or skipped, then yes, partly, no.
    private var reflectivePacked: UInt64 = 0
    /// ``StepMap/feelings``, 1-5.
    public private(set) var feelings: Int?
    /// The stage's place in ``StepMap/stages``.
    public private(set) var stageRank: Int?
    /// ``StepMap/fit``, 1-5.
    public private(set) var fit: Int?
    /// ``StepMap/fitNote``.
    public private(set) var fitNote: String?
    /// The items of ``StepMap/struggledList``.
    public private(set) var struggled: [String]
    /// The debrief's plans in order: text, due day, done day, dropped day.
    public private(set) var plans: [(text: String, due: DayDate?, done: DayDate?, dropped: DayDate?)]

    init(_ debrief: some AnswerReading, steps: StepMap, stages: inout StageRanks) {
        id = debrief.id
        day = debrief.day
        createdAt = debrief.createdAt
        interview = debrief.interview
        for (index, question) in steps.fiveQuestions.prefix(32).enumerated() {
            guard let answer = debrief.yesPartlyNo(question.stepID) else { continue }
            let code: UInt64 = switch answer { case .yes: 1; case .partly: 2; case .no: 3 }
            reflectivePacked |= code << (2 * UInt64(index))
        }
        feelings = debrief.scale(steps.feelings)
        stageRank = stages.rank(debrief.interview.stage)
        fit = debrief.scale(steps.fit)
        fitNote = debrief.text(StepKey(steps.fitNote))
        struggled = debrief.items(steps.struggledList)
        plans = []
        for step in steps.plans {
            let texts = debrief.items(step.text)
            let shared = debrief.date(StepKey(step.date))
            for (offset, text) in texts.enumerated() {
                let own = texts.count > 1 ? debrief.date(StepKey(step.date, item: offset + 1)) : nil
                let item = plans.count + 1
                plans.append((text, own ?? shared, debrief.date(StepKey(steps.planDone, item: item)),
                              debrief.date(StepKey(steps.planDropped, item: item))))
            }
        }
    }

    /// The answer to the five-question entry at `index`.
    public func reflective(_ index: Int) -> YesPartlyNo? {
        guard index < 32 else { return nil }
        switch (reflectivePacked >> (2 * UInt64(index))) & 3 {
        case 1: return .yes
        case 2: return .partly
        case 3: return .no
        default: return nil
        }
    }

    /// The facts of every debrief in `store` that `query`'s filters select, oldest first, read a
    /// page at a time from the store's facts (``DebriefStore/facts(_:)``).
    static func read(from store: any DebriefStore, steps: StepMap, matching query: DebriefQuery = .all) async throws -> [InsightFacts] {
        var facts: [InsightFacts] = []
        var stages = StageRanks(steps.stages)
        try await store.forEachFactPage(FactQuery(query, steps: steps.insightSteps)) { page in
            for debrief in page { facts.append(InsightFacts(debrief, steps: steps, stages: &stages)) }
        }
        return facts.sorted { ($0.day, $0.createdAt, $0.id) < ($1.day, $1.createdAt, $1.id) }
    }

    /// The facts of `debriefs`, oldest first; large inputs are read in parallel chunks.
    static func read(_ debriefs: [Debrief], steps: StepMap) -> [InsightFacts] {
        let ordered = debriefs.chronological()
        let chunk = 4_096
        @Sendable func facts(_ slice: ArraySlice<Debrief>) -> [InsightFacts] {
            var stages = StageRanks(steps.stages)
            return slice.map { InsightFacts($0, steps: steps, stages: &stages) }
        }
        guard ordered.count > chunk else { return facts(ordered[...]) }
        let chunks = (ordered.count + chunk - 1) / chunk
        let parts = Parts<InsightFacts>(count: chunks)
        DispatchQueue.concurrentPerform(iterations: chunks) { index in
            parts[index] = facts(ordered[index * chunk..<min(ordered.count, (index + 1) * chunk)])
        }
        return parts.all.flatMap { $0 }
    }
}
