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

    @Test func twoSessionsOnOneDebriefGetAConflictNotALostUpdate() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("shared.sqlite")
        let clock = FixedClock()
        let first = try DebriefSession(flow: Self.flow, store: try SQLiteStore(path: path), clock: clock, calendar: .utc)
        _ = try await first.start()
        let id = try #require(await first.debrief?.id)
        let second = try DebriefSession(flow: Self.flow, store: try SQLiteStore(path: path), clock: clock, calendar: .utc)
        _ = try await second.resume(id)

        _ = try await second.send("Acme")
        let reply = try await first.send("Globex")

        #expect(reply.contains { $0.text.contains("changed in another window") })
        let stored = try #require(try await SQLiteStore(path: path).load(id))
        #expect(stored["quick.company"] == AnswerValue.text("Acme"), "the other window's answer is kept")
        #expect(await first.debrief?["quick.company"] == AnswerValue.text("Acme"), "the stale window reloaded the latest version")

        _ = try await first.send("2")
        let staleReply = try await second.send("4")
        #expect(staleReply.contains { $0.text.contains("changed in another window") })
        let latest = try #require(try await SQLiteStore(path: path).load(id))
        #expect(latest["quick.feeling"] == AnswerValue.scale(2), "the stale window's save did not overwrite")
        #expect(await second.debrief?["quick.feeling"] == AnswerValue.scale(2), "the stale window reloaded it")
    }
}
