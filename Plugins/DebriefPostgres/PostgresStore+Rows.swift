#if Postgres
import DebriefKit
import Foundation
import PostgresNIO

extension PostgresStore {
    /// Writes every row of `record`, checking the revision in the `WHERE`; the caller holds a transaction.
    static func write(_ record: PostgresRecord, expectedRevision: Int, _ connection: PostgresConnection, logger: Logger) async throws {
        let debrief = record.debrief
        let interview = debrief.interview
        let companyKey = interview.company.map(SearchText.fold)
        let storedLast: Int
        let storedAnswers: [String: String]
        if expectedRevision == 0 {
            let inserted = try await connection.query("""
                INSERT INTO debrief (id, revision, created_at, updated_at, status, company, company_key, role, interview_date,
                                     stage, outcome, document)
                VALUES (\(record.id), \(debrief.revision), \(debrief.createdAt.timeIntervalSince1970),
                        \(debrief.updatedAt.timeIntervalSince1970), \(debrief.status.name.rawValue), \(interview.company),
                        \(companyKey), \(interview.role), \(interview.date?.iso), \(interview.stage), \(interview.outcome),
                        \(record.document))
                ON CONFLICT DO NOTHING RETURNING 1
                """, logger: logger).collect()
            guard !inserted.isEmpty else { throw try await conflict(record, expected: 0, connection, logger: logger) }
            storedLast = 0
            storedAnswers = [:]
        } else {
            let updated = try await connection.query("""
                UPDATE debrief SET revision = \(debrief.revision), created_at = \(debrief.createdAt.timeIntervalSince1970),
                    updated_at = \(debrief.updatedAt.timeIntervalSince1970), status = \(debrief.status.name.rawValue),
                    company = \(interview.company), company_key = \(companyKey), role = \(interview.role),
                    interview_date = \(interview.date?.iso), stage = \(interview.stage), outcome = \(interview.outcome),
                    document = \(record.document)
                WHERE owner = current_user AND id = \(record.id) AND revision = \(expectedRevision)
                RETURNING (SELECT coalesce(max(seq), 0) FROM event e WHERE e.owner = current_user AND e.debrief_id = \(record.id))
                """, logger: logger).collect()
            guard let row = updated.first else {
                throw try await conflict(record, expected: expectedRevision, connection, logger: logger)
            }
            storedLast = try row.decode(Int.self)
            var answers: [String: String] = [:]
            for try await (step, json) in try await connection.query("""
                SELECT step, json FROM answer WHERE owner = current_user AND debrief_id = \(record.id)
                """, logger: logger).decode((String, String).self) {
                answers[step] = json
            }
            storedAnswers = answers
        }
        try await writeAnswers(record, over: storedAnswers, connection, logger: logger)
        try await writeEvents(record, storedLast: storedLast, connection, logger: logger)
    }

    private static func writeAnswers(_ record: PostgresRecord, over stored: [String: String], _ connection: PostgresConnection,
                                     logger: Logger) async throws {
        let changed = record.changedAnswers(from: stored)
        if !changed.steps.isEmpty {
            try await connection.query("""
                INSERT INTO answer (debrief_id, step, json, text, raw, answered_at, words)
                SELECT \(record.id), s, j, t, r, a, to_tsvector('simple', f) || \(unescaped: ownerLexeme)
                FROM unnest(\(changed.steps)::text[], \(changed.json)::text[], \(changed.text)::text[], \(changed.raw)::text[],
                            \(changed.answeredAt)::float8[], \(changed.folded)::text[]) AS u(s, j, t, r, a, f)
                ON CONFLICT (owner, debrief_id, step) DO UPDATE SET json = excluded.json, text = excluded.text,
                    raw = excluded.raw, answered_at = excluded.answered_at, words = excluded.words
                """, logger: logger)
        }
        let removed = stored.keys.filter { record.answers[$0] == nil }
        if !removed.isEmpty {
            try await connection.query("""
                DELETE FROM answer WHERE owner = current_user AND debrief_id = \(record.id) AND step = ANY(\(removed)::text[])
                """, logger: logger)
        }
    }

