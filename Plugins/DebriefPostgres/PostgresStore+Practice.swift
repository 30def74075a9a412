#if Postgres
public import DebriefKit
import Foundation
import PostgresNIO

/// The practice deck, in the same database and under the same row-level security as the debriefs.
extension PostgresStore {
    public func merge(_ cards: [PracticeCard]) async throws -> Int {
        let encoded = try cards.map { ($0, try Self.encode($0)) }
        return try await database.transaction { [logger = database.logger] connection in
            var added = 0
            for (card, json) in encoded {
                let rows = try await connection.query("""
                    SELECT card FROM practice_card WHERE owner = current_user AND id = \(card.id) FOR UPDATE
                    """, logger: logger).collect()
                if let stored = rows.first {
                    var kept = try Self.decode(PracticeCard.self, try stored.decode(String.self))
                    kept.question = card.question
                    kept.lastAnswer = card.lastAnswer
                    try await connection.query("""
                        UPDATE practice_card SET card = \(try Self.encode(kept)) WHERE owner = current_user AND id = \(card.id)
                        """, logger: logger)
                } else {
                    added += try await connection.query("""
                        INSERT INTO practice_card (id, card) VALUES (\(card.id), \(json)) ON CONFLICT DO NOTHING RETURNING 1
                        """, logger: logger).collect().count
                }
            }
            return added
        }
    }

    public func cards() async throws -> [PracticeCard] {
        try await database.rows("SELECT card FROM practice_card WHERE owner = current_user ORDER BY id")
            .map { try Self.decode(PracticeCard.self, try $0.decode(String.self)) }
    }

    public func due(on day: DayDate, limit: Int?) async throws -> [PracticeCard] {
        let due = PracticeCard.due(try await cards(), on: day)
        return Array(limit.map { due.prefix($0) } ?? due[...])
    }

    public func record(_ review: PracticeReview, card: PracticeCard) async throws {
        let cardJSON = try Self.encode(card), reviewJSON = try Self.encode(review)
        try await database.transaction { [logger = database.logger] connection in
            let updated = try await connection.query("""
                UPDATE practice_card SET card = \(cardJSON) WHERE owner = current_user AND id = \(card.id) RETURNING 1
                """, logger: logger).collect()
            guard review.cardID == card.id, !updated.isEmpty else {
                throw DebriefError(.notFound, "No practice card \"\(card.id)\" to record a review for.",
                                   recovery: "Rebuild the deck from your debriefs, then practise again.")
            }
            try await connection.query("INSERT INTO practice_review (card_id, review) VALUES (\(card.id), \(reviewJSON))", logger: logger)
        }
    }

    public func reviews(of cardID: String) async throws -> [PracticeReview] {
        try await database.rows("SELECT review FROM practice_review WHERE owner = current_user AND card_id = \(cardID) ORDER BY seq")
            .map { try Self.decode(PracticeReview.self, try $0.decode(String.self)) }
    }

    private static func encode(_ value: some Encodable) throws -> String {
        String(decoding: try DebriefJSON.encoder().encode(value), as: UTF8.self)
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try DebriefJSON.decoder().decode(type, from: Data(json.utf8))
    }
}
#endif
