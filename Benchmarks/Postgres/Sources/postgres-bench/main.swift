import BenchmarkCorpus
import DebriefKit
import DebriefPostgres
import DebriefSQLite
import Foundation

// postgres-bench [PEOPLE [PER_PERSON]]: one person's reads and 16 clients' saves on PostgreSQL
// (PEOPLE × PER_PERSON debriefs, default 100 × 1,000) beside the same work on SQLite (a store of
// PER_PERSON debriefs, one person's, and one of PEOPLE × PER_PERSON). Needs a superuser's address
// in DEBRIEF_TEST_POSTGRES_URL and psql's PG* variables, as `.ci/with-postgres` sets them (with
// DEBRIEF_TEST_POSTGRES_FSYNC=on, so commits wait for the disk as on a real server).
// RUNS (default 200) runs of each quick read, WHOLE_RUNS (default 20) of insights and export,
// SAVES (default 100) saves per client. Prints a Markdown table on standard output.
let arguments = CommandLine.arguments.dropFirst().compactMap { Int($0) }
let people = arguments.first ?? 100
let perPerson = arguments.dropFirst().first ?? 1_000
let environment = ProcessInfo.processInfo.environment
let runs = environment["RUNS"].flatMap { Int($0) } ?? 200
let wholeRuns = environment["WHOLE_RUNS"].flatMap { Int($0) } ?? 20
let saves = environment["SAVES"].flatMap { Int($0) } ?? 100
let clients = 16
guard let url = environment["DEBRIEF_TEST_POSTGRES_URL"] else {
    log("Set DEBRIEF_TEST_POSTGRES_URL to a superuser's address, or run under .ci/with-postgres.")
    exit(64)
}

let fixture = try PostgresFixture(url: url, people: max(people, clients), perPerson: perPerson)
try await fixture.prepare()
let settings = try PostgresFixture.psql("SELECT current_setting('fsync') || ', synchronous_commit ' || current_setting('synchronous_commit') || ', ' || version()")

let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent(".data").path
let small = folder + "/debriefs-\(perPerson)/debriefs.sqlite"
let large = folder + "/debriefs-\(people * perPerson)/debriefs.sqlite"
try await GeneratedStore.prepare(small, size: perPerson).close()
try await GeneratedStore.prepare(large, size: people * perPerson).close()

@Sendable func exportSQLite(_ store: any DebriefStore) async throws -> Int {
    var bytes = 0
    _ = try ArchiveExporter(store: store as! SQLiteStore).export { bytes += $0.count }
    return bytes
}

@Sendable func exportPostgres(_ store: any DebriefStore) async throws -> Int {
    let debriefs = try await store.loadAll(.all, transcripts: true).sorted { $0.id.rawValue < $1.id.rawValue }
    let deck = try await (store as? any PracticeStore)?.backup()
    return try DebriefJSON.encoder().encode(DebriefArchive(debriefs: debriefs, practice: deck)).count
}

let workloads = [
    Workload(name: "SQLite, \(perPerson)", open: { _ in try SQLiteStore(path: small) }, export: exportSQLite, runs: runs, wholeRuns: wholeRuns),
    Workload(name: "SQLite, \(people * perPerson)", open: { _ in try SQLiteStore(path: large) }, export: exportSQLite, runs: runs, wholeRuns: 3),
    Workload(name: "PostgreSQL, \(people) × \(perPerson)", open: { PostgresStore(location: fixture.person($0)) },
             export: exportPostgres, runs: runs, wholeRuns: wholeRuns),
]
var results: [[String: Latencies]] = []
for workload in workloads {
    results.append(try await workload.run(clients: clients, savesPerClient: saves))
}

print("PostgreSQL: \(settings.trimmingCharacters(in: .whitespacesAndNewlines))")
print("p50 / p99 in ms; \(runs) runs of each read (insights and export: \(wholeRuns), on the \(people * perPerson)-debrief SQLite store 3); \(clients) clients × \(saves) saves.\n")
print("| operation | " + workloads.map(\.name).joined(separator: " | ") + " | PostgreSQL ÷ SQLite \(perPerson), p99 |")
print("| --- |" + String(repeating: " ---: |", count: workloads.count + 1))
let rows = ["save, \(clients) clients at once", "list newest 20"] + Workload.searches.map { "search \"\($0)\"" } + ["insights", "export"]
for row in rows {
    let cells = results.map { $0[row]?.cell ?? "—" }
    let ratio = (results[2][row]?.p99).flatMap { pg in results[0][row].map { String(format: "%.1f×", pg / $0.p99) } } ?? "—"
    print("| \(row) | " + cells.joined(separator: " | ") + " | \(ratio) |")
}
