import DebriefKit
import Foundation

/// The encoded answers of recently saved debriefs, so a save encodes only what changed.
///
/// Encoding the whole debrief was most of a turn's save, and it grew with every answer.
/// The document is built instead from the debrief without its answers (small) and each
/// answer's JSON, encoded once and reused while the answer stays the same. The bytes are
/// exactly what `DebriefJSON` writes for the whole debrief (a test checks this).
final class AnswerCache: @unchecked Sendable {
    /// Debriefs remembered at once; a session works on one, a host on a few.
    static let capacity = 16
    /// What the debrief without answers starts with: `answers` is the first key in sorted order.
    private static let emptyAnswers = Data(#"{"answers":{}"#.utf8)

    /// Guards `entries`; saves of different debriefs can run at once.
    private let lock = NSLock()
    private var entries: [DebriefID: [StepKey: (answer: Answer, json: Data)]] = [:]

    /// The JSON document of `debrief` without its transcript, as `DebriefJSON` writes it.
    func document(_ debrief: Debrief) throws -> Data {
        let encoder = DebriefJSON.encoder()
        var bare = debrief
        bare.answers = [:]
        bare.transcript = []
        let head = try encoder.encode(bare)
        guard head.starts(with: Self.emptyAnswers) else {
            bare.answers = debrief.answers
            return try encoder.encode(bare)
        }
        let known = lock.withLock { entries[debrief.id] ?? [:] }
        var encoded: [StepKey: (answer: Answer, json: Data)] = [:]
        for (key, answer) in debrief.answers {
            if let hit = known[key], hit.answer == answer {
                encoded[key] = hit
            } else {
                encoded[key] = (answer, try encoder.encode(key.rawValue) + Data(":".utf8) + encoder.encode(answer))
            }
        }
        lock.withLock {
            if entries[debrief.id] == nil, entries.count >= Self.capacity { entries.removeAll() }
            entries[debrief.id] = encoded
        }
        var document = Data(#"{"answers":{"#.utf8)
        // In DebriefJSON's order: keys sorted by their UTF-8 bytes (each key's text made once).
        let sorted = encoded.map { (key: $0.key.rawValue, json: $0.value.json) }
            .sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        for (index, entry) in sorted.enumerated() {
            if index > 0 { document.append(UInt8(ascii: ",")) }
            document.append(entry.json)
        }
        document.append(UInt8(ascii: "}"))
        document.append(head[(head.startIndex + Self.emptyAnswers.count)...])
        return document
    }
}
