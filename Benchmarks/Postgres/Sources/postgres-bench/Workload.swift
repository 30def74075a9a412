import BenchmarkCorpus
import DebriefInsights
import DebriefKit
import DebriefSQLite
import Foundation

/// The operations a person waits for, run against one store.
struct Workload {
    let name: String
    /// A new instance of the store, as another client (process) would open it.
    let open: @Sendable (_ client: Int) throws -> any DebriefStore
    /// How the store exports one person (the command's own path).
    let export: @Sendable (any DebriefStore) async throws -> Int
    let runs: Int
    /// Runs for the operations that read a whole person's debriefs (insights, export).
    let wholeRuns: Int

    static let searches = ["negotiation", "negot", Corpus.rareWords[100], "salary deadline"]

    /// p50 / p99 of each operation, by row label.
    func run(clients: Int, savesPerClient: Int) async throws -> [String: Latencies] {
        let store = try open(0)
        var results: [String: Latencies] = [:]
        results["list newest 20"] = try await Latencies.measure(runs: runs) { _ = try await store.list(DebriefQuery(limit: 20)) }
        for text in Self.searches {
            results["search \"\(text)\""] = try await Latencies.measure(runs: runs) { _ = try await store.search(text, limit: 20) }
        }
        if wholeRuns > 0 {
            results["insights"] = try await Latencies.measure(runs: wholeRuns, warmup: 1) { _ = try await Insights.compute(from: store) }
            results["export"] = try await Latencies.measure(runs: wholeRuns, warmup: 1) { _ = try await export(store) }
        }
        results["save, \(clients) clients at once"] = try await saves(clients: clients, each: savesPerClient)
        log("\(name): done")
        return results
    }

    /// `clients` stores (one per client, each its own connections) each save one debrief of their
    /// own `each` times, as a REPL does after every answer: one changed answer, two events.
    func saves(clients: Int, each: Int) async throws -> Latencies {
        var sample = Corpus(seed: 1)
        let steps = Array(sample.debrief(0).answers.keys)
        let stores = try (0..<clients).map { try open($0) }
        let all = try await withThrowingTaskGroup(of: Latencies.self) { group in
            for (client, store) in stores.enumerated() {
                group.addTask {
                    var corpus = Corpus(seed: 99 + UInt64(client))
                    var debrief = corpus.debrief(0)
                    debrief.id = DebriefID(rawValue: UUID().uuidString.lowercased())
                    debrief = try await store.save(debrief, expectedRevision: 0)
                    var latencies = Latencies()
                    let clock = ContinuousClock()
                    for turn in 0..<each {
                        let step = steps[turn % steps.count]
                        let at = debrief.updatedAt.addingTimeInterval(30)
                        debrief.log(.asked(step: step, text: "Question \(turn)?"), at: at)
                        corpus.record(step.rawValue, .text(corpus.sentence(12)), at: at, in: &debrief)
                        let start = clock.now
                        debrief = try await store.save(debrief)
                        latencies.record(clock.now - start)
                    }
                    _ = try await store.delete(debrief.id)
                    return latencies
                }
            }
            return try await group.reduce(into: Latencies()) { $0.milliseconds += $1.milliseconds }
        }
        return all
    }
}
