public import DebriefKit
import Foundation
import GRDB

extension SQLiteStore {
    /// Many debriefs in one read transaction, decoded in parallel: reports and insights over
    /// a large store pay no round trip per debrief and, without transcripts, no event splice.
    public func loadAll(_ query: DebriefQuery, transcripts: Bool) async throws -> [Debrief] {
        let (filter, arguments) = Self.selection(query)
        let documents = try await read { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT id, document FROM debrief \(filter) ORDER BY updatedAt DESC, id DESC LIMIT ? OFFSET ?",
                                           arguments: arguments)
            var documents: [Data] = []
            while let row = try rows.next() {
                documents.append(try Self.document(row, in: db, transcript: transcripts))
            }
            return documents
        }
        return try Self.decodeInParallel(documents)
    }

    /// The full JSON document of a debrief row (`id`, `document`): its answers, and its
    /// transcript when asked for, spliced in from their rows.
    static func document(_ row: Row, in db: Database, transcript: Bool) throws -> Data {
        let id: String = row[0]
        let answers = try Row.fetchCursor(db.cachedStatement(sql: "SELECT json FROM answer WHERE debriefId = ? ORDER BY step"), arguments: [id])
        let events = transcript
            ? try Row.fetchCursor(db.cachedStatement(sql: "SELECT body FROM event WHERE debriefId = ? ORDER BY seq"), arguments: [id])
            : nil
        var document = Data()
        try row.withUnsafeData(atIndex: 1) { stored in
            try StoredDebrief.append(stored ?? Data(), to: &document, answers: { try emitAll(answers, to: $0) },
                                     transcript: { emit in try events.map { try emitAll($0, to: emit) } })
        }
        return document
    }

    /// Decodes documents on every core, keeping their order.
    private static func decodeInParallel(_ documents: [Data]) throws -> [Debrief] {
        let chunk = 2_048
        let chunks = stride(from: 0, to: documents.count, by: chunk).map { $0..<min($0 + chunk, documents.count) }
        let results = ChunkResults(count: chunks.count)
        DispatchQueue.concurrentPerform(iterations: chunks.count) { index in
            let decoder = DebriefJSON.decoder()
            results.set(index, Result { try chunks[index].map { try Self.decode(documents[$0], with: decoder) } })
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
