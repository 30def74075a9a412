import DebriefKit
import DebriefSQLite
import DebriefTesting
import Foundation
import Testing

/// Two stores (two pools, as two processes would have) sharing one file.
@Suite struct SQLiteStoreConcurrencyTests {
    static let flow = Flow([Chapter("quick", title: "Quick", version: 1) {
        Ask("quick.company", "Which company?", .text()).records(.company)
        Ask("quick.feeling", "How do you feel, 1-5?", .scale())
        Ask("quick.lesson", "One thing you learned?", .text())
    }])

    @Test func twoPoolsSavingDifferentDebriefsAtOnceBothSucceed() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("shared.sqlite")
        let stores = [try SQLiteStore(path: path), try SQLiteStore(path: path)]
        try await withThrowingTaskGroup(of: Void.self) { group in
            for (writer, store) in stores.enumerated() {
                for index in 0..<10 {
                    group.addTask {
                        var debrief = StoreConformance.sample(id: "w\(writer)-\(index)")
                        debrief = try await store.save(debrief, expectedRevision: 0)
                        for step in 0..<5 {
                            debrief.answers[StepKey("extra.\(step)")] = Answer(value: .text("note \(step)"), raw: "note \(step)", answeredAt: debrief.createdAt)
                            debrief = try await store.save(debrief)
                        }
                    }
                }
            }
            try await group.waitForAll()
        }
        for store in stores {
            let all = try await store.list(.all)
            #expect(all.count == 20)
            #expect(all.allSatisfy { $0.revision == 6 })
        }
    }

    @Test func aSecondSessionCannotOpenADebriefAnotherHolds() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("shared.sqlite")
        let clock = FixedClock()
        var first: DebriefSession? = try DebriefSession(flow: Self.flow, store: try SQLiteStore(path: path), clock: clock, calendar: .utc)
        _ = try await first?.start()
        let id = try #require(await first?.debrief?.id)
        let second = try DebriefSession(flow: Self.flow, store: try SQLiteStore(path: path), clock: clock, calendar: .utc)
        let error = await #expect(throws: DebriefError.self) { try await second.resume(id) }
        #expect(error?.code == .busy)

        first = nil
        #expect(try await second.resume(id).contains { $0.kind == .question }, "the claim ended with the session that held it")
    }

    @Test func aClaimIsHeldAgainstOtherStoresAndNestsInItsOwn() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("shared.sqlite")
        let mine = try SQLiteStore(path: path), theirs = try SQLiteStore(path: path)
        let id = DebriefID(rawValue: "held")
        var outer = try await mine.claim(id)
        let inner = try await mine.claim(id)
        #expect(outer != nil && inner != nil, "the store that holds a debrief may claim it again")
        #expect(try await theirs.claim(id) == nil)
        #expect(try await theirs.claim(DebriefID(rawValue: "another")) != nil, "other debriefs stay free")
        outer = nil
        #expect(try await theirs.claim(id) == nil, "still held by the inner claim")
        withExtendedLifetime(inner) {}
    }

    @Test func aSessionWhoseDebriefChangesInTheStoreNeverOverwrites() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("shared.sqlite")
        let store = try SQLiteStore(path: path)
        let session = try DebriefSession(flow: Self.flow, store: store, clock: FixedClock(), calendar: .utc)
        _ = try await session.start()
        let id = try #require(await session.debrief?.id)
        var elsewhere = try #require(try await store.load(id))
        elsewhere.interview.role = "Edited elsewhere"
        _ = try await store.save(elsewhere)

        let reply = try await session.send("Globex")

        #expect(reply.contains { $0.text.contains("changed in another window") })
        let stored = try #require(try await store.load(elsewhere.id))
        #expect(stored.interview.role == "Edited elsewhere" && stored["quick.company"] == nil, "the other change is kept, the stale line not applied")
        #expect(await session.debrief?.interview.role == "Edited elsewhere", "the session reloaded the latest version")
    }

    @Test func aSessionThatStopsOnConflictsThrowsInsteadOfReloading() async throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore(path: folder.file("shared.sqlite"))
        let session = try DebriefSession(flow: Self.flow, store: store, clock: FixedClock(), calendar: .utc, conflicts: .stop)
        _ = try await session.start()
        let id = try #require(await session.debrief?.id)
        var elsewhere = try #require(try await store.load(id))
        elsewhere.interview.role = "Edited elsewhere"
        _ = try await store.save(elsewhere)

        let error = await #expect(throws: DebriefError.self) { try await session.send("Globex") }
        #expect(error?.code == .conflict)
        #expect(try await store.load(elsewhere.id)?["quick.company"] == nil)
    }

    @Test func storesOpenedAtOnceOnANewFileAllOpen() async throws {
        for trial in 0..<25 {
            let folder = try TemporaryFolder()
            let path = folder.file("new-\(trial).sqlite")
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<4 {
                    group.addTask { _ = try await SQLiteStore(path: path).list(.all) }
                }
                try await group.waitForAll()
            }
        }
    }
}
