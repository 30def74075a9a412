/// Keeps debriefs. The contract every store must honour (`StoreConformance` in DebriefTesting checks it):
///
/// - ``save(_:expectedRevision:)`` is atomic. It succeeds only when the stored revision
///   equals `expectedRevision` (0 for a debrief not stored yet), stores the debrief with
///   revision `expectedRevision + 1` and returns that copy. Otherwise it throws a
///   ``DebriefError`` with code ``DebriefError/Code/conflict`` and changes nothing: a
///   stale write is never a silent overwrite.
/// - ``load(_:)`` returns exactly what was saved (including the transcript), or nil.
/// - ``list(_:)`` returns summaries, newest update first, filtered by the query.
/// - ``search(_:limit:)`` finds debriefs whose answers contain every word of the text,
///   ignoring case and accents; an answer's words are its ``Answer/searchableText``.
/// - ``search(_:limit:in:)`` does the same among the debriefs a query's filters select (not its
///   limit and offset). The default searches everything and keeps the hits the filters pass;
///   a store that can filter as it searches should.
/// - ``delete(_:)`` removes a debrief; returns false when there was none.
/// - ``loadAll(_:transcripts:)`` returns what ``load(_:)`` would for each debrief ``list(_:)``
///   names, in that order; without transcripts when `transcripts` is false. The default loads
///   one by one; a store that can read in bulk should.
/// - ``claim(_:)`` holds a debrief for one session: until the claim is dropped, claiming the
///   same debrief through another instance of the store (another process, another window)
///   returns nil. The instance that holds a claim may claim it again. The default grants every
///   claim, which is right for a store only one instance can reach (``InMemoryStore``);
///   a store that processes share must implement it, and free a claim when its process ends.
/// - ``history(excluding:)`` returns what the coach remembers of every debrief but one
///   (``DebriefHistory``). The default reads it from ``loadAll(_:transcripts:)`` without
///   transcripts; a store that keeps facts about its debriefs (plans, hard questions, moods)
///   should serve it from them, since a session reads it each time a debrief starts.
/// - All methods are safe to call concurrently.
public protocol DebriefStore: Sendable {
    func save(_ debrief: Debrief, expectedRevision: Int) async throws -> Debrief
    func load(_ id: DebriefID) async throws -> Debrief?
    func list(_ query: DebriefQuery) async throws -> [DebriefSummary]
    func search(_ text: String, limit: Int) async throws -> [SearchHit]
    /// Searches only the debriefs `query`'s filters select: `debrief search --company acme salary`.
    func search(_ text: String, limit: Int, in query: DebriefQuery) async throws -> [SearchHit]
    func delete(_ id: DebriefID) async throws -> Bool
    /// Many debriefs at once, for reports and insights. Debriefs read without their
    /// transcripts are for reading only: saving one would store it without its transcript.
    func loadAll(_ query: DebriefQuery, transcripts: Bool) async throws -> [Debrief]
    /// Holds `id` for one session; nil while another instance of the store holds it.
    func claim(_ id: DebriefID) async throws -> DebriefClaim?
    /// What the coach remembers of every debrief except `id` (nil: of all of them), for the
    /// conversation that `id` is; it must equal ``DebriefHistory/init(debriefs:excluding:keys:)``
    /// over everything stored, with the default keys.
    func history(excluding id: DebriefID?) async throws -> DebriefHistory

    // Facts for summaries (insights, plans, practice, reports).
    /// The facts of the debriefs `query` selects, in id order (byte order), after
    /// ``FactQuery/after`` and at most ``FactQuery/limit`` of them: for each, exactly
    /// ``DebriefFacts/init(_:reading:)`` of what ``load(_:)`` returns. The default reads whole
    /// debriefs through ``loadAll(_:transcripts:)``; a store that keeps facts as it writes
    /// should read those instead (`StoreConformance` checks they agree).
    func facts(_ query: FactQuery) async throws -> [DebriefFacts]
    /// The facts `query` selects of only the debriefs with a date answer at one of `dated` steps
    /// from `first` through `last`, in id order, read without words: each answer is
    /// ``AnswerValue/wordless`` and the interview keeps only its date. For what is due when
    /// Debrief starts (plans dated this week), which reads dates, never what people wrote.
    /// The default reads every fact page; a store should find the few debriefs by an index.
    func datedFacts(_ query: FactQuery, datedAt dated: Set<String>, from first: DayDate, through last: DayDate) async throws -> [DebriefFacts]
}

