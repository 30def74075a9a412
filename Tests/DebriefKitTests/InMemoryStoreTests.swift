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

    /// An empty prefix starts every id: `debrief resume ''` must not pick the only debrief.
    @Test func resolvingNeedsFourCharactersOfAnId() async throws {
        let store = InMemoryStore([StoreConformance.sample(id: "3f2a9c1e-only")])
        for prefix in ["", "3", "3f2"] {
            let error = await #expect(throws: DebriefError.self) { try await store.resolve(prefix) }
            #expect(error?.code == .notFound && error?.recovery?.contains("4") == true)
        }
        #expect(try await store.resolve("3F2A").id.rawValue == "3f2a9c1e-only")
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
