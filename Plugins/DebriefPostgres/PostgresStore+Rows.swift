#if Postgres
import DebriefKit
import Foundation
import PostgresNIO

extension PostgresStore {
    /// Writes every row of `record`, checking the revision in the `WHERE`; the caller holds a transaction.
    static func write(_ record: PostgresRecord, expectedRevision: Int, _ connection: PostgresConnection, logger: Logger) async throws {
        let storedLast: Int
        var storedAnswers: [String: String] = [:]
        if expectedRevision == 0 {
            guard try await insertRows([record], connection, logger: logger) == [record.id] else {
                throw try await conflict(record, expected: 0, connection, logger: logger)
            }
            storedLast = 0
        } else {
            let update = PreparedStatements.UpdateDebrief(row: DebriefRow(record), expectedRevision: expectedRevision)
            guard let last = try await connection.execute(update, logger: logger).reduce(into: [Int](), { $0.append($1) }).first else {
                throw try await conflict(record, expected: expectedRevision, connection, logger: logger)
            }
            storedLast = last
            for try await (step, json) in try await connection.execute(PreparedStatements.StoredAnswers(id: record.id), logger: logger) {
                storedAnswers[step] = json
            }
        }
        var answers = AnswerColumns()
        record.changedAnswers(from: storedAnswers, into: &answers)
        try await writeAnswers(answers, connection, logger: logger)
        let removed = storedAnswers.keys.filter { record.answers[$0] == nil }
        if !removed.isEmpty {
            try await connection.query("""
                DELETE FROM answer WHERE owner = current_user AND debrief_id = \(record.id) AND step = ANY(\(removed)::text[])
                """, logger: logger)
        }
        let last = record.debrief.transcript.last?.id ?? 0
        if storedLast > last {
            try await connection.query("""
                DELETE FROM event WHERE owner = current_user AND debrief_id = \(record.id) AND seq > \(last)
                """, logger: logger)
        }
        var events = EventColumns()
        try record.events(after: storedLast, into: &events)
        try await writeEvents(events, connection, logger: logger)
    }

    /// Inserts the debrief rows of `records` (one statement), skipping ids already stored; returns the ids added.
    static func insertRows(_ records: some Collection<PostgresRecord>, _ connection: PostgresConnection, logger: Logger) async throws -> [String] {
        let rows = try await connection.execute(PreparedStatements.InsertDebriefs(rows: records.map(DebriefRow.init)), logger: logger)
        return try await rows.reduce(into: []) { $0.append($1) }
    }

    static func writeAnswers(_ answers: AnswerColumns, _ connection: PostgresConnection, logger: Logger) async throws {
        guard !answers.steps.isEmpty else { return }
        _ = try await connection.execute(PreparedStatements.UpsertAnswers(columns: answers), logger: logger)
    }

    static func writeEvents(_ events: EventColumns, _ connection: PostgresConnection, logger: Logger) async throws {
        guard !events.seq.isEmpty else { return }
        _ = try await connection.execute(PreparedStatements.InsertEvents(columns: events), logger: logger)
    }

    /// The conflict a stale save raises, naming the revision stored now.
    private static func conflict(_ record: PostgresRecord, expected: Int, _ connection: PostgresConnection, logger: Logger) async throws -> DebriefError {
        let rows = try await connection.query("""
            SELECT revision FROM debrief WHERE owner = current_user AND id = \(record.id)
            """, logger: logger).collect()
        return DebriefError.conflict(record.debrief.id, expected: expected, actual: try rows.first?.decode(Int.self) ?? 0)
    }

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
        var binds = PostgresBindings()
        let clauses = try filters(query, &binds)
        let limit = try query.limit.map { "LIMIT \(try parameter($0, &binds))" } ?? ""
        let sql = """
            SELECT \(columns) FROM debrief WHERE \(clauses.joined(separator: " AND "))
            ORDER BY updated_at DESC, id DESC \(limit) OFFSET \(try parameter(query.offset, &binds))
            """
        return PostgresQuery(unsafeSQL: sql, binds: binds)
    }

    /// The `WHERE` clauses of `query`'s filters on the `debrief` table, their values bound in `binds`.
    static func filters(_ query: DebriefQuery, _ binds: inout PostgresBindings) throws -> [String] {
        var clauses = ["owner = current_user"]
        if let company = query.company {
            clauses.append("strpos(company_key, \(try parameter(SearchText.fold(company), &binds))) > 0")
        }
        if let since = query.since {
            clauses.append("updated_at >= \(try parameter(since.timeIntervalSince1970, &binds))")
        }
        if let status = query.status {
            clauses.append("status = \(try parameter(status.rawValue, &binds))")
        }
        if let prefix = query.idPrefix?.lowercased() {
            clauses.append("starts_with(id, \(try parameter(prefix, &binds)))")
        }
        // InterviewFilter: the day is the interview's, else the start's in this process's time zone.
        let filter = query.interview
        if filter.since != nil || filter.until != nil {
            let zone = try parameter(TimeZone.current.identifier, &binds)
            let day = "coalesce(interview_date, to_char(to_timestamp(created_at) AT TIME ZONE \(zone), 'YYYY-MM-DD'))"
            if let since = filter.since { clauses.append("\(day) >= \(try parameter(since.iso, &binds))") }
            if let until = filter.until { clauses.append("\(day) <= \(try parameter(until.iso, &binds))") }
        }
        if let outcome = filter.outcome {
            clauses.append("lower(coalesce(outcome, '')) = lower(\(try parameter(outcome, &binds)))")
        }
        if let stage = filter.stage {
            clauses.append("strpos(lower(coalesce(stage, '')), lower(\(try parameter(stage, &binds)))) > 0")
        }
        return clauses
    }

    /// Binds `value` and returns its placeholder (`$n`).
    static func parameter(_ value: some PostgresThrowingDynamicTypeEncodable, _ binds: inout PostgresBindings) throws -> String {
        try binds.append(value)
        return "$\(binds.count)"
    }
}
#endif
