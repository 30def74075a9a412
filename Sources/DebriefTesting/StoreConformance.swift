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
///     try await StoreConformance { try MyStore(path: temporaryPath()) }.run()
/// }
/// ```
public struct StoreConformance: Sendable {
    private let makeStore: @Sendable () async throws -> any DebriefStore

    public init(makeStore: @escaping @Sendable () async throws -> any DebriefStore) {
        self.makeStore = makeStore
    }

    /// The names of the checks, in the order ``run(sourceLocation:)`` runs them.
    public static let checks = ["round trip", "revision conflict", "create conflict", "list and queries",
                                "id prefix", "search", "delete", "concurrent writers", "concurrent revisions"]

    /// Runs every check.
    public func run(sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try await roundTrip(sourceLocation)
        try await revisionConflict(sourceLocation)
        try await createConflict(sourceLocation)
        try await listAndQueries(sourceLocation)
        try await idPrefix(sourceLocation)
        try await search(sourceLocation)
        try await delete(sourceLocation)
        try await concurrentWriters(sourceLocation)
        try await concurrentRevisions(sourceLocation)
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

    func roundTrip(_ location: SourceLocation) async throws {
        let store = try await makeStore()
        let original = Self.sample()
        let saved = try await store.save(original, expectedRevision: 0)
        #expect(saved.revision == 1, "round trip: the first save gives revision 1", sourceLocation: location)
        let loaded = try await store.load(original.id)
        var expected = original
        expected.revision = 1
        #expect(loaded == expected, "round trip: load returns exactly what was saved", sourceLocation: location)
        #expect(try await store.load(DebriefID(rawValue: "missing")) == nil, "round trip: an unknown id loads as nil", sourceLocation: location)

        var completed = saved
        completed.status = .completed(at: original.createdAt.addingTimeInterval(3600))
        let again = try await store.save(completed, expectedRevision: 1)
        #expect(again.revision == 2, "round trip: each save bumps the revision", sourceLocation: location)
        #expect(try await store.load(original.id)?.status == completed.status, "round trip: status survives", sourceLocation: location)
    }

    func revisionConflict(_ location: SourceLocation) async throws {
        let store = try await makeStore()
        let first = try await store.save(Self.sample(), expectedRevision: 0)
        var mine = first
        var theirs = first
        mine.interview.role = "Mine"
        theirs.interview.role = "Theirs"
        _ = try await store.save(theirs, expectedRevision: 1)
        await expectConflict("revision conflict", location) { _ = try await store.save(mine, expectedRevision: 1) }
        #expect(try await store.load(first.id)?.interview.role == "Theirs", "revision conflict: the stale save changed nothing", sourceLocation: location)
    }

    func createConflict(_ location: SourceLocation) async throws {
        let store = try await makeStore()
        _ = try await store.save(Self.sample(), expectedRevision: 0)
        await expectConflict("create conflict", location) { _ = try await store.save(Self.sample(), expectedRevision: 0) }
        await expectConflict("create conflict (missing)", location) {
            _ = try await store.save(Self.sample(id: "ffff-new"), expectedRevision: 3)
        }
    }

    func listAndQueries(_ location: SourceLocation) async throws {
        let store = try await makeStore()
        let base = Date(timeIntervalSince1970: 1_795_687_200)
        for index in 0..<5 {
            var debrief = Self.sample(id: "id-\(index)", company: index.isMultiple(of: 2) ? "Acme" : "Globex", at: base)
            debrief.updatedAt = base.addingTimeInterval(Double(index) * 86_400)
            if index == 4 { debrief.status = .completed(at: debrief.updatedAt) }
            _ = try await store.save(debrief, expectedRevision: 0)
        }
        let all = try await store.list(.all)
        #expect(all.map(\.id.rawValue) == ["id-4", "id-3", "id-2", "id-1", "id-0"], "list: newest update first", sourceLocation: location)
        #expect(all.first?.interview.company == "Acme" && all.first?.revision == 1, "list: summaries carry the interview", sourceLocation: location)
        let acme = try await store.list(DebriefQuery(company: "acm"))
        #expect(acme.map(\.id.rawValue) == ["id-4", "id-2", "id-0"], "list: company filter ignores case", sourceLocation: location)
        let recent = try await store.list(DebriefQuery(since: base.addingTimeInterval(3 * 86_400)))
        #expect(recent.map(\.id.rawValue) == ["id-4", "id-3"], "list: since filter", sourceLocation: location)
        let done = try await store.list(DebriefQuery(status: .completed))
        #expect(done.map(\.id.rawValue) == ["id-4"], "list: status filter", sourceLocation: location)
        let open = try await store.list(DebriefQuery(status: .inProgress, limit: 2, offset: 1))
        #expect(open.map(\.id.rawValue) == ["id-2", "id-1"], "list: limit and offset", sourceLocation: location)
    }

    func idPrefix(_ location: SourceLocation) async throws {
        let store = try await makeStore()
        _ = try await store.save(Self.sample(id: "abc123"), expectedRevision: 0)
        _ = try await store.save(Self.sample(id: "abd456"), expectedRevision: 0)
        #expect(try await store.resolve("abc").id.rawValue == "abc123", "id prefix: a unique prefix resolves", sourceLocation: location)
        #expect(try await store.resolve("ABD4").id.rawValue == "abd456", "id prefix: ignores case", sourceLocation: location)
        await expectError(.ambiguous, "id prefix: ab is ambiguous", location) { _ = try await store.resolve("ab") }
        await expectError(.notFound, "id prefix: zz matches nothing", location) { _ = try await store.resolve("zz") }
    }

    func search(_ location: SourceLocation) async throws {
        let store = try await makeStore()
        _ = try await store.save(Self.sample(id: "s1", company: "Acme"), expectedRevision: 0)
        var other = Self.sample(id: "s2", company: "Globex")
        other.answers[StepKey("wins.list")] = Answer(value: .list(["Explained the résumé gap calmly"]), raw: "", answeredAt: other.createdAt)
        _ = try await store.save(other, expectedRevision: 0)
        let hits = try await store.search("resume gap", limit: 10)
        #expect(hits.map(\.id.rawValue) == ["s2"], "search: every word, accents ignored", sourceLocation: location)
        #expect(hits.first?.step == StepKey("wins.list"), "search: names the matching answer", sourceLocation: location)
        #expect(hits.first?.snippet.localizedCaseInsensitiveContains("gap") == true, "search: snippet shows the match", sourceLocation: location)
        let both = try await store.search("CONFLICT", limit: 10)
        #expect(Set(both.map(\.id.rawValue)) == ["s1", "s2"], "search: ignores case, finds list items", sourceLocation: location)
        #expect(try await store.search("conflict", limit: 1).count == 1, "search: respects the limit", sourceLocation: location)
        #expect(try await store.search("zebra", limit: 10).isEmpty, "search: no match, no hits", sourceLocation: location)
        #expect(try await store.search("   ", limit: 10).isEmpty, "search: blank text finds nothing", sourceLocation: location)
    }

    func delete(_ location: SourceLocation) async throws {
        let store = try await makeStore()
        let saved = try await store.save(Self.sample(id: "gone"), expectedRevision: 0)
        #expect(try await store.delete(saved.id), "delete: returns true for a stored debrief", sourceLocation: location)
        #expect(try await store.load(saved.id) == nil, "delete: it no longer loads", sourceLocation: location)
        #expect(try await store.list(.all).isEmpty, "delete: it no longer lists", sourceLocation: location)
        #expect(try await store.search("conflict", limit: 10).isEmpty, "delete: it no longer matches a search", sourceLocation: location)
        #expect(try await !store.delete(saved.id), "delete: returns false the second time", sourceLocation: location)
    }

    func concurrentWriters(_ location: SourceLocation) async throws {
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
        #expect(all.count == 20, "concurrent writers: every debrief saved", sourceLocation: location)
        #expect(all.allSatisfy { $0.revision == 6 }, "concurrent writers: every save kept", sourceLocation: location)
    }

    func concurrentRevisions(_ location: SourceLocation) async throws {
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
        #expect(results.filter { $0 }.count == 1, "concurrent revisions: exactly one of ten racing saves wins", sourceLocation: location)
        #expect(try await store.load(saved.id)?.revision == 2, "concurrent revisions: one revision added", sourceLocation: location)
    }

    private func expectConflict(_ check: String, _ location: SourceLocation, _ body: () async throws -> Void) async {
        await expectError(.conflict, check, location, body)
    }

    private func expectError(_ code: DebriefError.Code, _ check: String, _ location: SourceLocation, _ body: () async throws -> Void) async {
        do {
            try await body()
            Issue.record("\(check): expected a \(code) error, but it succeeded", sourceLocation: location)
        } catch let error as DebriefError {
            #expect(error.code == code, "\(check): expected \(code), got \(error.code): \(error)", sourceLocation: location)
        } catch {
            Issue.record("\(check): expected a DebriefError(\(code)), got \(error)", sourceLocation: location)
        }
    }
}
