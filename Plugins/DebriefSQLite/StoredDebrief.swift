import DebriefKit
import Foundation
import GRDB

/// A debrief as rows: the debrief row, whose JSON document leaves out the answers and the
/// transcript; one row per answer, with its JSON and its searchable text for the full-text
/// index; and the transcript as event rows.
///
/// Saves write only what changed: the debrief row (small, so a turn's save rewrites no
/// overflow pages), the answers whose JSON differs, and the events past the last stored one
/// (the transcript is append-only). A turn's save stays the same size however long the
/// debrief grows.
struct StoredDebrief: Sendable {
    let id: String
    let debrief: Debrief
    /// The debrief's JSON without answers and transcript.
    let document: String
    /// Each answer's member of the `answers` object, `"step":{…}`.
    let members: [StepKey: Data]

    /// Encodes `debrief` for storage; `cache` spares re-encoding what a save did not change.
    init(_ debrief: Debrief, cache: EncodingCache? = nil) throws {
        var bare = debrief
        bare.answers = [:]
        bare.transcript = []
        self.id = debrief.id.rawValue
        self.debrief = debrief
        if let cache {
            bare.trail = []
            var document = try DebriefJSON.encoder().encode(bare)
            // Only the top-level trail is an empty array under that key: `chapterVersions` holds numbers.
            if let placeholder = document.range(of: Self.emptyTrail, options: .backwards) {
                document.replaceSubrange(placeholder, with: Data(#""trail":"#.utf8) + (try cache.array(debrief.trail)))
            }
            self.document = String(decoding: document, as: UTF8.self)
            self.members = try cache.members(of: debrief)
        } else {
            let encoder = DebriefJSON.encoder()
            self.document = String(decoding: try encoder.encode(bare), as: UTF8.self)
            self.members = try Dictionary(uniqueKeysWithValues: debrief.answers.map { ($0.key, try EncodingCache.member($0.key, $0.value, encoder: encoder)) })
        }
    }

    /// The trail's place in a document encoded without it.
    private static let emptyTrail = Data(#""trail":[]"#.utf8)

    /// What the stored document starts with: `answers` is the first key in sorted order.
    static let emptyAnswers = Data(#"{"answers":{}"#.utf8)

    /// The placeholder the stored document carries instead of the transcript.
    ///
    /// Keys are sorted, so the top-level `transcript` comes after every nested container
    /// (`chapterVersions`, `interview`, `status`, `trail`): its placeholder is the last
    /// occurrence of these bytes in the document.
    static let emptyTranscript = Data(#""transcript":[]"#.utf8)

    /// Appends a debrief's full JSON document to `buffer`: its stored document with the
    /// answers' and the events' JSON spliced in, without decoding anything.
    ///
    /// `answers` and `transcript` each hand their JSON pieces, in order, to the function they
    /// are given (answers sorted by step, events by sequence); the bytes are copied at once,
    /// so they may come straight from an SQLite row.
    static func append(_ document: Data, to buffer: inout Data,
                       answers: ((UnsafeRawBufferPointer) -> Void) throws -> Void,
                       transcript: ((UnsafeRawBufferPointer) -> Void) throws -> Void) rethrows {
        var rest = document[...]
        if rest.starts(with: emptyAnswers) {
            buffer.append(contentsOf: #"{"answers":{"#.utf8)
            try appendList(to: &buffer, answers)
            buffer.append(UInt8(ascii: "}"))
            rest = rest.dropFirst(emptyAnswers.count)
        }
        guard let placeholder = rest.range(of: emptyTranscript, options: .backwards) else {
            buffer.append(rest)
            return
        }
        buffer.append(rest[..<placeholder.lowerBound])
        buffer.append(contentsOf: #""transcript":["#.utf8)
        try appendList(to: &buffer, transcript)
        buffer.append(UInt8(ascii: "]"))
        buffer.append(rest[placeholder.upperBound...])
    }

    /// The pieces `items` hands over, separated by commas.
    private static func appendList(to buffer: inout Data, _ items: ((UnsafeRawBufferPointer) -> Void) throws -> Void) rethrows {
        var first = true
        try items { item in
            if !first { buffer.append(UInt8(ascii: ",")) }
            first = false
            buffer.append(contentsOf: item)
        }
    }

    /// The columns of a stored debrief row that a save compares against, read with its revision.
    static let currentColumns = "revision, createdAt, company, role, interviewDate, stage, outcome"

    /// Inserts or updates every row of this debrief; the caller has checked the revision.
    ///
    /// `current` is the stored row (``currentColumns``), or nil for a new debrief. Only the
    /// columns that changed are written, so unchanged indexes are left alone. `json`, for a new
    /// debrief read from JSON, is that whole document: its transcript's events are stored as
    /// they are written there.
    func write(_ db: Database, over current: Row?, json: Data? = nil) throws {
        let interview = debrief.interview
        let summary: [(any DatabaseValueConvertible)?] = [
            debrief.createdAt.timeIntervalSince1970, interview.company, interview.role,
            interview.date?.iso, interview.stage, interview.outcome,
        ]
        if let current {
            try db.cachedStatement(sql: "UPDATE debrief SET revision = ?, updatedAt = ?, status = ?, document = ? WHERE id = ?")
                .execute(arguments: [debrief.revision, debrief.updatedAt.timeIntervalSince1970, debrief.status.name.rawValue, document, id])
            let stored = (1...summary.count).map { current[$0] as DatabaseValue }
            if stored != summary.map({ $0?.databaseValue ?? .null }) {
                try db.cachedStatement(sql: """
                    UPDATE debrief SET createdAt = ?, company = ?, role = ?, interviewDate = ?, stage = ?, outcome = ?, companyKey = ?
                    WHERE id = ?
                    """).execute(arguments: StatementArguments(summary + [interview.company.map(SearchText.fold), id]))
            }
        } else {
            try db.cachedStatement(sql: """
                INSERT INTO debrief (createdAt, company, role, interviewDate, stage, outcome, companyKey, id, revision, updatedAt, status, document)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: StatementArguments(summary + [
                    interview.company.map(SearchText.fold), id, debrief.revision,
                    debrief.updatedAt.timeIntervalSince1970, debrief.status.name.rawValue, document,
                ]))
        }
        for change in try writeAnswers(db) {
            try FactRows.write(db, debrief: id, key: change.key, value: change.value, replacing: change.replacing)
        }
        if current == nil, let json {
            try db.cachedStatement(sql: Self.insertEvents + " WHERE json_extract(e.value, '$.id') > 0")
                .execute(arguments: [id, String(decoding: json, as: UTF8.self), "$.transcript"])
        } else {
            try writeEvents(db)
        }
    }

    /// Inserts debrief `?1`'s events from the JSON array at path `?3` of the JSON text `?2`.
    private static let insertEvents = """
        INSERT INTO event (debriefId, seq, at, kind, step, body)
        SELECT ?1, json_extract(e.value, '$.id'), json_extract(e.value, '$.at'), k.key, json_extract(k.value, '$.step'), e.value
        FROM json_each(?2, ?3) AS e, json_each(e.value, '$.kind') AS k
        """

    /// Brings the answer rows in line with the debrief: new and changed answers (by their
    /// JSON) are written with their searchable text, removed ones deleted. Returns what
    /// changed, for the facts (``FactRows``) to follow.
    @discardableResult
    func writeAnswers(_ db: Database) throws -> [(key: StepKey, value: AnswerValue?, replacing: Bool)] {
        var stored: [String: Data] = [:]
        let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT step, json FROM answer WHERE debriefId = ?"), arguments: [id])
        while let row = try rows.next() {
            stored[row[0]] = row[1]
        }
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO answer (debriefId, step, text, raw, answeredAt, json) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (debriefId, step) DO UPDATE SET text = excluded.text, raw = excluded.raw,
                answeredAt = excluded.answeredAt, json = excluded.json
            """)
        var changes: [(key: StepKey, value: AnswerValue?, replacing: Bool)] = []
        for (key, member) in members where stored[key.rawValue] != member {
            guard let answer = debrief.answers[key] else { continue }
            try upsert.execute(arguments: [id, key.rawValue, answer.searchableText, answer.raw,
                                           answer.answeredAt.timeIntervalSince1970, String(decoding: member, as: UTF8.self)])
            changes.append((key, answer.value, stored[key.rawValue] != nil))
        }
        let remove = try db.cachedStatement(sql: "DELETE FROM answer WHERE debriefId = ? AND step = ?")
        for step in stored.keys where members[StepKey(rawValue: step)] == nil {
            try remove.execute(arguments: [id, step])
            changes.append((StepKey(rawValue: step), nil, true))
        }
        return changes
    }

    private func writeEvents(_ db: Database) throws {
        let last = debrief.transcript.last?.id ?? 0
        try db.cachedStatement(sql: "DELETE FROM event WHERE debriefId = ? AND seq > ?").execute(arguments: [id, last])
        let storedLast = try Int.fetchOne(db.cachedStatement(sql: "SELECT max(seq) FROM event WHERE debriefId = ?"), arguments: [id]) ?? 0
        let new = debrief.transcript.filter { $0.id > storedLast }
        guard !new.isEmpty else { return }
        let json = String(decoding: try DebriefJSON.encoder().encode(new), as: UTF8.self)
        try db.cachedStatement(sql: Self.insertEvents).execute(arguments: [id, json, "$"])
    }
}
