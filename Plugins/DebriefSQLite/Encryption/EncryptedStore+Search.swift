public import DebriefKit
import Foundation
import GRDB

extension EncryptedStore {
    /// Decrypts each debrief's folded answer text, newest update first, and stops at `limit`
    /// matches: nothing about the words is kept outside the boxes, at the price of opening every
    /// box for a word that matches little (see Documentation/Storage.md for the cost).
    public func search(_ text: String, limit: Int) async throws -> [SearchHit] {
        let words = SearchText.words(text)
        guard !words.isEmpty, limit > 0 else { return [] }
        let needles = words.map { Data($0.utf8) }
        let key = key
        let found = try await read { db -> [(DebriefID, StepKey)] in
            var found: [(DebriefID, StepKey)] = []
            let rows = try Row.fetchCursor(db, sql: "SELECT id, search FROM debrief ORDER BY updatedAt DESC, id DESC")
            while found.count < limit, let row = try rows.next() {
                let id: String = row["id"]
                let entries = try key.open(row["search"], context: "search:" + id)
                if let step = SearchEntries.firstMatch(in: entries, words: needles) { found.append((DebriefID(rawValue: id), step)) }
            }
            return found
        }
        var hits: [SearchHit] = []
        for (id, step) in found {
            guard let answer = try await load(id)?.answers[step] else { continue }
            hits.append(SearchHit(id: id, step: step, snippet: SearchText.snippet(answer.searchableText, around: words[0])))
        }
        return hits
    }
}
