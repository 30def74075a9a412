public import DebriefKit
import Foundation
import GRDB

extension SQLiteStore {
    /// Many debriefs in one read. Without transcripts, the stored documents (kept without
    /// their transcript) are decoded as they are, in parallel: reports and insights over a
    /// large store no longer pay a round trip and an event splice per debrief.
    public func loadAll(_ query: DebriefQuery, transcripts: Bool) async throws -> [Debrief] {
        let (filter, arguments) = Self.selection(query)
        let order = "\(filter) ORDER BY updatedAt DESC, id DESC LIMIT ? OFFSET ?"
        guard !transcripts else {
            let ids = try await read { db in try String.fetchAll(db, sql: "SELECT id FROM debrief \(order)", arguments: arguments) }
            var debriefs: [Debrief] = []
            for id in ids {
                if let debrief = try await load(DebriefID(rawValue: id)) { debriefs.append(debrief) }
            }
            return debriefs
        }
        let documents = try await read { db in try Data.fetchAll(db, sql: "SELECT document FROM debrief \(order)", arguments: arguments) }
        return try Self.decodeInParallel(documents)
    }

    /// Decodes documents on every core, keeping their order.
    private static func decodeInParallel(_ documents: [Data]) throws -> [Debrief] {
        let chunk = 2_048
        let chunks = stride(from: 0, to: documents.count, by: chunk).map { $0..<min($0 + chunk, documents.count) }
        let results = ChunkResults(count: chunks.count)
        DispatchQueue.concurrentPerform(iterations: chunks.count) { index in
            let decoder = DebriefJSON.decoder()
            results.set(index, Result { try chunks[index].map { try decoder.decode(Debrief.self, from: documents[$0]) } })
        }
        return try results.values.flatMap { try $0.get() }
    }
}

/// Results of parallel chunks, each written once by its own iteration.
private final class ChunkResults: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<[Debrief], any Error>?]

    init(count: Int) {
        slots = Array(repeating: nil, count: count)
    }

    func set(_ index: Int, _ result: Result<[Debrief], any Error>) {
        lock.withLock { slots[index] = result }
    }

    var values: [Result<[Debrief], any Error>] {
        lock.withLock { slots.compactMap { $0 } }
    }
}
