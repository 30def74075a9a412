#if Postgres
import DebriefKit
import Foundation
import PostgresNIO

/// The statements every turn and every look-up runs, as postgres-nio prepared statements: each
/// pooled connection parses and plans one once, then sends only its values.
///
/// Every statement reads and writes the person's own rows (`owner = current_user`), which
/// row-level security enforces anyway. Types are declared, so a first call whose optional
/// value is nil prepares the statement with the same types as any other.
enum PreparedStatements {
    /// A save on top of the revision it was loaded at: changes the debrief row only when the
    /// stored revision is the expected one, and returns the last stored transcript event.
    struct UpdateDebrief: PostgresPreparedStatement {
        static let name = "debrief_update"
        static let sql = """
            UPDATE debrief SET revision = $1, created_at = $2, updated_at = $3, status = $4, company = $5, company_key = $6,
                role = $7, interview_date = $8, stage = $9, outcome = $10, document = $11, words = strip(to_tsvector('simple', $14))
            WHERE owner = current_user AND id = $12 AND revision = $13
            RETURNING (SELECT coalesce(max(seq), 0) FROM event e WHERE e.owner = current_user AND e.debrief_id = $12)
            """
        static let bindingDataTypes: [PostgresDataType] = [.int8, .float8, .float8, .text, .text, .text, .text, .text, .text,
                                                           .text, .text, .text, .int8, .text]
        typealias Row = Int
        let row: DebriefRow
        let expectedRevision: Int

        func makeBindings() throws -> PostgresBindings {
            var bindings = PostgresBindings()
            bindings.append(row.revision)
            bindings.append(row.createdAt)
            bindings.append(row.updatedAt)
            bindings.append(row.status)
            for text in [row.company, row.companyKey, row.role, row.interviewDate, row.stage, row.outcome] {
                if let text { bindings.append(text) } else { bindings.appendNull() }
            }
            bindings.append(row.document)
            bindings.append(row.id)
            bindings.append(expectedRevision)
            bindings.append(row.words)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> Int { try row.decode(Int.self) }
    }

    /// New debrief rows, many at once: those whose id is taken are skipped; returns the ids added.
    struct InsertDebriefs: PostgresPreparedStatement {
        static let name = "debrief_insert"
        static let sql = """
            INSERT INTO debrief (id, revision, created_at, updated_at, status, company, company_key, role, interview_date,
                                 stage, outcome, document, words)
            SELECT id, revision, created_at, updated_at, status, company, company_key, role, interview_date, stage, outcome, document,
                strip(to_tsvector('simple', words))
            FROM json_to_recordset($1::json) AS r(id text, revision integer, created_at float8, updated_at float8, status text,
                                                 company text, company_key text, role text, interview_date text, stage text,
                                                 outcome text, document text, words text)
            ON CONFLICT DO NOTHING RETURNING id
            """
        static let bindingDataTypes: [PostgresDataType] = [.text]
        typealias Row = String
        let rows: [DebriefRow]

        func makeBindings() throws -> PostgresBindings {
            let encoder = JSONEncoder()
            encoder.keyEncodingStrategy = .convertToSnakeCase
            var bindings = PostgresBindings()
            bindings.append(String(decoding: try encoder.encode(rows), as: UTF8.self))
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> String { try row.decode(String.self) }
    }

    /// The stored answers of one debrief, step and JSON, for a save to write only what changed.
    struct StoredAnswers: PostgresPreparedStatement {
        static let name = "debrief_stored_answers"
        static let sql = "SELECT step, json FROM answer WHERE owner = current_user AND debrief_id = $1"
        static let bindingDataTypes: [PostgresDataType] = [.text]
        typealias Row = (String, String)
        let id: String

        func makeBindings() throws -> PostgresBindings {
            var bindings = PostgresBindings()
            bindings.append(id)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> (String, String) { try row.decode((String, String).self) }
    }

    /// Answer rows, inserted or replaced, with their words for search.
    struct UpsertAnswers: PostgresPreparedStatement {
        static let name = "debrief_upsert_answers"
        static let sql = """
            INSERT INTO answer (debrief_id, step, json, text, raw, answered_at, words)
            SELECT d, s, j, t, r, a, to_tsvector('simple', f)
            FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::text[]) AS u(d, s, j, t, r, a, f)
            ON CONFLICT (owner, debrief_id, step) DO UPDATE SET json = excluded.json, text = excluded.text,
                raw = excluded.raw, answered_at = excluded.answered_at, words = excluded.words
            """
        static let bindingDataTypes: [PostgresDataType] = [.textArray, .textArray, .textArray, .textArray, .textArray,
                                                           .float8Array, .textArray]
        typealias Row = ()
        let columns: AnswerColumns

        func makeBindings() throws -> PostgresBindings {
            var bindings = PostgresBindings()
            for texts in [columns.debriefIDs, columns.steps, columns.json, columns.text, columns.raw] { bindings.append(texts) }
            bindings.append(columns.answeredAt)
            bindings.append(columns.folded)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws {}
    }

