#if Postgres
public import DebriefKit
import Foundation
import PostgresNIO

extension PostgresStore {
    /// Reads a page of debriefs' list columns and, in the same statement, the JSON of only the
    /// answers `query` asks for (by step id, or every STAR answer by the `kind` column the
    /// store keeps): no document or transcript is read or decoded.
    public func facts(_ query: FactQuery) async throws -> [DebriefFacts] {
        var binds = PostgresBindings()
        var clauses = try Self.filters(query.filter, &binds)
        clauses.append("id COLLATE \"C\" > \(try Self.parameter(query.after?.rawValue ?? "", &binds))")
        let steps = try Self.parameter(Array(query.steps), &binds)
        let star = try Self.parameter(query.starAnswers, &binds)
        let limit = try query.limit.map { "LIMIT \(try Self.parameter($0, &binds))" } ?? ""
        let sql = """
            SELECT d.id, d.created_at, d.company, d.role, d.interview_date, d.stage, d.outcome,
                coalesce(a.steps, '{}'), coalesce(a.answers, '{}')
            FROM (SELECT * FROM debrief WHERE \(clauses.joined(separator: " AND ")) ORDER BY id COLLATE "C" \(limit)) d
            LEFT JOIN LATERAL (
                SELECT array_agg(a.step ORDER BY a.step) AS steps, array_agg(a.json ORDER BY a.step) AS answers FROM answer a
                WHERE a.owner = d.owner AND a.debrief_id = d.id AND (split_part(a.step, '#', 1) = ANY(\(steps)::text[]) OR (\(star) AND a.kind = 'star'))
            ) a ON true
            ORDER BY d.id COLLATE "C"
            """
        let rows = try await database.rows(PostgresQuery(unsafeSQL: sql, binds: binds))
        let decoder = DebriefJSON.decoder()
        return try rows.map { row in
            let (id, created, company, role, date, stage, outcome, steps, answers) = try row.decode(
                (String, Double, String?, String?, String?, String?, String?, [String], [String]).self)
            var facts = DebriefFacts(id: DebriefID(rawValue: id), createdAt: Date(timeIntervalSince1970: created),
                                     interview: Interview(company: company, role: role, date: date.flatMap(DayDate.init(iso:)),
                                                          stage: stage, outcome: outcome),
                                     answers: [:])
            for (step, json) in zip(steps, answers) {
                facts.answers[StepKey(rawValue: step)] = try PostgresRecord.answer(json, decoder: decoder).value
            }
            return facts
        }
    }
}
#endif
