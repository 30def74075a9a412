public import DebriefKit
import Foundation
import GRDB

extension SQLiteStore {
    /// Finds the debriefs dated in range through the index `fact_dates` (date rows only, by step
    /// and day), then reads the shape of their answers: words never leave the database, each
    /// is masked in SQL (``DebriefKit/AnswerValue/wordless``). Cost grows with the debriefs in
    /// range, not with the store: what Debrief reads as it starts.
    public func datedFacts(_ query: FactQuery, datedAt dated: Set<String>, from first: DayDate, through last: DayDate) async throws -> [DebriefFacts] {
        try await read { db in
            let datedSteps = Array(dated)
            let chosen = "SELECT debriefId FROM fact WHERE kind = 'date' AND step IN (\(Self.placeholders(datedSteps.count))) AND value BETWEEN ? AND ?"
            let chosenArguments = StatementArguments(datedSteps + [first.iso, last.iso])
            var filter = Self.filters(query.filter)
            filter.clauses.append("id IN (\(chosen))")
            filter.arguments += chosenArguments
            var page = try Row.fetchAll(db, sql: "SELECT id, createdAt, interviewDate FROM debrief \(Self.whereClause(filter)) ORDER BY id",
                                        arguments: filter.arguments).map { row in
                let day: String? = row[2]
                return DebriefFacts(id: DebriefID(rawValue: row[0]), createdAt: Date(timeIntervalSince1970: row[1]),
                                    interview: Interview(date: day.flatMap(DayDate.init(iso:))), answers: [:])
            }
            // Their answers in one pass, in the same order as the page.
            let steps = Array(query.steps)
            let wanted = "step IN (\(Self.placeholders(steps.count)))" + (query.starAnswers ? " OR kind = 'star'" : "")
            var rows = try RawRows(db, sql: """
                SELECT debriefId, step, item, part, kind, \(Self.wordless) FROM fact
                WHERE debriefId IN (\(chosen)) AND (\(wanted)) ORDER BY debriefId, step, item, part
                """, arguments: chosenArguments + StatementArguments(steps))
            let decoder = DebriefJSON.decoder()
            var index = 0
            while rows.onRow, index < page.count {
                let owner = rows.bytes(0)
                let id = page[index].id.rawValue.utf8
                if id.lexicographicallyPrecedes(owner) {
                    index += 1
                } else if owner.lexicographicallyPrecedes(id) {
                    try rows.step()  // a debrief the query's filters left out
                } else {
                    let (key, value) = try FactRows.read(&rows, from: 1, steps: steps, decoder: decoder)
                    page[index].answers[key] = value
                }
            }
            return page
        }
    }

    /// A fact row's `value` without its words, as ``DebriefKit/AnswerValue/wordless`` makes it.
    private static let wordless = """
        CASE WHEN kind IN ('date', 'scale', 'yesPartlyNo') OR value IS NULL OR value = '' THEN value
             WHEN kind = 'star' THEN json_object(\(["situation", "task", "action", "result"].map { part in
                "'\(part)', CASE json_extract(value, '$.\(part)') WHEN '' THEN '' ELSE '\(AnswerValue.wordPlaceholder)' END"
             }.joined(separator: ", ")))
             ELSE '\(AnswerValue.wordPlaceholder)' END
        """

    /// `?, ?, ?` for `count` arguments.
    static func placeholders(_ count: Int) -> String {
        Array(repeating: "?", count: count).joined(separator: ", ")
    }
}
