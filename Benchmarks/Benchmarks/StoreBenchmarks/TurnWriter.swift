import Benchmark
import BenchmarkCorpus
import DebriefKit
import DebriefSQLite
import Foundation

/// Plays the turns of debriefs: each turn asks a question, records an answer and saves,
/// exactly the write a session makes after every accepted line. After 60 turns (a long
/// debrief) it starts the next debrief, so the measured saves stay true to real sizes.
final class TurnWriter {
    private let store: SQLiteStore
    private var corpus = Corpus(seed: 7)
    private(set) var debrief: Debrief
    private var turn = 0

    private let size: Int

    /// Starts from a fresh copy of a generated debrief (13 answers, about 40 events).
    init(store: SQLiteStore, size: Int) async throws {
        self.store = store
        self.size = size
        debrief = try await Self.start(store: store, corpus: &corpus, size: size)
    }

    private static func start(store: SQLiteStore, corpus: inout Corpus, size: Int) async throws -> Debrief {
        var debrief = corpus.debrief(size + 1)
        debrief.id = DebriefID(rawValue: "turn-benchmark-\(getpid())")
        debrief.revision = 0
        return try await store.save(debrief, expectedRevision: 0)
    }

    /// One turn: a question, an answer of fifteen words, a save. Only the save is measured:
    /// replacing a finished debrief (a delete and a 13-answer first save) is not a turn.
    func next(_ benchmark: Benchmark) async throws {
        turn += 1
        if turn.isMultiple(of: 60) {
            try await finish()
            debrief = try await Self.start(store: store, corpus: &corpus, size: size)
            benchmark.startMeasurement()
        }
        let key = "extra.\(turn % 40)"
        let at = debrief.updatedAt.addingTimeInterval(20)
        debrief.log(.asked(step: StepKey(key), text: "One more question?"), at: at)
        corpus.record(key, .text(corpus.sentence(15)), at: at, in: &debrief)
        debrief = try await store.save(debrief)
    }

    /// Removes the debrief, so the generated store keeps exactly its size.
    func finish() async throws {
        _ = try await store.delete(debrief.id)
    }
}
