import DebriefKit
import DebriefSQLite
import Foundation
import Testing

/// `debrief export` then `debrief import` into a new store, as a move to a new machine: the
/// real binary, with plans (one marked done) and a practice deck that has been practised.
@Suite struct BackupRoundTripTests {
    typealias Workspace = StorageCommandTests.Workspace

    /// What a person sees of their plans and practice: `plans`, a practice round stopped at
    /// once, and the deck itself (cards, schedules, reviews).
    struct State: Equatable {
        var plans: String
        var practice: String
        var deck: PracticeBackup
    }

    static func state(of workspace: Workspace) async throws -> State {
        let plans = try workspace.debrief("plans")
        let practice = try workspace.debrief("practice", input: "/stop\n")
        #expect(plans.status == 0 && practice.status == 0, "\(plans.err)\(practice.err)")
        let deck = try await SQLitePracticeStore(path: SQLitePracticeStore.path(besideStore: workspace.store)).backup()
        return State(plans: plans.out, practice: practice.out, deck: deck)
    }

    /// A natural debrief, its plan marked done, and one card practised.
    static func used() throws -> Workspace {
        let workspace = try Workspace()
        #expect(try workspace.debrief(input: NaturalDebrief.input).status == 0)
        #expect(try workspace.debrief("plans", "done", "1").status == 0)
        let round = try workspace.debrief("practice", "--limit", "1", input: "I would tell the release story\ngood\n")
        #expect(round.status == 0 && round.out.contains("Next time"), "\(round.out)\(round.err)")
        return workspace
    }

    @Test func exportThenImportGivesTheSamePlansAndPractice() async throws {
        let old = try Self.used()
        let before = try await Self.state(of: old)
        #expect(before.plans.contains("done "), "a plan is marked done: \(before.plans)")
        #expect(before.deck.reviews.count == 1 && before.deck.cards.count > 1, "\(before.deck)")

        let archive = old.folder + "/backup.json"
        #expect(try old.debrief("export", "--output", archive).status == 0)
        let new = try Workspace()
        let imported = try new.debrief("import", archive)
        #expect(imported.status == 0, "\(imported.err)")
        #expect(imported.err.contains("Imported 1 debrief.") && imported.err.contains("practice card"), "\(imported.err)")

        let after = try await Self.state(of: new)
        #expect(after == before)
        #expect(try await Self.state(of: old) == before, "reading the state changes nothing")
    }

    @Test func aVersion1ArchiveStillImports() async throws {
        let old = try Self.used()
        let exported = try old.debrief("export")
        // Version 1 had no practice deck: the same archive without it.
        var object = try #require(try JSONSerialization.jsonObject(with: Data(exported.out.utf8)) as? [String: Any])
        object["practice"] = nil
        object["version"] = 1
        let archive = old.folder + "/v1.json"
        try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: archive))

        let new = try Workspace()
        let imported = try new.debrief("import", archive)
        #expect(imported.status == 0 && imported.err.contains("Imported 1 debrief."), "\(imported.err)")
        #expect(try new.debrief("plans").out == old.debrief("plans").out, "plans and their status live in the debriefs")
        #expect(try new.debrief("list").out == old.debrief("list").out)
    }
}
