public import DebriefKit
import Foundation
import GRDB

extension SQLiteStore {
    /// What the coach remembers, read from the few answer rows it needs (plans, their dates and
    /// status, hard questions, moods, the STAR question) and each debrief's list row: no
    /// document is decoded, so starting a debrief stays quick on a store of thousands.
    ///
    /// The result is ``DebriefKit/DebriefHistory/init(debriefs:excluding:keys:)`` over those
    /// parts, so it equals the default reading of every whole debrief (StoreConformance checks it).
    public func history(excluding id: DebriefID?) async throws -> DebriefHistory {
        let keys = DebriefHistory.Keys.default
        var steps = [keys.feelings, keys.struggledList, keys.starQuestion, keys.planDone, keys.planDropped]
        steps += keys.plans + keys.plans.map { "\($0).date" }
        if let id { steps.append(keys.followUp(by: id, item: 1).stepID) }
        // Each step id, alone or with an item ("move.plan.date#2").
        let filter = Array(repeating: "step = ? OR (step > ? AND step < ?)", count: steps.count).joined(separator: " OR ")
        let arguments = StatementArguments(steps.flatMap { [$0, $0 + "#", $0 + "#\u{10FFFF}"] })
        let debriefs = try await read { db -> [Debrief] in
            var byID: [String: Debrief] = [:]
            let rows = try Row.fetchCursor(db, sql: """
                SELECT id, revision, createdAt, updatedAt, status, company, role, interviewDate, stage, outcome FROM debrief
                """)
            while let row = try rows.next() {
                let summary = Self.summary(row)
                byID[summary.id.rawValue] = Debrief(id: summary.id, createdAt: summary.createdAt, interview: summary.interview)
            }
            let decoder = DebriefJSON.decoder()
            let answers = try Row.fetchCursor(db, sql: "SELECT debriefId, step, json FROM answer WHERE \(filter)", arguments: arguments)
            while let row = try answers.next() {
                // The column holds the answer as a member of the document's answers object.
                let member: String = row["json"]
                let debriefID: String = row["debriefId"]
                for (key, answer) in try decoder.decode([String: Answer].self, from: Data("{\(member)}".utf8)) {
                    byID[debriefID]?.answers[StepKey(rawValue: key)] = answer
                }
            }
            return Array(byID.values)
        }
        return DebriefHistory(debriefs: debriefs, excluding: id, keys: keys)
    }
}
