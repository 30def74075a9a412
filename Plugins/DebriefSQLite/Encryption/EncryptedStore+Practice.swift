public import DebriefKit
import Foundation
import GRDB

/// The practice deck of an encrypted store, in the same file: each card and review is a box;
/// the card's id (a debrief id and step key) and due day stay plain.
extension EncryptedStore: PracticeStore {
    public func merge(_ cards: [PracticeCard]) async throws -> Int {
        let key = key
        return try await write { db in
            var added = 0
            for card in cards {
                if let box = try Data.fetchOne(db, sql: "SELECT card FROM practice_card WHERE id = ?", arguments: [card.id]) {
                    var kept = try Self.open(PracticeCard.self, box, key: key, context: "practice_card:" + card.id)
                    guard kept.question != card.question || kept.lastAnswer != card.lastAnswer else { continue }
                    kept.question = card.question
                    kept.lastAnswer = card.lastAnswer
                    try Self.write(kept, db, key: key)
                } else {
                    try Self.write(card, db, key: key)
                    added += 1
                }
            }
            return added
        }
    }

    public func cards() async throws -> [PracticeCard] {
        let key = key
        return try await read { db in
            try Row.fetchAll(db, sql: "SELECT id, card FROM practice_card ORDER BY id").map { row in
                try Self.open(PracticeCard.self, row["card"], key: key, context: "practice_card:" + (row["id"] as String))
            }
        }
    }

    public func due(on day: DayDate, limit: Int?) async throws -> [PracticeCard] {
        let due = PracticeCard.due(try await cards(), on: day)
        return Array(limit.map { due.prefix($0) } ?? due[...])
    }

    public func record(_ review: PracticeReview, card: PracticeCard) async throws {
        let key = key
        let reviewBox = try key.seal(try DebriefJSON.encoder().encode(review), context: "practice_review:" + card.id)
        try await write { db in
            guard review.cardID == card.id,
                  try Bool.fetchOne(db, sql: "SELECT 1 FROM practice_card WHERE id = ?", arguments: [card.id]) == true else {
                throw DebriefError(.notFound, "No practice card \"\(card.id)\" to record a review for.",
                                   recovery: "Rebuild the deck from your debriefs, then practise again.")
            }
            try Self.write(card, db, key: key)
            try db.execute(sql: "INSERT INTO practice_review (cardID, review) VALUES (?, ?)", arguments: [card.id, reviewBox])
        }
    }

    public func reviews(of cardID: String) async throws -> [PracticeReview] {
        let key = key
        return try await read { db in
            try Data.fetchAll(db, sql: "SELECT review FROM practice_review WHERE cardID = ? ORDER BY seq", arguments: [cardID])
                .map { try Self.open(PracticeReview.self, $0, key: key, context: "practice_review:" + cardID) }
        }
    }

    private static func write(_ card: PracticeCard, _ db: Database, key: DataKey) throws {
        let box = try key.seal(try DebriefJSON.encoder().encode(card), context: "practice_card:" + card.id)
        try db.execute(sql: """
            INSERT INTO practice_card (id, due, card) VALUES (?, ?, ?)
            ON CONFLICT(id) DO UPDATE SET due = excluded.due, card = excluded.card
            """, arguments: [card.id, card.schedule.due.iso, box])
    }

    private static func open<T: Decodable>(_ type: T.Type, _ box: Data, key: DataKey, context: String) throws -> T {
        try DebriefJSON.decoder().decode(type, from: try key.open(box, context: context))
    }
}
