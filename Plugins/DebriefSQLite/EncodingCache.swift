import DebriefKit
import Foundation

/// JSON pieces of recently saved debriefs, so a turn's save encodes only what changed.
///
/// Foundation's `JSONEncoder` costs about a microsecond per value: encoding every answer,
/// and every step of the trail, on every save grew with the debrief. Here each answer is
/// encoded once, as its member of the `answers` object (`"step":{…}`), and each step key
/// once, as a JSON string; both are reused while they stay the same. The bytes are exactly
/// what `DebriefJSON` writes (a test compares them).
final class EncodingCache: @unchecked Sendable {
    /// Debriefs remembered at once; a session works on one, a host on a few.
    static let capacity = 16
    /// Step keys remembered at once, over all debriefs.
    static let keyCapacity = 4_096

    /// Guards everything below; saves of different debriefs can run at once.
    private let lock = NSLock()
    private var answers: [DebriefID: [StepKey: (answer: Answer, json: Data)]] = [:]
    private var keys: [StepKey: Data] = [:]

    /// Each answer of `debrief` as the JSON member it is stored as.
    func members(of debrief: Debrief) throws -> [StepKey: Data] {
        let known = lock.withLock { answers[debrief.id] ?? [:] }
        var encoded: [StepKey: (answer: Answer, json: Data)] = [:]
        let encoder = DebriefJSON.encoder()
        for (key, answer) in debrief.answers {
            if let hit = known[key], hit.answer == answer {
                encoded[key] = hit
            } else {
                encoded[key] = (answer, try Self.member(key, answer, encoder: encoder))
            }
        }
        lock.withLock {
            if answers[debrief.id] == nil, answers.count >= Self.capacity { answers.removeAll() }
            answers[debrief.id] = encoded
        }
        return encoded.mapValues(\.json)
    }

    /// `trail` as the JSON array `DebriefJSON` writes: `["context.company","reflect.why#2"]`.
    func array(_ trail: [StepKey]) throws -> Data {
        try lock.withLock {
            if keys.count > Self.keyCapacity { keys.removeAll() }
            var array = Data("[".utf8)
            for (index, key) in trail.enumerated() {
                if index > 0 { array.append(UInt8(ascii: ",")) }
                if let json = keys[key] {
                    array.append(json)
                } else {
                    let json = try DebriefJSON.encoder().encode(key.rawValue)
                    keys[key] = json
                    array.append(json)
                }
            }
            array.append(UInt8(ascii: "]"))
            return array
        }
    }

    /// `"step":{…}`, as `DebriefJSON` writes one member of `answers`.
    static func member(_ key: StepKey, _ answer: Answer, encoder: JSONEncoder = DebriefJSON.encoder()) throws -> Data {
        try encoder.encode(key.rawValue) + Data(":".utf8) + encoder.encode(answer)
    }
}
