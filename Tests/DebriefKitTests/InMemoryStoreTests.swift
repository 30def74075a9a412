import DebriefKit
import DebriefTesting
import Testing

@Suite struct InMemoryStoreTests {
    @Test func passesStoreConformance() async {
        await StoreConformance { InMemoryStore() }.run()
    }

    /// StoreConformance must catch a store that breaks the contract, or it proves nothing.
    @Test func conformanceCatchesALostUpdate() async {
        let problems = await StoreConformance { OverwritingStore() }.problems()
        #expect(problems.contains { $0.hasPrefix("revision conflict: expected a conflict error") })
        #expect(problems.contains { $0.hasPrefix("concurrent revisions") })
    }
}

/// Ignores revisions: the silent overwrite the contract forbids.
private actor OverwritingStore: DebriefStore {
    private let inner = InMemoryStore()

    func save(_ debrief: Debrief, expectedRevision: Int) async throws -> Debrief {
        var copy = debrief
        copy.revision = (try await inner.load(debrief.id)?.revision ?? 0)
        return try await inner.save(copy, expectedRevision: copy.revision)
    }

    func load(_ id: DebriefID) async throws -> Debrief? { try await inner.load(id) }
    func list(_ query: DebriefQuery) async throws -> [DebriefSummary] { try await inner.list(query) }
    func search(_ text: String, limit: Int) async throws -> [SearchHit] { try await inner.search(text, limit: limit) }
    func delete(_ id: DebriefID) async throws -> Bool { try await inner.delete(id) }
}
