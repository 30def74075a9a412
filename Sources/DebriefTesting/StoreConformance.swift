public import DebriefKit
public import Foundation
public import Testing

/// The checks every ``DebriefStore`` must pass: run it from your store's tests.
///
/// Each check gets a fresh, empty store from `makeStore`. Failures are recorded as
/// Swift Testing issues naming the check, so one run shows everything that is off.
///
/// ```swift
/// @Test func conformsToTheStoreContract() async throws {
///     await StoreConformance { try MyStore(path: temporaryPath()) }.run()
/// }
/// ```
public struct StoreConformance: Sendable {
    let makeStore: @Sendable () async throws -> any DebriefStore

    public init(makeStore: @escaping @Sendable () async throws -> any DebriefStore) {
        self.makeStore = makeStore
    }

    /// Runs every check and records each problem as a Swift Testing issue.
    public func run(sourceLocation: SourceLocation = #_sourceLocation) async {
        for problem in await problems() {
            Issue.record(Comment(rawValue: problem), sourceLocation: sourceLocation)
        }
    }

    /// Runs every check and returns what the store got wrong; empty when it conforms.
    public func problems() async -> [String] {
        let findings = Findings()
        let checks: [(String, (Findings) async throws -> Void)] = [
            ("round trip", roundTrip), ("revision conflict", revisionConflict), ("create conflict", createConflict),
            ("list and queries", listAndQueries), ("id prefix", idPrefix), ("search", search), ("delete", delete),
            ("concurrent writers", concurrentWriters), ("concurrent revisions", concurrentRevisions), ("load all", loadAll),
            ("history", history),
            ("facts", facts), ("interview filters", interviewFilters), ("dated facts", datedFacts),
        ]
        for (name, check) in checks {
            do {
                try await check(findings)
            } catch {
                findings.check(false, "\(name): the store threw \(error)")
            }
        }
        return findings.problems
    }

    /// A debrief with answers of every type and a transcript, for round trips.
    public static func sample(id: String = "0a1b2c3d-sample", company: String = "Acme Café",
                              at date: Date = Date(timeIntervalSince1970: 1_795_687_200)) -> Debrief {
        var debrief = Debrief(id: DebriefID(rawValue: id), createdAt: date,
                              interview: Interview(company: company, role: "Designer", date: DayDate(year: 2026, month: 11, day: 24),
                                                   stage: "final round", outcome: "rejected"))
        let values: [(String, AnswerValue)] = [
            ("context.company", .text(company)),
            ("reflect.prepared", .yesPartlyNo(.partly)),
            ("feelings.now", .scale(2)),
            ("context.date", .date(DayDate(year: 2026, month: 11, day: 24)!)),
            ("context.outcome", .choice("rejected")),
            ("reflect.struggled.list", .list(["Tell me about a conflict", "Why us? — naïve answer 😅"])),
            ("star.example", .star(STARAnswer(situation: "Launch slipped", task: "Own the fix", action: "I rebuilt the plan", result: "Shipped 2 weeks early"))),
            ("reflect.why", .skipped),
            ("reflect.struggled.now#2", .text("Because your mission fits mine: 面接")),
        ]
        for (offset, (key, value)) in values.enumerated() {
            let time = date.addingTimeInterval(Double(offset))
            debrief.answers[StepKey(rawValue: key)] = Answer(value: value, raw: value.display, answeredAt: time)
            debrief.trail.append(StepKey(rawValue: key))
            debrief.log(.asked(step: StepKey(rawValue: key), text: "Question \(offset)?"), at: time)
            debrief.log(.answered(step: StepKey(rawValue: key), raw: value.display), at: time)
        }
        debrief.log(.rejected(step: StepKey("feelings.now"), raw: "seven", reason: "7 is outside 1–5"), at: date)
        debrief.log(.command("/back"), at: date)
        debrief.log(.said(text: "Well done.", source: "reaction:x@y"), at: date)
        debrief.chapterVersions = ["context": 1, "reflect": 2]
        debrief.status = .inProgress(Cursor(step: StepKey("wins.list"), draft: ["half a list"], attempts: 1, returnTo: StepKey("move.plan")))
        debrief.updatedAt = date.addingTimeInterval(60)
        return debrief
    }

