#if Postgres
import DebriefKit
import DebriefPostgres
import DebriefTesting
import Testing

/// Two people on one server: the database itself keeps each one's debriefs theirs.
@Suite(.enabled(if: TestServer.isAvailable, TestServer.skipReason))
struct RowLevelSecurityTests {
    @Test func twoRolesCannotSeeEachOthersRowsThroughTheStoreOrPsql() async throws {
        let admin = try TestServer.freshLocation("rls")
        _ = try await PostgresStore(location: admin).list(.all)   // creates the schema
        let alice = try TestServer.person(admin.schema + "_alice", schema: admin.schema)
        let bob = try TestServer.person(admin.schema + "_bob", schema: admin.schema)
        let aliceStore = PostgresStore(location: alice), bobStore = PostgresStore(location: bob)
        _ = try await aliceStore.save(StoreConformance.sample(id: "aaaa-alice", company: "Alice Corp"), expectedRevision: 0)
        _ = try await bobStore.save(StoreConformance.sample(id: "bbbb-bob", company: "Bob Ltd"), expectedRevision: 0)

        // Through the store: each lists, loads and finds only their own.
        #expect(try await aliceStore.list(.all).map(\.id.rawValue) == ["aaaa-alice"])
        #expect(try await bobStore.list(.all).map(\.id.rawValue) == ["bbbb-bob"])
        #expect(try await aliceStore.load(DebriefID(rawValue: "bbbb-bob")) == nil)
        #expect(try await aliceStore.search("conflict", limit: 10).map(\.id.rawValue) == ["aaaa-alice"])
        #expect(try await !aliceStore.delete(DebriefID(rawValue: "bbbb-bob")))

        // Through psql, as Alice: Bob's rows are invisible, and can be neither changed nor forged.
        let schema = admin.schema
        let seen = try TestServer.psql("SELECT string_agg(id, ',') FROM \(schema).debrief; SELECT count(*) FROM \(schema).answer WHERE owner <> current_user",
                                       user: alice.user, password: alice.password)
        #expect(seen.status == 0 && seen.output == "aaaa-alice\n0", "psql as Alice printed: \(seen.output)")
        let changed = try TestServer.psql("UPDATE \(schema).debrief SET company = 'hacked' WHERE id = 'bbbb-bob' RETURNING id",
                                          user: alice.user, password: alice.password)
        #expect(changed.status == 0 && changed.output.isEmpty, "psql as Alice printed: \(changed.output)")
        let forged = try TestServer.psql("""
            INSERT INTO \(schema).debrief (owner, id, revision, created_at, updated_at, status, document)
            VALUES ('\(bob.user)', 'forged', 1, 0, 0, 'inProgress', '{}')
            """, user: alice.user, password: alice.password)
        #expect(forged.status != 0 && forged.output.contains("row-level security"), "psql as Alice printed: \(forged.output)")
        #expect(try await bobStore.load(DebriefID(rawValue: "bbbb-bob"))?.interview.company == "Bob Ltd")
        #expect(try await bobStore.list(.all).count == 1)
    }

    @Test func aCounsellorReadsOnlyThePeopleWhoGrantedIt() async throws {
        let admin = try TestServer.freshLocation("rls")
        _ = try await PostgresStore(location: admin).list(.all)
        let schema = admin.schema
        let alice = try TestServer.person(schema + "_alice", schema: schema)
        let bob = try TestServer.person(schema + "_bob", schema: schema)
        let counsellor = try TestServer.person(schema + "_coach", schema: schema)
        _ = try await PostgresStore(location: alice).save(StoreConformance.sample(id: "aaaa-alice"), expectedRevision: 0)
        _ = try await PostgresStore(location: bob).save(StoreConformance.sample(id: "bbbb-bob"), expectedRevision: 0)

        let granted = try TestServer.psql("INSERT INTO \(schema).counsellor (counsellor) VALUES ('\(counsellor.user)')",
                                          user: alice.user, password: alice.password)
        #expect(granted.status == 0, "psql as Alice printed: \(granted.output)")
        let read = try TestServer.psql("SELECT string_agg(owner || '/' || id, ',') FROM \(schema).debrief",
                                       user: counsellor.user, password: counsellor.password)
        #expect(read.output == "\(alice.user)/aaaa-alice", "psql as the counsellor printed: \(read.output)")
        let changed = try TestServer.psql("UPDATE \(schema).debrief SET company = 'x' RETURNING id",
                                          user: counsellor.user, password: counsellor.password)
        #expect(changed.status == 0 && changed.output.isEmpty, "a counsellor reads but never changes: \(changed.output)")
        // The counsellor's own store still shows only the counsellor's own debriefs.
        #expect(try await PostgresStore(location: counsellor).list(.all).isEmpty)
    }
}
#endif