    /// Transcript events, appended.
    struct InsertEvents: PostgresPreparedStatement {
        static let name = "debrief_insert_events"
        static let sql = """
            INSERT INTO event (debrief_id, seq, at, kind, step, body)
            SELECT d, q, a, k, nullif(s, ''), b
            FROM unnest($1::text[], $2::int8[], $3::text[], $4::text[], $5::text[], $6::text[]) AS u(d, q, a, k, s, b)
            """
        static let bindingDataTypes: [PostgresDataType] = [.textArray, .int8Array, .textArray, .textArray, .textArray, .textArray]
        typealias Row = ()
        let columns: EventColumns

        func makeBindings() throws -> PostgresBindings {
            var bindings = PostgresBindings()
            bindings.append(columns.debriefIDs)
            bindings.append(columns.seq)
            for texts in [columns.at, columns.kind, columns.step, columns.body] { bindings.append(texts) }
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws {}
    }

    /// One debrief whole: its document, its answers' steps and JSON, and its events.
    struct LoadDebrief: PostgresPreparedStatement {
        static let name = "debrief_load"
        static let sql = """
            SELECT d.document,
                ARRAY(SELECT a.step FROM answer a WHERE a.owner = d.owner AND a.debrief_id = d.id ORDER BY a.step),
                ARRAY(SELECT a.json FROM answer a WHERE a.owner = d.owner AND a.debrief_id = d.id ORDER BY a.step),
                ARRAY(SELECT e.body FROM event e WHERE e.owner = d.owner AND e.debrief_id = d.id ORDER BY e.seq)
            FROM debrief d WHERE d.owner = current_user AND d.id = $1
            """
        static let bindingDataTypes: [PostgresDataType] = [.text]
        typealias Row = (String, [String], [String], [String])
        let id: String

        func makeBindings() throws -> PostgresBindings {
            var bindings = PostgresBindings()
            bindings.append(id)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> Row { try row.decode(Row.self) }
    }

    /// The newest debriefs' list rows, unfiltered: what `debrief list` and the resume offer read.
    struct ListNewest: PostgresPreparedStatement {
        static let name = "debrief_list_newest"
        static let sql = """
            SELECT \(PostgresStore.summaryColumns) FROM debrief WHERE owner = current_user
            ORDER BY updated_at DESC, id DESC LIMIT $1 OFFSET $2
            """
        static let bindingDataTypes: [PostgresDataType] = [.int8, .int8]
        typealias Row = DebriefSummary
        /// Nil for every row (`LIMIT NULL`).
        let limit: Int?
        let offset: Int

        func makeBindings() throws -> PostgresBindings {
            var bindings = PostgresBindings()
            if let limit { bindings.append(limit) } else { bindings.appendNull() }
            bindings.append(offset)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> DebriefSummary { try PostgresStore.summary(row) }
    }

    /// One hit per debrief whose answer matches a tsquery, newest update first.
    ///
    /// Row-level security keeps PostgreSQL from using an index on `words` for a person (`@@` is
    /// not leakproof, so it may only run on rows the policy let through), so the search walks the
    /// person's debriefs newest first: each debrief's `words`, every word of all its answers,
    /// rules it out without reading its answers, and the walk stops at the limit. A common word
    /// stops after about `limit` debriefs; a rare one reads one row per debrief, never an answer
    /// of a debrief that can't match, and never another person's rows.
    struct SearchAnswers: PostgresPreparedStatement {
        static let name = "debrief_search"
        static let sql = """
            SELECT d.id, h.step, h.text, d.updated_at FROM debrief d
            CROSS JOIN LATERAL (
                SELECT a.step, a.text FROM answer a
                WHERE a.owner = d.owner AND a.debrief_id = d.id AND a.words @@ to_tsquery('simple', $1)
                ORDER BY a.answered_at DESC, a.step LIMIT 1
            ) h
            WHERE d.owner = current_user AND d.words @@ to_tsquery('simple', $1)
            ORDER BY d.updated_at DESC, d.id DESC LIMIT $2
            """
        static let bindingDataTypes: [PostgresDataType] = [.text, .int8]
        typealias Row = (String, String, String, Double)
        /// The tsquery, in `to_tsquery` syntax.
        let pattern: String
        let limit: Int

        func makeBindings() throws -> PostgresBindings {
            var bindings = PostgresBindings()
            bindings.append(pattern)
            bindings.append(limit)
            return bindings
        }

        func decodeRow(_ row: PostgresRow) throws -> Row { try row.decode(Row.self) }
    }
}

/// A debrief's own row: what lists and filters read without decoding its document.
struct DebriefRow: Encodable, Sendable {
    let id: String
    let revision: Int
    let createdAt: Double
    let updatedAt: Double
    let status: String
    let company: String?
    let companyKey: String?
    let role: String?
    let interviewDate: String?
    let stage: String?
    let outcome: String?
    /// The debrief's JSON without answers and transcript.
    let document: String
    /// Every answer's searchable words, folded, one answer a line.
    let words: String

    init(_ record: PostgresRecord) {
        let debrief = record.debrief, interview = debrief.interview
        id = record.id
        revision = debrief.revision
        createdAt = debrief.createdAt.timeIntervalSince1970
        updatedAt = debrief.updatedAt.timeIntervalSince1970
        status = debrief.status.name.rawValue
        company = interview.company
        companyKey = interview.company.map(SearchText.fold)
        role = interview.role
        interviewDate = interview.date?.iso
        stage = interview.stage
        outcome = interview.outcome
        document = record.document
        words = record.words
    }
}
#endif