    func roundTrip(_ findings: Findings) async throws {
        let store = try await makeStore()
        let original = Self.sample()
        let saved = try await store.save(original, expectedRevision: 0)
        findings.check(saved.revision == 1, "round trip: the first save gives revision 1")
        let loaded = try await store.load(original.id)
        var expected = original
        expected.revision = 1
        findings.check(loaded == expected, "round trip: load returns exactly what was saved")
        findings.check(try await store.load(DebriefID(rawValue: "missing")) == nil, "round trip: an unknown id loads as nil")

        var completed = saved
        completed.status = .completed(at: original.createdAt.addingTimeInterval(3600))
        let again = try await store.save(completed, expectedRevision: 1)
        findings.check(again.revision == 2, "round trip: each save bumps the revision")
        findings.check(try await store.load(original.id)?.status == completed.status, "round trip: status survives")
    }

    func revisionConflict(_ findings: Findings) async throws {
        let store = try await makeStore()
        let first = try await store.save(Self.sample(), expectedRevision: 0)
        var mine = first
        var theirs = first
        mine.interview.role = "Mine"
        theirs.interview.role = "Theirs"
        _ = try await store.save(theirs, expectedRevision: 1)
        await findings.expectError(.conflict, "revision conflict") { _ = try await store.save(mine, expectedRevision: 1) }
        findings.check(try await store.load(first.id)?.interview.role == "Theirs", "revision conflict: the stale save changed nothing")
    }

    func createConflict(_ findings: Findings) async throws {
        let store = try await makeStore()
        _ = try await store.save(Self.sample(), expectedRevision: 0)
        await findings.expectError(.conflict, "create conflict") { _ = try await store.save(Self.sample(), expectedRevision: 0) }
        await findings.expectError(.conflict, "create conflict (missing)") {
            _ = try await store.save(Self.sample(id: "ffff-new"), expectedRevision: 3)
        }
    }

    func listAndQueries(_ findings: Findings) async throws {
        let store = try await makeStore()
        let base = Date(timeIntervalSince1970: 1_795_687_200)
        for index in 0..<5 {
            var debrief = Self.sample(id: "id-\(index)", company: index.isMultiple(of: 2) ? "Acme" : "Globex", at: base)
            debrief.updatedAt = base.addingTimeInterval(Double(index) * 86_400)
            if index == 4 { debrief.status = .completed(at: debrief.updatedAt) }
            _ = try await store.save(debrief, expectedRevision: 0)
        }
        let all = try await store.list(.all)
        findings.check(all.map(\.id.rawValue) == ["id-4", "id-3", "id-2", "id-1", "id-0"], "list: newest update first")
        findings.check(all.first?.interview.company == "Acme" && all.first?.revision == 1, "list: summaries carry the interview")
        let acme = try await store.list(DebriefQuery(company: "acm"))
        findings.check(acme.map(\.id.rawValue) == ["id-4", "id-2", "id-0"], "list: company filter ignores case")
        let recent = try await store.list(DebriefQuery(since: base.addingTimeInterval(3 * 86_400)))
        findings.check(recent.map(\.id.rawValue) == ["id-4", "id-3"], "list: since filter")
        let done = try await store.list(DebriefQuery(status: .completed))
        findings.check(done.map(\.id.rawValue) == ["id-4"], "list: status filter")
        let open = try await store.list(DebriefQuery(status: .inProgress, limit: 2, offset: 1))
        findings.check(open.map(\.id.rawValue) == ["id-2", "id-1"], "list: limit and offset")

        // The conversation fills the interview in as it goes: later saves change what lists show.
        var renamed = try await store.load(DebriefID(rawValue: "id-0")) ?? Self.sample(id: "id-0")
        renamed.interview = Interview(company: "Initech", role: "Analyst", date: DayDate(year: 2026, month: 11, day: 20),
                                      stage: "first interview", outcome: "no reply")
        renamed.updatedAt = base.addingTimeInterval(5 * 86_400)
        renamed = try await store.save(renamed)
        let initech = try await store.list(DebriefQuery(company: "initech"))
        findings.check(initech == [DebriefSummary(renamed)], "list: a later save's interview replaces the first one")
        let stillAcme = try await store.list(DebriefQuery(company: "acme"))
        findings.check(stillAcme.map(\.id.rawValue) == ["id-4", "id-2"], "list: the old company no longer matches")
    }

