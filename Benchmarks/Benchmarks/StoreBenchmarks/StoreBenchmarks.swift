import Benchmark
import BenchmarkCorpus
import DebriefKit
import DebriefSQLite
import Foundation
import GRDB

// SQLiteStore at 10,000 and 100,000 debriefs, each operation beside a baseline that runs
// the bare SQL (or the bare durable commit) it builds on, so results read as ratios.
// Run from Benchmarks/: swift package --allow-writing-to-package-directory benchmark
// (DEBRIEF_BENCH_SIZES=10000 for a quick run.)
let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: [.wallClock, .mallocCountTotal], timeUnits: .microseconds,
                                           warmupIterations: 5, maxDuration: .seconds(5), maxIterations: 300)
    let sizes = ProcessInfo.processInfo.environment["DEBRIEF_BENCH_SIZES"].map { $0.split(separator: ",").compactMap { Int($0) } }
        ?? [10_000, 100_000]
    for size in sizes {
        registerWrites(size)
        registerReads(size)
        registerExport(size)
    }
}

/// A turn's save, against a bare durable commit of the same number of bytes.
func registerWrites(_ size: Int) {
    let writer = Slot<TurnWriter>()
    Benchmark("save a turn · \(size)", configuration: .init(maxIterations: 1_000), closure: { benchmark in
        try await writer.value?.next(benchmark)
    }, setup: {
        writer.value = try await TurnWriter(store: FixtureCache.shared.fixture(size).store, size: size)
    }, teardown: {
        try await writer.value?.finish()
    })
    measure("baseline: JSON-encode the same debrief · \(size)", size, configuration: .init(maxIterations: 1_000)) { _ in
        var corpus = Corpus(seed: 7)
        let debrief = corpus.debrief(size + 1)
        return { _ = try DebriefJSON.encoder().encode(debrief) }
    }
    measure("baseline: bare commit, same bytes · \(size)", size, configuration: .init(maxIterations: 1_000)) { fixture in
        var corpus = Corpus(seed: 7)
        let bytes = try DebriefJSON.encoder().encode(corpus.debrief(size + 1)).count
        let body = String(repeating: "x", count: bytes)
        return { try await fixture.scratch.write { db in try db.execute(sql: "INSERT INTO document (body) VALUES (?)", arguments: [body]) } }
    }
}

/// List and search, each against the bare query under it.
func registerReads(_ size: Int) {
    measure("list newest 20 · \(size)", size) { fixture in { _ = try await fixture.store.list(DebriefQuery(limit: 20)) } }
    measure("baseline: bare SELECT newest 20 ids · \(size)", size) { fixture in
        { try fixture.rawRead("SELECT id FROM debrief ORDER BY updatedAt DESC LIMIT 20") }
    }
    measure("list 20 of one company · \(size)", size) { fixture in
        { _ = try await fixture.store.list(DebriefQuery(company: "globex", limit: 20)) }
    }
    measure("baseline: bare SELECT 20 ids of one company · \(size)", size) { fixture in
        { try fixture.rawRead("SELECT id FROM debrief WHERE instr(companyKey, 'globex') > 0 ORDER BY updatedAt DESC LIMIT 20") }
    }
    let searches = [("a rare word", Corpus.rareWords[1234], "\"\(Corpus.rareWords[1234])\""),
                    ("two common words", "ownership salary", "\"ownership\" \"salary\""),
                    ("the start of a common word", "negot", "\"negot\"*")]
    for (label, text, pattern) in searches {
        measure("search \(label) · \(size)", size, configuration: .init(maxIterations: 50)) { fixture in
            { _ = try await fixture.store.search(text, limit: 20) }
        }
        measure("baseline: bare FTS MATCH \(label), 20 rows · \(size)", size, configuration: .init(maxIterations: 50)) { fixture in
            { try fixture.rawRead("SELECT rowid FROM answer_fts WHERE answer_fts MATCH '\(pattern)' ORDER BY rowid DESC LIMIT 20") }
        }
    }
}

/// The whole store as an archive to /dev/null, against reading every piece of stored JSON it is made of.
func registerExport(_ size: Int) {
    let slow = Benchmark.Configuration(timeUnits: .milliseconds, warmupIterations: 1, maxDuration: .seconds(120), maxIterations: 3)
    measure("export all · \(size)", size, configuration: slow) { fixture in
        let sink = try FileHandle(forWritingTo: URL(fileURLWithPath: "/dev/null"))
        return { _ = try ArchiveExporter(store: fixture.store).export { sink.write($0) } }
    }
    measure("baseline: bare SELECT every document, answer and event · \(size)", size, configuration: slow) { fixture in
        {
            for sql in ["SELECT document FROM debrief", "SELECT json FROM answer", "SELECT body FROM event"] {
                try fixture.rawRead(sql)
            }
        }
    }
}

/// Registers a benchmark whose body `prepare` builds from the fixture of `size` during setup,
/// so opening or generating the store is never measured.
func measure(_ name: String, _ size: Int, configuration: Benchmark.Configuration = Benchmark.defaultConfiguration,
             _ prepare: @escaping (Fixture) async throws -> () async throws -> Void) {
    let body = Slot<() async throws -> Void>()
    Benchmark(name, configuration: configuration, closure: { _ in
        try await body.value?()
    }, setup: {
        body.value = try await prepare(FixtureCache.shared.fixture(size))
    })
}

/// A value a benchmark's setup hands to its closure.
final class Slot<Value> {
    var value: Value?
}

/// One fixture per size per process, shared by every benchmark that runs there.
actor FixtureCache {
    static let shared = FixtureCache()
    private var fixtures: [Int: Fixture] = [:]

    func fixture(_ size: Int) async throws -> Fixture {
        if let fixture = fixtures[size] { return fixture }
        let fixture = try await Fixture(size: size)
        fixtures[size] = fixture
        return fixture
    }
}