    private static func writeEvents(_ record: PostgresRecord, storedLast: Int, _ connection: PostgresConnection, logger: Logger) async throws {
        let last = record.debrief.transcript.last?.id ?? 0
        if storedLast > last {
            try await connection.query("""
                DELETE FROM event WHERE owner = current_user AND debrief_id = \(record.id) AND seq > \(last)
                """, logger: logger)
        }
        let events = try record.events(after: storedLast)
        guard !events.seq.isEmpty else { return }
        try await connection.query("""
            INSERT INTO event (debrief_id, seq, at, kind, step, body)
            SELECT \(record.id), q, a, k, nullif(s, ''), b
            FROM unnest(\(events.seq)::int[], \(events.at)::text[], \(events.kind)::text[], \(events.step)::text[],
                        \(events.body)::text[]) AS u(q, a, k, s, b)
            """, logger: logger)
    }

    /// The conflict a stale save raises, naming the revision stored now.
    private static func conflict(_ record: PostgresRecord, expected: Int, _ connection: PostgresConnection, logger: Logger) async throws -> DebriefError {
        let rows = try await connection.query("""
            SELECT revision FROM debrief WHERE owner = current_user AND id = \(record.id)
            """, logger: logger).collect()
        return DebriefError.conflict(record.debrief.id, expected: expected, actual: try rows.first?.decode(Int.self) ?? 0)
    }

    /// The owner as one more lexeme of every answer's `words` (a space never occurs in a parsed
    /// word), so a search intersects its words with the person's own entries inside the GIN
    /// index instead of reading every person's matches.
    static let ownerLexeme = "array_to_tsvector(ARRAY[' owner ' || current_user])"

    /// The same, as a tsquery term.
    static let ownerTerm = "quote_literal(' owner ' || current_user)::tsquery"

    /// The columns ``summary(_:)`` reads.
    static let summaryColumns = "id, revision, created_at, updated_at, status, company, role, interview_date, stage, outcome"

    /// A list row as a summary.
    static func summary(_ row: PostgresRow) throws -> DebriefSummary {
        let (id, revision, created, updated, status, company, role, date, stage, outcome) = try row.decode(
            (String, Int, Double, Double, String, String?, String?, String?, String?, String?).self)
        return DebriefSummary(id: DebriefID(rawValue: id),
                              interview: Interview(company: company, role: role, date: date.flatMap(DayDate.init(iso:)), stage: stage, outcome: outcome),
                              status: DebriefStatus.Name(rawValue: status) ?? .inProgress,
                              createdAt: Date(timeIntervalSince1970: created), updatedAt: Date(timeIntervalSince1970: updated),
                              revision: revision)
    }

    /// `SELECT columns FROM debrief` with `query`'s filters, newest update first, limited.
    static func selection(_ query: DebriefQuery, columns: String) throws -> PostgresQuery {
        var clauses = ["owner = current_user"]
        var binds = PostgresBindings()
        func parameter(_ value: some PostgresThrowingDynamicTypeEncodable) throws -> String {
            try binds.append(value)
            return "$\(binds.count)"
        }
        if let company = query.company {
            clauses.append("strpos(company_key, \(try parameter(SearchText.fold(company)))) > 0")
        }
        if let since = query.since {
            clauses.append("updated_at >= \(try parameter(since.timeIntervalSince1970))")
        }
        if let status = query.status {
            clauses.append("status = \(try parameter(status.rawValue))")
        }
        if let prefix = query.idPrefix?.lowercased() {
            clauses.append("starts_with(id, \(try parameter(prefix)))")
        }
        // InterviewFilter: the day is the interview's, else the start's in this process's time zone.
        let filter = query.interview
        if filter.since != nil || filter.until != nil {
            let zone = try parameter(TimeZone.current.identifier)
            let day = "coalesce(interview_date, to_char(to_timestamp(created_at) AT TIME ZONE \(zone), 'YYYY-MM-DD'))"
            if let since = filter.since { clauses.append("\(day) >= \(try parameter(since.iso))") }
            if let until = filter.until { clauses.append("\(day) <= \(try parameter(until.iso))") }
        }
        if let outcome = filter.outcome {
            clauses.append("lower(coalesce(outcome, '')) = lower(\(try parameter(outcome)))")
        }
        if let stage = filter.stage {
            clauses.append("strpos(lower(coalesce(stage, '')), lower(\(try parameter(stage)))) > 0")
        }
        let limit = try query.limit.map { "LIMIT \(try parameter($0))" } ?? ""
        let sql = """
            SELECT \(columns) FROM debrief WHERE \(clauses.joined(separator: " AND "))
            ORDER BY updated_at DESC, id DESC \(limit) OFFSET \(try parameter(query.offset))
            """
        return PostgresQuery(unsafeSQL: sql, binds: binds)
    }
}
#endif