    func idPrefix(_ findings: Findings) async throws {
        let store = try await makeStore()
        _ = try await store.save(Self.sample(id: "abcd123"), expectedRevision: 0)
        _ = try await store.save(Self.sample(id: "abcd456"), expectedRevision: 0)
        findings.check(try await store.resolve("abcd1").id.rawValue == "abcd123", "id prefix: a unique prefix resolves")
        findings.check(try await store.resolve("ABCD4").id.rawValue == "abcd456", "id prefix: ignores case")
        await findings.expectError(.ambiguous, "id prefix: abcd is ambiguous") { _ = try await store.resolve("abcd") }
        await findings.expectError(.notFound, "id prefix: zzzz matches nothing") { _ = try await store.resolve("zzzz") }
    }

    func search(_ findings: Findings) async throws {
        let store = try await makeStore()
        _ = try await store.save(Self.sample(id: "s1", company: "Acme"), expectedRevision: 0)
        var other = Self.sample(id: "s2", company: "Globex")
        other.answers[StepKey("wins.list")] = Answer(value: .list(["Explained the résumé gap calmly"]), raw: "", answeredAt: other.createdAt)
        _ = try await store.save(other, expectedRevision: 0)
        let hits = try await store.search("resume gap", limit: 10)
        findings.check(hits.map(\.id.rawValue) == ["s2"], "search: every word, accents ignored")
        findings.check(hits.first?.step == StepKey("wins.list"), "search: names the matching answer")
        findings.check(hits.first?.snippet.localizedCaseInsensitiveContains("gap") == true, "search: snippet shows the match")
        let both = try await store.search("CONFLICT", limit: 10)
        findings.check(Set(both.map(\.id.rawValue)) == ["s1", "s2"], "search: ignores case, finds list items")
        findings.check(try await store.search("conflict", limit: 1).count == 1, "search: respects the limit")
        var reasoned = Self.sample(id: "s3", company: "Initech")
        reasoned.answers[StepKey("reflect.prepared")] = Answer(value: .yesPartlyNo(.partly), raw: "partly, the portfolio ran long",
                                                               answeredAt: reasoned.createdAt)
        _ = try await store.save(reasoned, expectedRevision: 0)
        let reason = try await store.search("portfolio", limit: 10)
        findings.check(reason.map(\.id.rawValue) == ["s3"] && reason.first?.step == StepKey("reflect.prepared"),
                       "search: finds the reason typed with a yes/partly/no answer")
        findings.check(try await store.search("zebra", limit: 10).isEmpty, "search: no match, no hits")
        findings.check(try await store.search("   ", limit: 10).isEmpty, "search: blank text finds nothing")
    }

