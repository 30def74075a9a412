import DebriefKit
import Foundation

/// The encoded answers of recently saved debriefs, so a save encodes only what changed.
///
/// Each answer is stored as its member of the document's `answers` object,
/// `"step":{…}`, exactly as `DebriefJSON` writes it. Encoding every answer on every save
/// grew with the debrief; here an answer is encoded once and reused while it stays the same.
final class AnswerCache: @unchecked Sendable {
    /// Debriefs remembered at once; a session works on one, a host on a few.
    static let capacity = 16

    /// Guards `entries`; saves of different debriefs can run at once.
    private let lock = NSLock()
    private var entries: [DebriefID: [StepKey: (answer: Answer, json: Data)]] = [:]

    /// Each answer of `debrief` as the JSON member it is stored as.
    func members(of debrief: Debrief) throws -> [StepKey: Data] {
        let known = lock.withLock { entries[debrief.id] ?? [:] }
        var encoded: [StepKey: (answer: Answer, json: Data)] = [:]
        for (key, answer) in debrief.answers {
            if let hit = known[key], hit.answer == answer {
                encoded[key] = hit
            } else {
                encoded[key] = (answer, try Self.member(key, answer))
            }
        }
        lock.withLock {
            if entries[debrief.id] == nil, entries.count >= Self.capacity { entries.removeAll() }
            entries[debrief.id] = encoded
        }
        return encoded.mapValues(\.json)
    }

    /// `"step":{…}`, as `DebriefJSON` writes one member of `answers`.
    static func member(_ key: StepKey, _ answer: Answer) throws -> Data {
        let encoder = DebriefJSON.encoder()
        return try encoder.encode(key.rawValue) + Data(":".utf8) + encoder.encode(answer)
    }
}
