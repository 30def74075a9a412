public import Foundation

/// One interview's debrief: the record that every part of Debrief reads and writes.
///
/// A plain value. The ``Conversation`` engine returns an updated copy after every
/// line; a ``DebriefStore`` persists it, using ``revision`` to refuse stale writes.
///
/// ## JSON shape (schema 1)
/// ```json
/// {"schema": 1, "id": "3f2a…", "createdAt": "2026-11-26T10:00:00Z", "updatedAt": "…",
///  "interview": {"company": "Acme", "role": "Designer", "date": "2026-11-24", "stage": "final round", "outcome": "rejected"},
///  "answers": {"context.company": {"value": {"type": "text", "value": "Acme"}, "raw": "Acme", "answeredAt": "…"}},
///  "status": {"inProgress": {"_0": {"step": "feelings.now", "draft": [], "attempts": 0}}},
///  "chapterVersions": {"context": 1}, "trail": ["context.company"], "revision": 3,
///  "transcript": [{"id": 1, "at": "…", "kind": {"asked": {"step": "context.company", "text": "…"}}}]}
/// ```
/// Dates are ISO 8601. Readers must ignore keys they do not know; a higher `schema`
/// than ``Debrief/schema`` is refused with a clear error.
public struct Debrief: Hashable, Sendable, Identifiable {
    /// The JSON schema version this build writes.
    public static let schema = 1

    /// Stable identity.
    public var id: DebriefID
    /// When the debrief was started.
    public var createdAt: Date
    /// When anything last changed.
    public var updatedAt: Date
    /// What the debrief is about.
    public var interview: Interview
    /// Answers keyed by step (and item, for repeated steps).
    public var answers: [StepKey: Answer]
    /// In progress (with a cursor) or completed.
    public var status: DebriefStatus
    /// The version of each chapter that asked questions here, by chapter id.
    public var chapterVersions: [String: Int]
    /// Steps answered or skipped, in the order they were asked; `/back` walks it backwards.
    public var trail: [StepKey]
    /// Bumped by the store on every save; a save based on an older revision is a conflict.
    public var revision: Int
    /// Append-only record of the conversation.
    public var transcript: [TranscriptEvent]

    /// A new, empty debrief; the engine places the cursor when it starts.
    public init(id: DebriefID, createdAt: Date, interview: Interview = Interview()) {
        self.id = id
        self.createdAt = createdAt
        self.updatedAt = createdAt
        self.interview = interview
        self.answers = [:]
        self.status = .inProgress(Cursor(step: StepKey("")))
        self.chapterVersions = [:]
        self.trail = []
        self.revision = 0
        self.transcript = []
    }

    /// The answer to a plain step, by step id.
    public subscript(stepID: String) -> AnswerValue? {
        answers[StepKey(stepID)]?.value
    }

    /// The cursor while in progress.
    public var cursor: Cursor? {
        if case .inProgress(let cursor) = status { cursor } else { nil }
    }

    /// Appends an event with the next id.
    public mutating func log(_ kind: TranscriptEvent.Kind, at time: Date) {
        transcript.append(TranscriptEvent(id: (transcript.last?.id ?? 0) + 1, at: time, kind: kind))
    }
}

extension Debrief: Codable {
    private enum CodingKeys: String, CodingKey {
        case schema, id, createdAt, updatedAt, interview, answers, status, chapterVersions, trail, revision, transcript
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let schema = try c.decodeIfPresent(Int.self, forKey: .schema) ?? 1
        guard schema <= Debrief.schema else {
            throw DecodingError.dataCorruptedError(forKey: .schema, in: c, debugDescription:
                "This debrief was written by a newer Debrief (schema \(schema)); this version reads up to \(Debrief.schema). Update Debrief to read it.")
        }
        id = try c.decode(DebriefID.self, forKey: .id)
        createdAt = try c.decode(Date.self, forKey: .createdAt)
        updatedAt = try c.decode(Date.self, forKey: .updatedAt)
        interview = try c.decodeIfPresent(Interview.self, forKey: .interview) ?? Interview()
        let raw = try c.decodeIfPresent([String: Answer].self, forKey: .answers) ?? [:]
        answers = Dictionary(uniqueKeysWithValues: raw.map { (StepKey(rawValue: $0.key), $0.value) })
        status = try c.decode(DebriefStatus.self, forKey: .status)
        chapterVersions = try c.decodeIfPresent([String: Int].self, forKey: .chapterVersions) ?? [:]
        trail = try c.decodeIfPresent([StepKey].self, forKey: .trail) ?? []
        revision = try c.decodeIfPresent(Int.self, forKey: .revision) ?? 0
        transcript = try c.decodeIfPresent([TranscriptEvent].self, forKey: .transcript) ?? []
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(Debrief.schema, forKey: .schema)
        try c.encode(id, forKey: .id)
        try c.encode(createdAt, forKey: .createdAt)
        try c.encode(updatedAt, forKey: .updatedAt)
        try c.encode(interview, forKey: .interview)
        try c.encode(Dictionary(uniqueKeysWithValues: answers.map { ($0.key.rawValue, $0.value) }), forKey: .answers)
        try c.encode(status, forKey: .status)
        try c.encode(chapterVersions, forKey: .chapterVersions)
        try c.encode(trail, forKey: .trail)
        try c.encode(revision, forKey: .revision)
        try c.encode(transcript, forKey: .transcript)
    }
}