    func interviewFilters(_ findings: Findings) async throws {
        let store = try await makeStore()
        let started = Date(timeIntervalSince1970: 1_795_687_200)  // 2026-11-26 10:00 UTC: the day of a debrief with no interview date
        let interviews = [("f-0", "2026-10-05", "Final Round", "rejected"), ("f-1", "2026-11-10", "phone screen", "no reply"),
                          ("f-2", nil, "first interview", "No Reply")]
        for (id, date, stage, outcome) in interviews {
            var debrief = Self.sample(id: id, at: started)
            debrief.interview = Interview(company: "Acme", date: date.flatMap(DayDate.init(iso:)), stage: stage, outcome: outcome)
            _ = try await store.save(debrief, expectedRevision: 0)
        }
        func listed(_ filter: InterviewFilter) async throws -> Set<String> {
            Set(try await store.list(DebriefQuery(interview: filter)).map(\.id.rawValue))
        }
        let november = InterviewFilter(since: DayDate(year: 2026, month: 11, day: 1), until: DayDate(year: 2026, month: 11, day: 20))
        findings.check(try await listed(november) == ["f-1"], "interview filters: since and until, on the interview's day")
        findings.check(try await listed(InterviewFilter(since: DayDate(year: 2026, month: 11, day: 25))) == ["f-2"],
                       "interview filters: a debrief with no interview date counts from the day it was started")
        findings.check(try await listed(InterviewFilter(outcome: "no reply")) == ["f-1", "f-2"], "interview filters: outcome ignores case")
        findings.check(try await listed(InterviewFilter(stage: "final")) == ["f-0"], "interview filters: stage contains the text, ignoring case")
        findings.check(try await listed(InterviewFilter(since: DayDate(year: 2026, month: 11, day: 1), outcome: "no reply", stage: "first")) == ["f-2"],
                       "interview filters: every part must hold")
        let limited = try await store.list(DebriefQuery(interview: InterviewFilter(outcome: "no reply"), limit: 1, offset: 1))
        findings.check(limited.count == 1, "interview filters: limit and offset apply after the filter")
        let loaded = try await store.loadAll(DebriefQuery(interview: InterviewFilter(stage: "final")), transcripts: false)
        findings.check(loaded.map(\.id.rawValue) == ["f-0"], "interview filters: load all follows them")
        let facts = try await store.facts(FactQuery(interview: InterviewFilter(outcome: "rejected"), steps: []))
        findings.check(facts.map(\.id.rawValue) == ["f-0"], "interview filters: facts follow them")
        let hits = try await store.search("conflict", limit: 10, in: DebriefQuery(interview: InterviewFilter(outcome: "no reply")))
        findings.check(Set(hits.map(\.id.rawValue)) == ["f-1", "f-2"], "interview filters: search follows them")
        let one = try await store.search("conflict", limit: 1, in: DebriefQuery(interview: InterviewFilter(outcome: "no reply")))
        findings.check(one.count == 1, "interview filters: search with them respects the limit")
    }

    func datedFacts(_ findings: Findings) async throws {
        let store = try await makeStore()
        for (index, day) in [20, 24, 28].enumerated() {
            var debrief = Self.sample(id: "dated-\(index)")
            debrief.answers[StepKey("move.plan.date")] = Answer(value: .date(DayDate(year: 2026, month: 11, day: day)!), raw: "", answeredAt: debrief.createdAt)
            debrief.answers[StepKey("move.plan")] = Answer(value: .text("If they ask, I will say it"), raw: "", answeredAt: debrief.createdAt)
            _ = try await store.save(debrief, expectedRevision: 0)
        }
        let query = FactQuery(steps: ["move.plan", "move.plan.date", "reflect.struggled.list", "feelings.now"])
        let found = try await store.datedFacts(query, datedAt: ["move.plan.date"], from: DayDate(year: 2026, month: 11, day: 21)!,
                                               through: DayDate(year: 2026, month: 11, day: 28)!)
        findings.check(found.map(\.id.rawValue) == ["dated-1", "dated-2"], "dated facts: only debriefs dated in range, in id order")
        let expected = try await store.facts(FactQuery(steps: query.steps)).filter { $0.id.rawValue == "dated-1" }.map { $0.wordless(reading: query) }
        findings.check(found.first == expected.first, "dated facts: the facts read, wordless, with only the interview's date")
        findings.check(found.first?.answers[StepKey("move.plan")] == .text(AnswerValue.wordPlaceholder)
                       && found.first?.answers[StepKey("reflect.struggled.list")] == .list([AnswerValue.wordPlaceholder, AnswerValue.wordPlaceholder])
                       && found.first?.answers[StepKey("feelings.now")] == .scale(2),
                       "dated facts: words are masked, numbers kept")
    }

