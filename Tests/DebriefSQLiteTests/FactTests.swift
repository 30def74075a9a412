import DebriefKit
@testable import DebriefSQLite
import DebriefTesting
import Foundation
import GRDB
import Testing

/// The facts summaries read stay equal to a recomputation from the debriefs, whichever way
/// debriefs arrive: saves and deletes (StoreConformance), imports, and an old store's migration.
@Suite struct FactTests {
    /// Debriefs with every answer type, a list that shrinks, a STAR revision and a skip.
    private static func debriefs(_ count: Int) -> [Debrief] {
        (0..<count).map { index in
            var debrief = StoreConformance.sample(id: String(format: "fact-%04d", index), company: index.isMultiple(of: 3) ? "Acme" : "Globex")
            if index.isMultiple(of: 2) {
                debrief.answers[StepKey("star.revise.2")] = Answer(value: .star(STARAnswer(situation: "s", task: "t", action: "a", result: "r")),
                                                                   raw: "", answeredAt: debrief.createdAt)
                debrief.answers[StepKey("reflect.struggled.list")] = Answer(value: .list([]), raw: "", answeredAt: debrief.createdAt)
            }
            return debrief
        }
    }

    @Test func importsKeepTheFacts() async throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore(path: folder.file("import.sqlite"))
        _ = try store.insert(Self.debriefs(40))
        #expect(try await StoreConformance.factProblems(in: store) == [])
        #expect(try await store.facts(FactQuery(steps: ["feelings.now"])).count == 40)
    }

    @Test func factsOfADebriefStartedBetweenMillisecondsEqualItsDocument() async throws {
        let folder = try TemporaryFolder()
        let store = try SQLiteStore(path: folder.file("clock.sqlite"))
        for (index, fraction) in [0.000_4, 0.123_456, 0.999_7, 0.5].enumerated() {
            let at = Date(timeIntervalSince1970: 1_795_687_200 + Double(index) * 86_400 + fraction)
            _ = try await store.save(StoreConformance.sample(id: "clock-\(index)", at: at), expectedRevision: 0)
        }
        #expect(try await StoreConformance.factProblems(in: store) == [])
    }

    @Test func aVersion2StoreGainsItsFacts() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("v2.sqlite")
        let queue = try DatabaseQueue(path: path)
        try SQLiteStore.migrator.migrate(queue, upTo: "v2")
        let debriefs = Self.debriefs(25)
        try await queue.write { db in
            for debrief in debriefs {
                let record = try StoredDebrief(debrief)
                try db.execute(sql: """
                    INSERT INTO debrief (id, revision, createdAt, updatedAt, status, company, companyKey, role, interviewDate, stage, outcome, document)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [record.id, debrief.revision, debrief.createdAt.timeIntervalSince1970,
                                     debrief.updatedAt.timeIntervalSince1970, debrief.status.name.rawValue, debrief.interview.company,
                                     debrief.interview.company.map(SearchText.fold), debrief.interview.role, debrief.interview.date?.iso,
                                     debrief.interview.stage, debrief.interview.outcome, record.document])
                try record.writeAnswers(db)
            }
        }
        try queue.close()

        let store = try SQLiteStore(path: path)
        #expect(try await StoreConformance.factProblems(in: store) == [])
        let facts = try await store.facts(FactQuery(steps: ["reflect.struggled.list"], starAnswers: true, limit: 1))
        #expect(facts.first?.answers[StepKey("star.revise.2")] != nil)
        #expect(facts.first?.answers[StepKey("reflect.struggled.list")] == .list([]))
    }

    /// One store's whole life: written by the first schema, upgraded, then saved to, edited,
    /// pruned and imported into (new debriefs, one already held, one whose text the import
    /// cleans). After every step its facts equal a recomputation from its documents.
    @Test func factsFollowAStoreFromItsMigrationThroughSavesEditsDeletesAndImports() async throws {
        let folder = try TemporaryFolder()
        let path = folder.file("life.sqlite")
        let all = Self.debriefs(12).enumerated().map { index, debrief in
            var debrief = debrief
            debrief.id = DebriefID(rawValue: String(format: "00000000-0000-4000-8000-%012d", index))
            return debrief
        }
        let queue = try DatabaseQueue(path: path)
        try SQLiteStore.migrator.migrate(queue, upTo: "v1")
        try await queue.write { db in
            for debrief in all[0..<4] { try MigrationTests.writeVersion1(debrief, db) }
        }
        try queue.close()

        let store = try SQLiteStore(path: path)
        #expect(try await StoreConformance.factProblems(in: store) == [], "after the upgrade from schema v1")

        for debrief in all[4..<7] { _ = try await store.save(debrief, expectedRevision: 0) }
        var edited = try #require(try await store.load(all[1].id))
        edited.answers[StepKey("reflect.struggled.list")] = Answer(value: .list(["Why us?", "Your biggest failure?", "Salary?"]),
                                                                   raw: "", answeredAt: edited.createdAt)
        edited.answers[StepKey("star.example")] = nil
        edited.answers[StepKey("feelings.now")] = Answer(value: .scale(5), raw: "5", answeredAt: edited.createdAt)
        edited.interview.company = "Initech"
        _ = try await store.save(edited)
        _ = try await store.delete(all[2].id)
        _ = try await store.delete(all[5].id)
        #expect(try await StoreConformance.factProblems(in: store) == [], "after saves, an edit and deletes")

        var held = all[4]
        held.answers[StepKey("feelings.now")] = Answer(value: .scale(1), raw: "1", answeredAt: held.createdAt)
        var messy = all[8]
        messy.answers[StepKey(rawValue: "reflect.struggled.now#2")] = Answer(value: .text("Too \u{1B}[31mred\u{07} an answer"), raw: "",
                                                                   answeredAt: messy.createdAt)
        let archive = try DebriefJSON.encoder().encode(DebriefArchive(debriefs: [held, messy] + all[9...] + [all[2]]))
        let report = try await ArchiveImporter(store: store).import(archive, from: "life.json")
        #expect(report.imported == 5 && report.skipped == 1 && report.cleaned.keys.contains(messy.id))
        #expect(try await StoreConformance.factProblems(in: store) == [], "after an import")
        let feelings = try await store.facts(FactQuery(steps: ["feelings.now"])).first { $0.id == held.id }
        #expect(feelings?.answers[StepKey("feelings.now")] == .scale(2), "a debrief already held keeps its own facts")
    }
}
