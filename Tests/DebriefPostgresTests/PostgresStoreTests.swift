#if Postgres
import DebriefKit
import DebriefPostgres
import DebriefTesting
import Foundation
import Testing

@Suite(.enabled(if: TestServer.isAvailable, TestServer.skipReason))
struct PostgresStoreTests {
    @Test func tablesFromANewerDebriefAreRefusedUntouched() async throws {
        let location = try TestServer.freshLocation()
        _ = try await PostgresStore(location: location).save(StoreConformance.sample(), expectedRevision: 0)
        try TestServer.psql("INSERT INTO \(location.schema).migration (version) VALUES (999)")
        let error = await #expect(throws: DebriefError.self) { _ = try await PostgresStore(location: location).list(.all) }
        #expect(error?.code == .storage && error?.message.contains("newer version") == true)
        let rows = try TestServer.psql("SELECT count(*) FROM \(location.schema).debrief; SELECT max(version) FROM \(location.schema).migration")
        #expect(rows.output == "1\n999")
    }

    @Test func manyClientsOpeningANewDatabaseAtOnceMigrateItOnce() async throws {
        let location = try TestServer.freshLocation()
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<6 {
                group.addTask {
                    _ = try await PostgresStore(location: location).save(StoreConformance.sample(id: "open-\(index)"), expectedRevision: 0)
                }
            }
            try await group.waitForAll()
        }
        #expect(try TestServer.psql("SELECT count(*) FROM \(location.schema).migration").output == "2")
        #expect(try await PostgresStore(location: location).list(.all).count == 6)
    }

    @Test func searchMatchesPrefixesOfEveryWordIgnoringCaseAndAccents() async throws {
        let store = try TestServer.freshStore()
        var debrief = StoreConformance.sample(id: "prefix")
        debrief.answers[StepKey("wins.list")] = Answer(value: .list(["Négociated the SALARY band"]), raw: "", answeredAt: debrief.createdAt)
        _ = try await store.save(debrief, expectedRevision: 0)
        #expect(try await store.search("negoc sal", limit: 5).map(\.step) == [StepKey("wins.list")])
        #expect(try await store.search("négoc zebra", limit: 5).isEmpty)
        #expect(try await store.search("zz|yy <-> !x", limit: 5).isEmpty, "tsquery operators in the text are words, not syntax")
    }

    @Test func aClaimHoldsADebriefAgainstOtherClientsUntilDropped() async throws {
        let location = try TestServer.freshLocation()
        let mine = PostgresStore(location: location), theirs = PostgresStore(location: location)
        let id = DebriefID(rawValue: "claimed")
        var claim = try await mine.claim(id)
        #expect(claim != nil)
        #expect(try await mine.claim(id) != nil, "the instance that holds a claim may claim it again")
        #expect(try await theirs.claim(id) == nil)
        #expect(try await theirs.claim(DebriefID(rawValue: "other")) != nil)
        claim = nil
        // The release reaches the server asynchronously: ask until it has.
        var freed = false
        for _ in 0..<200 where !freed {
            freed = try await theirs.claim(id) != nil
            if !freed { try await Task.sleep(for: .milliseconds(10)) }
        }
        #expect(freed)
    }

    @Test func anUnreachableServerIsReportedWithWhatToDo() async throws {
        let store = PostgresStore(location: try PostgresLocation("postgresql://nobody@127.0.0.1:1/none"))
        let error = await #expect(throws: DebriefError.self) { _ = try await store.list(.all) }
        #expect(error?.message == "Debrief can't reach PostgreSQL at postgresql://nobody@127.0.0.1:1/none.")
    }

    @Test func aWrongPasswordIsReportedWithoutEchoingIt() async throws {
        var location = try TestServer.freshLocation()
        location.password = "wrong-secret"
        let error = await #expect(throws: DebriefError.self) { _ = try await PostgresStore(location: location).list(.all) }
        #expect(error?.message.contains("refused to let \(location.user) in") == true)
        #expect(error?.description.contains("wrong-secret") == false)
    }
}
#endif