    func delete(_ findings: Findings) async throws {
        let store = try await makeStore()
        let saved = try await store.save(Self.sample(id: "gone"), expectedRevision: 0)
        findings.check(try await store.delete(saved.id), "delete: returns true for a stored debrief")
        findings.check(try await store.load(saved.id) == nil, "delete: it no longer loads")
        findings.check(try await store.list(.all).isEmpty, "delete: it no longer lists")
        findings.check(try await store.search("conflict", limit: 10).isEmpty, "delete: it no longer matches a search")
        findings.check(try await !store.delete(saved.id), "delete: returns false the second time")
    }

    func loadAll(_ findings: Findings) async throws {
        let store = try await makeStore()
        for (index, company) in ["Acme", "Globex", "Acme Labs"].enumerated() {
            var debrief = Self.sample(id: "all-\(index)", company: company)
            debrief.updatedAt = debrief.updatedAt.addingTimeInterval(Double(index) * 60)
            _ = try await store.save(debrief, expectedRevision: 0)
        }
        var expected: [Debrief] = []
        for summary in try await store.list(.all) {
            if let debrief = try await store.load(summary.id) { expected.append(debrief) }
        }
        let full = try await store.loadAll(.all, transcripts: true)
        findings.check(full == expected, "load all: the same debriefs as loading each, in list order")
        let light = try await store.loadAll(.all, transcripts: false)
        findings.check(light.map(\.id) == expected.map(\.id), "load all: without transcripts, the same debriefs")
        findings.check(light.allSatisfy(\.transcript.isEmpty), "load all: without transcripts, none is carried")
        findings.check(light.map(\.answers) == expected.map(\.answers) && light.map(\.revision) == expected.map(\.revision),
                       "load all: without transcripts, answers and revisions are intact")
        let acme = try await store.loadAll(DebriefQuery(company: "acme", limit: 1), transcripts: false)
        findings.check(acme.map(\.id.rawValue) == ["all-2"], "load all: follows the query's filters and limit")
        let everyAcme = try await store.loadAll(DebriefQuery(company: "acme"), transcripts: true)
        findings.check(everyAcme.map(\.id.rawValue) == ["all-2", "all-0"] && everyAcme.allSatisfy { !$0.transcript.isEmpty },
                       "load all: follows the query's filters without a limit, newest first, with transcripts")
    }

    func facts(_ findings: Findings) async throws {
        let store = try await makeStore()
        for index in 0..<5 {
            _ = try await store.save(Self.sample(id: "fact-\(index)", company: index.isMultiple(of: 2) ? "Acme" : "Globex"), expectedRevision: 0)
        }
        findings.record(try await Self.factProblems(in: store), "facts after saves")
        var edited = try await store.load(DebriefID(rawValue: "fact-1")) ?? Self.sample(id: "fact-1")
        let time = edited.createdAt
        edited.answers[StepKey("reflect.struggled.list")] = Answer(value: .list(["Why us?"]), raw: "", answeredAt: time)
        edited.answers[StepKey("feelings.now")] = Answer(value: .skipped, raw: "/skip", answeredAt: time)
        edited.answers[StepKey("reflect.prepared")] = nil
        edited.answers[StepKey("star.revise.1")] = Answer(value: .star(STARAnswer(situation: "S", task: "T", action: "A", result: "R")),
                                                          raw: "", answeredAt: time)
        edited.answers[StepKey("wins.list")] = Answer(value: .list([]), raw: "", answeredAt: time)
        edited.interview = Interview(company: "Initech", role: nil, date: nil, stage: "offer", outcome: nil)
        _ = try await store.save(edited)
        _ = try await store.delete(DebriefID(rawValue: "fact-3"))
        findings.record(try await Self.factProblems(in: store), "facts after an edit and a delete")
    }

