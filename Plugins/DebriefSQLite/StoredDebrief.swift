import DebriefKit
import Foundation
import GRDB

/// A debrief as rows: the debrief row (with its JSON document, transcript left out),
/// one row per answer for the full-text index, and the transcript as event rows.
///
/// Saves write only what changed: answers whose text or time differ, and events past
/// the last stored one (the transcript is append-only), so a turn's save stays small
/// however long the debrief grows.
struct StoredDebrief: Sendable {
    /// One answer's searchable projection.
    struct AnswerRow: Equatable, Sendable {
        var text: String
        var raw: String
        var answeredAt: Double
    }

    let id: String
    let debrief: Debrief
    let document: String
    let answers: [String: AnswerRow]

    /// Encodes `debrief` for storage; `cache` spares re-encoding the answers a save did not change.
    init(_ debrief: Debrief, cache: AnswerCache? = nil) throws {
        var withoutTranscript = debrief
        withoutTranscript.transcript = []
        self.id = debrief.id.rawValue
        self.debrief = debrief
        let document = try cache?.document(debrief) ?? DebriefJSON.encoder().encode(withoutTranscript)
        self.document = String(decoding: document, as: UTF8.self)
        self.answers = Dictionary(uniqueKeysWithValues: debrief.answers.map { key, answer in
            (key.rawValue, AnswerRow(text: answer.value.searchableText, raw: answer.raw, answeredAt: answer.answeredAt.timeIntervalSince1970))
        })
    }

    /// The placeholder the stored document carries instead of the transcript.
    ///
    /// Keys are sorted, so the top-level `transcript` comes after every nested container
    /// (`answers`, `chapterVersions`, `interview`, `status`, `trail`): its placeholder is
    /// the last occurrence of these bytes in the document.
    static let emptyTranscript = Data(#""transcript":[]"#.utf8)

    /// Appends a debrief's full JSON document to `buffer`: its stored document with the
    /// events' JSON spliced in as the transcript, without decoding anything.
    ///
    /// `transcript` hands each event's JSON, in order, to the function it is given; the bytes
    /// are copied at once, so they may come straight from an SQLite row.
    static func append(_ document: Data, to buffer: inout Data, transcript: ((Data) -> Void) throws -> Void) rethrows {
        guard let placeholder = document.range(of: emptyTranscript, options: .backwards) else {
            buffer.append(document)
            return
        }
        buffer.append(document[..<placeholder.lowerBound])
        buffer.append(contentsOf: #""transcript":["#.utf8)
        var first = true
        try transcript { event in
            if !first { buffer.append(UInt8(ascii: ",")) }
            first = false
            buffer.append(event)
        }
        buffer.append(UInt8(ascii: "]"))
        buffer.append(document[placeholder.upperBound...])
    }

    /// Inserts or updates every row of this debrief; the caller has checked the revision.
    func write(_ db: Database) throws {
        let interview = debrief.interview
        try db.cachedStatement(sql: """
            INSERT INTO debrief (id, revision, createdAt, updatedAt, status, company, companyKey, role, interviewDate, stage, outcome, document)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET revision = excluded.revision, createdAt = excluded.createdAt,
                updatedAt = excluded.updatedAt, status = excluded.status, company = excluded.company,
                companyKey = excluded.companyKey, role = excluded.role, interviewDate = excluded.interviewDate,
                stage = excluded.stage, outcome = excluded.outcome, document = excluded.document
            """).execute(arguments: [
                id, debrief.revision, debrief.createdAt.timeIntervalSince1970, debrief.updatedAt.timeIntervalSince1970,
                debrief.status.name.rawValue, interview.company, interview.company.map(SearchText.fold), interview.role,
                interview.date?.iso, interview.stage, interview.outcome, document,
            ])
        try writeAnswers(db)
        try writeEvents(db)
    }

    private func writeAnswers(_ db: Database) throws {
        var stored: [String: AnswerRow] = [:]
        let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT step, text, raw, answeredAt FROM answer WHERE debriefId = ?"),
                                       arguments: [id])
        while let row = try rows.next() {
            stored[row[0]] = AnswerRow(text: row[1], raw: row[2], answeredAt: row[3])
        }
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO answer (debriefId, step, text, raw, answeredAt) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (debriefId, step) DO UPDATE SET text = excluded.text, raw = excluded.raw, answeredAt = excluded.answeredAt
            """)
        for (step, answer) in answers where stored[step] != answer {
            try upsert.execute(arguments: [id, step, answer.text, answer.raw, answer.answeredAt])
        }
        let remove = try db.cachedStatement(sql: "DELETE FROM answer WHERE debriefId = ? AND step = ?")
        for step in stored.keys where answers[step] == nil {
            try remove.execute(arguments: [id, step])
        }
    }

    private func writeEvents(_ db: Database) throws {
        let last = debrief.transcript.last?.id ?? 0
        try db.cachedStatement(sql: "DELETE FROM event WHERE debriefId = ? AND seq > ?").execute(arguments: [id, last])
        let storedLast = try Int.fetchOne(db.cachedStatement(sql: "SELECT max(seq) FROM event WHERE debriefId = ?"), arguments: [id]) ?? 0
        let new = debrief.transcript.filter { $0.id > storedLast }
        guard !new.isEmpty else { return }
        let json = String(decoding: try DebriefJSON.encoder().encode(new), as: UTF8.self)
        try db.cachedStatement(sql: """
            INSERT INTO event (debriefId, seq, at, kind, step, body)
            SELECT ?, json_extract(e.value, '$.id'), json_extract(e.value, '$.at'), k.key, json_extract(k.value, '$.step'), e.value
            FROM json_each(?) AS e, json_each(e.value, '$.kind') AS k
            """).execute(arguments: [id, json])
    }
}
