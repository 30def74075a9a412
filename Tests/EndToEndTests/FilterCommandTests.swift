import DebriefKit
import DebriefSQLite
import Foundation
import Testing

/// `--company`, `--since`, `--until`, `--outcome` and `--stage` on `list`, `search`, `report`,
/// `insights` and `export` of the real binary, alone and together, on a small store.
@Suite struct FilterCommandTests {
    typealias Workspace = StorageCommandTests.Workspace

    /// Four interviews: each company name appears in no other, and every answer holds "salary".
    static let interviews: [(company: String, date: String?, stage: String?, outcome: String)] = [
        ("Acme", "2026-10-05", "final round", "rejected"),
        ("Globex", "2026-11-10", "phone screen", "no reply"),
        ("Umbrella", "2026-11-20", "first interview", "no reply"),
        ("Initech", nil, nil, "withdrew"),  // no interview date: filed under the day it was started, 2026-11-15
    ]
    static let companies = interviews.map(\.company)

    /// A store of ``interviews``, each completed, with one answer that mentions salary.
    static func workspace() async throws -> Workspace {
        let workspace = try Workspace()
        let store = try SQLiteStore(path: workspace.store)
        let started = Date(timeIntervalSince1970: 1_794_735_960)  // 2026-11-15 09:46 UTC
        for (index, interview) in interviews.enumerated() {
            var debrief = Debrief(id: DebriefID(rawValue: String(format: "%08x", index + 1) + "-0000-4000-8000-000000000000"),
                                  createdAt: started,
                                  interview: Interview(company: interview.company, role: "Designer", date: interview.date.flatMap(DayDate.init(iso:)),
                                                       stage: interview.stage, outcome: interview.outcome))
            debrief.answers[StepKey("reflect.research.helped")] = Answer(value: .text("Knowing the salary range at \(interview.company)"),
                                                                          raw: "Knowing the salary range", answeredAt: started)
            debrief.status = .completed(at: started)
            _ = try await store.save(debrief, expectedRevision: 0)
        }
        try store.close()
        return workspace
    }

    /// The companies a command's output names, in ``companies`` order.
    static func named(_ text: String) -> [String] {
        companies.filter { text.contains($0) }
    }

    /// What each command shows for `filters`, as the companies it names.
    static func shown(_ workspace: Workspace, _ filters: [String]) throws -> [String: [String]] {
        let ids = Dictionary(uniqueKeysWithValues: interviews.enumerated().map { (String(format: "%08x", $0.offset + 1), $0.element.company) })
        var shown: [String: [String]] = [:]
        let runs = [("list", ["list"]), ("search", ["search", "salary"]), ("report", ["report", "--format", "markdown"]),
                    ("export", ["export"])]
        for (name, arguments) in runs {
            let run = try workspace.debrief(arguments + filters)
            #expect(run.status == 0, "\(name) \(filters): \(run.err)")
            shown[name] = named(run.out)
        }
        // Insights name their evidence by short id: which debriefs they read.
        let insights = try workspace.debrief(["insights", "--format", "json"] + filters)
        #expect(insights.status == 0, "insights \(filters): \(insights.err)")
        shown["insights"] = companies.filter { company in ids.contains { insights.out.contains($0.key) && $0.value == company } }
        return shown
    }

    @Test(arguments: [
        ([], companies),
        (["--company", "ACME"], ["Acme"]),
        (["--since", "2026-11-10"], ["Globex", "Umbrella", "Initech"]),
        (["--until", "10 nov 2026"], ["Acme", "Globex"]),
        (["--outcome", "no reply"], ["Globex", "Umbrella"]),
        (["--outcome", "ghosted"], ["Globex", "Umbrella"]),
        (["--stage", "final"], ["Acme"]),
        (["--since", "2026-11-01", "--until", "2026-11-15"], ["Globex", "Initech"]),
        (["--since", "2026-11-01", "--outcome", "no reply", "--stage", "first"], ["Umbrella"]),
        (["--company", "globex", "--outcome", "rejected"], []),
    ] as [([String], [String])])
    func eachCommandShowsOnlyWhatTheFiltersSelect(filters: [String], expected: [String]) async throws {
        let workspace = try await Self.workspace()
        let shown = try Self.shown(workspace, filters)
        for command in ["list", "search", "report", "export"] {
            #expect(shown[command] == expected, "\(command) \(filters)")
        }
        // Insights may leave a debrief out of every insight, but never name one the filters leave out.
        #expect(Set(shown["insights"] ?? []).isSubset(of: expected), "insights \(filters)")
        if filters.isEmpty { #expect(shown["insights"]?.isEmpty == false, "unfiltered insights name their debriefs") }
    }

    @Test func naturalDaysAreReadAsTheREPLReadsThem() async throws {
        let workspace = try await Self.workspace()
        // Every interview is in the past, so "tomorrow" selects none and "3650 days ago" all.
        #expect(Self.named(try workspace.debrief("list", "--since", "tomorrow").out).isEmpty)
        #expect(Self.named(try workspace.debrief("list", "--since", "3650 days ago", "--until", "today").out) == Self.companies)
    }

    @Test(arguments: [
        (["list", "--outcome", "hired"], "rejected, no reply, role closed, withdrew"),
        (["search", "salary", "--since", "2026-12-01", "--until", "2026-11-01"], "is after --until"),
        (["report", "--since", "the other day"], "--since: I couldn't read"),
        (["export", "--until", "11/12"], "could be read two ways"),
        (["insights", "--outcome", ""], "isn't an outcome"),
    ] as [([String], String)])
    func badFilterValuesAreRefusedWithWhatToType(arguments: [String], message: String) async throws {
        let workspace = try await Self.workspace()
        let run = try workspace.debrief(arguments)
        #expect(run.status != 0)
        #expect(run.err.contains(message), "\(run.err)")
        #expect(run.out.isEmpty)
    }

    @Test func nothingMatchingSaysSoOnStandardError() async throws {
        let workspace = try await Self.workspace()
        for arguments in [["list"], ["report"], ["insights"], ["search", "salary"]] {
            let run = try workspace.debrief(arguments + ["--company", "nobody"])
            #expect(run.status == 0 && run.out.isEmpty, "\(arguments)")
            #expect(run.err.contains("filters"), "\(arguments): \(run.err)")
        }
    }
}
