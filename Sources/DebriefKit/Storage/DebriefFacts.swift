public import Foundation

/// What a summary of many debriefs reads from one debrief: its interview and the answers
/// of a few steps, without its document or transcript.
///
/// Insights, plans, the practice deck and reports read these instead of whole debriefs: a
/// store keeps them as it writes (``DebriefStore/facts(_:)``), so a summary of 100,000
/// debriefs decodes none of them.
///
/// ```swift
/// let query = FactQuery(steps: ["feelings.now"])
/// try await store.forEachFactPage(query) { page in
///     for facts in page { print(facts.id, facts.answers[StepKey("feelings.now")] ?? .skipped) }
/// }
/// ```
public struct DebriefFacts: Sendable, Hashable {
    /// The debrief.
    public var id: DebriefID
    /// When it was started (orders debriefs with no interview date), to the millisecond as a
    /// stored document keeps it, whether it was read from a document or from a store's own column.
    public var createdAt: Date
    /// What it is about.
    public var interview: Interview
    /// The answers ``FactQuery/reads(_:_:)`` selects, by step key.
    public var answers: [StepKey: AnswerValue]

    /// Facts as a store read them; `createdAt` is kept to the nearest millisecond.
    public init(id: DebriefID, createdAt: Date, interview: Interview, answers: [StepKey: AnswerValue]) {
        self.id = id
        self.createdAt = Date(timeIntervalSince1970: (createdAt.timeIntervalSince1970 * 1_000).rounded() / 1_000)
        self.interview = interview
        self.answers = answers
    }

    /// The facts of `debrief` that `query` reads: what every store must return for it.
    public init(_ debrief: Debrief, reading query: FactQuery) {
        self.init(id: debrief.id, createdAt: debrief.createdAt, interview: debrief.interview, answers: [:])
        for (key, answer) in debrief.answers where query.reads(key, answer.value) {
            answers[key] = answer.value
        }
    }
}

extension DebriefFacts {
    /// These facts as ``DebriefStore/datedFacts(_:datedAt:from:through:)`` returns them: the
    /// answers `query` reads, each ``AnswerValue/wordless``, and of the interview only its date.
    public func wordless(reading query: FactQuery) -> DebriefFacts {
        var answers: [StepKey: AnswerValue] = [:]
        for (key, value) in self.answers where query.reads(key, value) { answers[key] = value.wordless }
        return DebriefFacts(id: id, createdAt: createdAt, interview: Interview(date: interview.date), answers: answers)
    }
}

/// Which facts to read: the debriefs (a ``DebriefQuery``'s filters), the steps whose
/// answers to include, and a page of them in id order.
public struct FactQuery: Sendable, Hashable {
    /// Only debriefs whose company contains this text, ignoring case (as ``DebriefQuery/company``).
    public var company: String?
    /// Only debriefs updated at or after this instant.
    public var since: Date?
    /// Only debriefs in this state.
    public var status: DebriefStatus.Name?
    /// Only debriefs whose interview passes this filter (as ``DebriefQuery/interview``).
    public var interview: InterviewFilter
    /// The step ids whose answers to read (every item of each: `reflect.struggled.now#1`, `#2`…).
    public var steps: Set<String>
    /// Also every STAR answer, whatever its step: the practice deck makes a card of each.
    public var starAnswers: Bool
    /// Only debriefs whose id sorts after this one (byte order): the last id of the previous page.
    public var after: DebriefID?
    /// At most this many debriefs; nil for all.
    public var limit: Int?

    /// A query; with no filter, every debrief.
    public init(company: String? = nil, since: Date? = nil, status: DebriefStatus.Name? = nil,
                interview: InterviewFilter = InterviewFilter(), steps: Set<String>,
                starAnswers: Bool = false, after: DebriefID? = nil, limit: Int? = nil) {
        self.company = company
        self.since = since
        self.status = status
        self.interview = interview
        self.steps = steps
        self.starAnswers = starAnswers
        self.after = after
        self.limit = limit
    }

    /// The facts of the debriefs `filter` selects (its filters, not its paging or id prefix).
    public init(_ filter: DebriefQuery, steps: Set<String>, starAnswers: Bool = false) {
        self.init(company: filter.company, since: filter.since, status: filter.status, interview: filter.interview,
                  steps: steps, starAnswers: starAnswers)
    }

    /// Whether the answer at `key` is one of the facts read.
    public func reads(_ key: StepKey, _ value: AnswerValue) -> Bool {
        if steps.contains(key.stepID) { return true }
        if starAnswers, case .star = value { return true }
        return false
    }

    /// The filters as a ``DebriefQuery``, without paging.
    public var filter: DebriefQuery {
        DebriefQuery(company: company, since: since, status: status, interview: interview)
    }

    /// Whether `id` comes after ``after`` in byte order (SQL's `BINARY` collation).
    public func isPast(_ id: DebriefID) -> Bool {
        guard let after else { return true }
        return after.rawValue.utf8.lexicographicallyPrecedes(id.rawValue.utf8)
    }
}

extension DebriefStore {
    /// Every page of facts `query` selects, in id order, handed to `body` one page at a time:
    /// memory holds one page, however many debriefs the store keeps.
    public func forEachFactPage(_ query: FactQuery, pageSize: Int = 4_096,
                                _ body: ([DebriefFacts]) throws -> Void) async throws {
        var page = query
        var left = query.limit
        while left.map({ $0 > 0 }) ?? true {
            page.limit = min(pageSize, left ?? .max)
            let facts = try await self.facts(page)
            guard let last = facts.last else { return }
            try body(facts)
            left = left.map { $0 - facts.count }
            page.after = last.id
        }
    }
}
