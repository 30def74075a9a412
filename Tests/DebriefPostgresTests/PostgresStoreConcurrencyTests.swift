#if Postgres
import DebriefKit
import DebriefPostgres
import DebriefTesting
import Foundation
import Testing

@Suite(.enabled(if: TestServer.isAvailable, TestServer.skipReason))
struct PostgresStoreConcurrencyTests {
    /// 16 people, each on their own connection pool, save 50 debriefs at once, several times
    /// each: every debrief comes back exactly as its owner last saved it, and no one sees another's.
    @Test func sixteenClientsTimesFiftyDebriefsLoseNothingAndMixNothing() async throws {
        let admin = try TestServer.freshLocation("load")
        _ = try await PostgresStore(location: admin).list(.all)
        let people = try (0..<16).map { try TestServer.person(admin.schema + "_p\($0)", schema: admin.schema) }
        let saved = try await withThrowingTaskGroup(of: (Int, [Debrief]).self) { group in
            for (index, person) in people.enumerated() {
                group.addTask {
                    let store = PostgresStore(location: person)
                    var debriefs: [Debrief] = []
                    for number in 0..<50 {
                        var debrief = try await store.save(StoreConformance.sample(id: "d\(number)", company: "Client \(index)"), expectedRevision: 0)
                        debrief.answers[StepKey("extra.owner")] = Answer(value: .text("person \(index) debrief \(number)"), raw: "p\(index)",
                                                                      answeredAt: debrief.createdAt)
                        debrief.log(.said(text: "saved by \(index)", source: nil), at: debrief.createdAt)
                        debriefs.append(try await store.save(debrief))
                    }
                    return (index, debriefs)
                }
            }
            return try await group.reduce(into: [Int: [Debrief]]()) { $0[$1.0] = $1.1 }
        }
        for (index, person) in people.enumerated() {
            let store = PostgresStore(location: person)
            let stored = try await store.loadAll(.all, transcripts: true)
            #expect(stored.count == 50)
            let expected = Dictionary(uniqueKeysWithValues: (saved[index] ?? []).map { ($0.id, $0) })
            #expect(stored.allSatisfy { expected[$0.id] == $0 }, "person \(index) reads exactly what they saved")
            #expect(stored.allSatisfy { $0.interview.company == "Client \(index)" && $0.revision == 2 })
        }
        // Seen by the server, past row-level security: 800 debriefs, each row owned by the client that wrote it.
        let schema = admin.schema
        #expect(try TestServer.psql("SELECT count(*) FROM \(schema).debrief").output == "800")
        #expect(try TestServer.psql("""
            SELECT count(*) FROM \(schema).debrief WHERE company <> 'Client ' || substring(owner from '_p([0-9]+)$')
            """).output == "0")
        #expect(try TestServer.psql("""
            SELECT count(*) FROM \(schema).answer WHERE step = 'extra.owner' AND text <> 'person ' || substring(owner from '_p([0-9]+)$')
                || ' debrief ' || substring(debrief_id from 2)
            """).output == "0")
        #expect(try TestServer.psql("SELECT count(*) FROM \(schema).event").output == String(800 * (saved[0]?.first?.transcript.count ?? 0)))
        #expect(try TestServer.psql("SELECT count(*) FROM \(schema).event WHERE body LIKE '%saved by %'").output == "800")
        #expect(try TestServer.psql("""
            SELECT count(*) FROM \(schema).event WHERE body LIKE '%saved by %'
                AND body NOT LIKE '%saved by ' || substring(owner from '_p([0-9]+)$') || '"%'
            """).output == "0")
    }
}
#endif