    /// The ways the facts `store` reads (``DebriefStore/facts(_:)``) differ from those of its
    /// debriefs as ``DebriefStore/loadAll(_:transcripts:)`` returns them; empty when they agree.
    ///
    /// ``run()`` checks this after saves, edits and deletes; call it in your store's own tests
    /// after the writes the protocol doesn't cover: bulk imports, migrations of old files.
    public static func factProblems(in store: any DebriefStore) async throws -> [String] {
        let debriefs = try await store.loadAll(.all, transcripts: false)
        let everyStep = Set(debriefs.flatMap { $0.answers.keys.map(\.stepID) })
        let queries = [
            FactQuery(steps: everyStep), FactQuery(steps: ["feelings.now", "reflect.struggled.list"], starAnswers: true),
            FactQuery(company: "acme", steps: everyStep), FactQuery(steps: ["wins.list"], limit: 2),
        ]
        var problems: [String] = []
        for query in queries {
            let expected = debriefs.filter { query.filter.matches(DebriefSummary($0)) && query.isPast($0.id) }
                .sorted { $0.id.rawValue.utf8.lexicographicallyPrecedes($1.id.rawValue.utf8) }
                .prefix(query.limit ?? .max).map { DebriefFacts($0, reading: query) }
            let facts = try await store.facts(query)
            if facts != expected {
                let wrong = zip(facts, expected).first { $0 != $1 }.map { " (first difference: \($0.0.id), read \($0.0.answers), expected \($0.1.answers))" } ?? ""
                problems.append("facts of \(query.steps.sorted()) (company \(query.company ?? "any"), limit \(query.limit.map(String.init) ?? "none")): "
                                + "read \(facts.count), expected \(expected.count)\(wrong)")
            }
            var paged: [DebriefFacts] = []
            try await store.forEachFactPage(query, pageSize: 2) { paged += $0 }
            if paged != expected { problems.append("facts of \(query.steps.sorted()) read in pages of 2 differ from a recomputation") }
        }
        return problems
    }

    func concurrentWriters(_ findings: Findings) async throws {
        let store = try await makeStore()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<20 {
                group.addTask {
                    var debrief = Self.sample(id: "writer-\(index)")
                    debrief = try await store.save(debrief, expectedRevision: 0)
                    for step in 0..<5 {
                        debrief.answers[StepKey("extra.\(step)")] = Answer(value: .scale(step + 1), raw: "\(step + 1)", answeredAt: debrief.createdAt)
                        debrief = try await store.save(debrief)
                    }
                }
            }
            try await group.waitForAll()
        }
        let all = try await store.list(.all)
        findings.check(all.count == 20, "concurrent writers: every debrief saved")
        findings.check(all.allSatisfy { $0.revision == 6 }, "concurrent writers: every save kept")
    }

    func concurrentRevisions(_ findings: Findings) async throws {
        let store = try await makeStore()
        let saved = try await store.save(Self.sample(id: "contended"), expectedRevision: 0)
        let results = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<10 {
                group.addTask {
                    var copy = saved
                    copy.interview.role = "Writer \(index)"
                    return (try? await store.save(copy, expectedRevision: 1)) != nil
                }
            }
            return await group.reduce(into: [Bool]()) { $0.append($1) }
        }
        findings.check(results.filter { $0 }.count == 1, "concurrent revisions: exactly one of ten racing saves wins")
        findings.check(try await store.load(saved.id)?.revision == 2, "concurrent revisions: one revision added")
    }
}

/// Collects failed checks so one run reports every problem.
final class Findings: @unchecked Sendable {
    private let lock = NSLock()
    private var found: [String] = []

    var problems: [String] { lock.withLock { found } }

    func check(_ condition: Bool, _ message: String) {
        if !condition { lock.withLock { found.append(message) } }
    }

    func record(_ problems: [String], _ context: String) {
        for problem in problems { check(false, "\(context): \(problem)") }
    }

    func expectError(_ code: DebriefError.Code, _ check: String, _ body: () async throws -> Void) async {
        do {
            try await body()
            self.check(false, "\(check): expected a \(code) error, but it succeeded")
        } catch let error as DebriefError {
            self.check(error.code == code, "\(check): expected \(code), got \(error.code): \(error)")
        } catch {
            self.check(false, "\(check): expected a DebriefError(\(code)), got \(error)")
        }
    }
}
