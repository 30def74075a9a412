import DebriefKit
import Foundation
import GRDB

/// Answers as rows of the `fact` table (schema v3), what ``SQLiteStore/facts(_:)`` reads
/// instead of decoding documents.
///
/// One row per answer, keyed by debrief, step id, item and part; `kind` is the answer's JSON
/// type name and `value` holds it as SQLite reads fastest: a scale as an integer, a
/// yes/partly/no, a date (ISO) or a text as text, a STAR answer as its JSON, nothing for a
/// skip. A list is a row with part 0 and no value, then one row per item from part 1, so
/// an empty list is kept too.
enum FactRows {
    /// Replaces the rows of the answer at `key` with those of `value`; none when it is nil.
    /// `replacing` is false for an answer that has no rows yet.
    static func write(_ db: Database, debrief id: String, key: StepKey, value: AnswerValue?, replacing: Bool) throws {
        let item = key.item ?? 0
        if replacing {
            try db.cachedStatement(sql: "DELETE FROM fact WHERE debriefId = ? AND step = ? AND item = ?")
                .execute(arguments: [id, key.stepID, item])
        }
        guard let value else { return }
        let insert = try db.cachedStatement(sql: "INSERT INTO fact (debriefId, step, item, part, kind, value) VALUES (?, ?, ?, ?, ?, ?)")
        for (part, stored) in try rows(value).enumerated() {
            try insert.execute(arguments: [id, key.stepID, item, part, kind(value), stored])
        }
    }

    /// The `value` column of each row of `value`, from part 0.
    private static func rows(_ value: AnswerValue) throws -> [DatabaseValue] {
        switch value {
        case .text(let text), .choice(let text): [text.databaseValue]
        case .yesPartlyNo(let answer): [answer.rawValue.databaseValue]
        case .scale(let number): [number.databaseValue]
        case .date(let day): [day.iso.databaseValue]
        case .list(let items): [.null] + items.map(\.databaseValue)
        case .star(let star): [String(decoding: try DebriefJSON.encoder().encode(star), as: UTF8.self).databaseValue]
        case .skipped: [.null]
        }
    }

    /// The answer's type name, as in its JSON.
    private static func kind(_ value: AnswerValue) -> String {
        switch value {
        case .text: "text"
        case .yesPartlyNo: "yesPartlyNo"
        case .scale: "scale"
        case .date: "date"
        case .choice: "choice"
        case .list: "list"
        case .star: "star"
        case .skipped: "skipped"
        }
    }

    /// The answer whose first row (part 0) `rows` is on, reading its list items after it.
    ///
    /// Columns from `first`: step, item, part, kind, value. Leaves `rows` on the next answer's row.
    /// `steps` are the step ids asked for: a row's step that is one of them shares its string
    /// rather than making a new one, which is most of the cost of a row.
    static func read(_ rows: inout RawRows, from first: Int32, steps: [String], decoder: JSONDecoder) throws -> (StepKey, AnswerValue) {
        let item = Int(rows.integer(first + 1))
        let stepBytes = rows.bytes(first)
        let step = steps.first { $0.utf8.elementsEqual(stepBytes) } ?? rows.string(first)
        let key = StepKey(step, item: item == 0 ? nil : item)
        let value: AnswerValue
        switch rows.string(first + 3) {
        case "text": value = .text(rows.string(first + 4))
        case "choice": value = .choice(rows.string(first + 4))
        case "scale": value = .scale(Int(rows.integer(first + 4)))
        case "yesPartlyNo":
            guard let answer = YesPartlyNo(rawValue: rows.string(first + 4)) else { throw damaged }
            value = .yesPartlyNo(answer)
        case "date":
            guard let day = DayDate(iso: rows.string(first + 4)) else { throw damaged }
            value = .date(day)
        case "star": value = .star(try decoder.decode(STARAnswer.self, from: Data(rows.bytes(first + 4))))
        case "skipped": value = .skipped
        case "list":
            let owner = Array(rows.bytes(0))
            var items: [String] = []
            try rows.step()
            while rows.onRow, rows.integer(first + 2) > 0, rows.bytes(0).elementsEqual(owner),
                  rows.bytes(first).elementsEqual(key.stepID.utf8), rows.integer(first + 1) == item {
                items.append(rows.string(first + 4))
                try rows.step()
            }
            return (key, .list(items))
        default: throw damaged
        }
        try rows.step()
        return (key, value)
    }

    private static var damaged: DebriefError {
        DebriefError(.invalidData, "A saved debrief's facts are damaged, so Debrief can't summarise it.",
                     recovery: "Update Debrief if a newer version wrote the store; otherwise `debrief export`, then import into a new store.")
    }
}

extension FactRows {
    /// Writes the rows of every stored answer: schema v3 on a store written before it.
    ///
    /// Reads the answers' JSON in debrief order and decodes one debrief's answers at a time.
    static func rebuild(_ db: Database) throws {
        let decoder = DebriefJSON.decoder()
        var owner: String?
        var members: [Data] = []
        func flush() throws {
            guard let owner else { return }
            let json = Data("{".utf8) + members.joined(separator: Data(",".utf8)) + Data("}".utf8)
            for (step, answer) in try decoder.decode([String: Answer].self, from: json) {
                try write(db, debrief: owner, key: StepKey(rawValue: step), value: answer.value, replacing: false)
            }
            members.removeAll(keepingCapacity: true)
        }
        let rows = try Row.fetchCursor(db, sql: "SELECT debriefId, json FROM answer ORDER BY debriefId")
        while let row = try rows.next() {
            let id: String = row[0]
            if id != owner {
                try flush()
                owner = id
            }
            members.append(row[1])
        }
        try flush()
    }
}