extension DebriefStore {
    /// Lists, then loads each debrief: correct for any store, one round trip per debrief.
    public func loadAll(_ query: DebriefQuery, transcripts: Bool) async throws -> [Debrief] {
        var debriefs: [Debrief] = []
        for summary in try await list(query) {
            guard var debrief = try await load(summary.id) else { continue }
            if !transcripts { debrief.transcript = [] }
            debriefs.append(debrief)
        }
        return debriefs
    }

    /// Reads every debrief without its transcript, then summarises them: correct for any
    /// store, and the work grows with the whole store.
    public func history(excluding id: DebriefID?) async throws -> DebriefHistory {
        DebriefHistory(debriefs: try await loadAll(.all, transcripts: false), excluding: id)
    }

    /// Reads whole debriefs and keeps their facts: correct for any store, and as slow as ``loadAll(_:transcripts:)``.
    public func facts(_ query: FactQuery) async throws -> [DebriefFacts] {
        let debriefs = try await loadAll(query.filter, transcripts: false)
            .filter { query.isPast($0.id) }
            .sorted { $0.id.rawValue.utf8.lexicographicallyPrecedes($1.id.rawValue.utf8) }
        return debriefs.prefix(query.limit ?? .max).map { DebriefFacts($0, reading: query) }
    }

    /// Searches everything, then keeps the hits among the debriefs `query` lists: correct for
    /// any store, and it reads every hit when filters are given.
    public func search(_ text: String, limit: Int, in query: DebriefQuery) async throws -> [SearchHit] {
        var filters = query
        filters.limit = nil
        filters.offset = 0
        guard filters != DebriefQuery.all else { return try await search(text, limit: limit) }
        let chosen = Set(try await list(filters).map(\.id))
        return Array(try await search(text, limit: .max).lazy.filter { chosen.contains($0.id) }.prefix(limit))
    }

    /// Reads every page of facts and keeps the debriefs dated in range: correct for any store,
    /// and as slow as reading every fact.
    public func datedFacts(_ query: FactQuery, datedAt dated: Set<String>, from first: DayDate, through last: DayDate) async throws -> [DebriefFacts] {
        var kept: [DebriefFacts] = []
        var read = query
        read.steps.formUnion(dated)
        try await forEachFactPage(read) { page in
            for facts in page where facts.answers.contains(where: { key, value in
                guard dated.contains(key.stepID), case .date(let day) = value else { return false }
                return first <= day && day <= last
            }) {
                kept.append(facts.wordless(reading: query))
            }
        }
        return kept
    }

    /// Grants every claim: right only for a store that a single instance reaches.
    public func claim(_ id: DebriefID) async throws -> DebriefClaim? {
        DebriefClaim(id)
    }

    /// Saves a debrief on top of the revision it was loaded at.
    public func save(_ debrief: Debrief) async throws -> Debrief {
        try await save(debrief, expectedRevision: debrief.revision)
    }

    /// Finds the one debrief whose id starts with `prefix` (as typed at the command line).
    /// A prefix needs at least ``DebriefID/shortestPrefix`` characters: an empty one starts every id.
    public func resolve(_ prefix: String) async throws -> Debrief {
        let text = prefix.lowercased()
        if let exact = try await load(DebriefID(rawValue: text)) { return exact }
        guard text.count >= DebriefID.shortestPrefix else {
            throw DebriefError(.notFound, "\"\(prefix)\" is too short to pick one debrief.",
                               recovery: "Give at least \(DebriefID.shortestPrefix) characters of its id.")
        }
        let matches = try await list(DebriefQuery(idPrefix: text, limit: 2))
        guard let first = matches.first else { throw DebriefError.notFound(prefix) }
        guard matches.count == 1 else {
            throw DebriefError(.ambiguous, "More than one debrief starts with \"\(prefix)\".", recovery: "Type more characters of the id.")
        }
        guard let debrief = try await load(first.id) else { throw DebriefError.notFound(prefix) }
        return debrief
    }
}
