public import DebriefKit
import Foundation
import GRDB

extension SQLiteStore {
    /// Reads the `fact` rows the store keeps with every save (``FactRows``): no document is
    /// decoded. One read transaction walks a page of debriefs in id order (on the covering
    /// index `debrief_facts`) beside their fact rows (in the same order, on their primary key).
    public func facts(_ query: FactQuery) async throws -> [DebriefFacts] {
        try await readUnmapped { db in try Self.readFacts(db, query) }
    }

    private static func readFacts(_ db: Database, _ query: FactQuery) throws -> [DebriefFacts] {
        var (clauses, arguments) = filters(query.filter)
        clauses.append("id > ?")
        arguments += [query.after?.rawValue ?? ""]
        arguments += [query.limit ?? -1]
        var debriefs = try RawRows(db, sql: """
            SELECT id, createdAt, company, role, interviewDate, stage, outcome FROM debrief
            WHERE \(clauses.joined(separator: " AND ")) ORDER BY id LIMIT ?
            """, arguments: arguments)
        var page: [DebriefFacts] = []
        while debriefs.onRow {
            func text(_ index: Int32) -> String? { debriefs.isNull(index) ? nil : debriefs.string(index) }
            let interview = Interview(company: text(2), role: text(3), date: text(4).flatMap(DayDate.init(iso:)),
                                      stage: text(5), outcome: text(6))
            page.append(DebriefFacts(id: DebriefID(rawValue: debriefs.string(0)),
                                     createdAt: Date(timeIntervalSince1970: debriefs.double(1)),
                                     interview: interview, answers: [:]))
            try debriefs.step()
        }
        guard let last = page.last else { return [] }
        try readAnswers(db, query, through: last.id, into: &page)
        return page
    }

    /// Fills in the answers of `page` (in id order, ending at `last`) from the fact rows.
    private static func readAnswers(_ db: Database, _ query: FactQuery, through last: DebriefID, into page: inout [DebriefFacts]) throws {
        let steps = Array(query.steps)
        var wanted = "step IN (\(Array(repeating: "?", count: steps.count).joined(separator: ", ")))"
        if query.starAnswers { wanted = "(\(wanted) OR kind = 'star')" }
        var rows = try RawRows(db, sql: """
            SELECT debriefId, step, item, part, kind, value FROM fact
            WHERE debriefId > ? AND debriefId <= ? AND \(wanted) ORDER BY debriefId, step, item, part
            """, arguments: StatementArguments([query.after?.rawValue ?? "", last.rawValue] + steps))
        let decoder = DebriefJSON.decoder()
        var index = 0
        while rows.onRow, index < page.count {
            let owner = rows.bytes(0)
            let id = page[index].id.rawValue.utf8
            if id.lexicographicallyPrecedes(owner) {
                index += 1
            } else if owner.lexicographicallyPrecedes(id) {
                try rows.step()  // a debrief the filters left out
            } else {
                let (key, value) = try FactRows.read(&rows, from: 1, steps: steps, decoder: decoder)
                page[index].answers[key] = value
            }
        }
    }
}
