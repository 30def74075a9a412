public import DebriefKit
import Foundation
import GRDB

/// The practice deck on SQLite: cards and their reviews in `practice.sqlite`, next to the
/// debriefs, with the same care (0700 folder, 0600 file, foreign files refused untouched).
///
/// A file of its own keeps the deck's schema apart from the debriefs': deleting it resets
/// practice and loses no debrief. Passes `PracticeStoreConformance`.
///
/// ```swift
/// let practice = try SQLitePracticeStore(path: SQLitePracticeStore.path(besideStore: storePath))
/// _ = try await practice.refresh(from: store, addedOn: today)
/// ```
public final class SQLitePracticeStore: PracticeStore {
    /// The database file.
    public let path: String
    private let pool: DatabasePool

    /// `practice.sqlite` in the folder of the debrief store at `storePath`.
    public static func path(besideStore storePath: String) -> String {
        ((storePath as NSString).deletingLastPathComponent as NSString).appendingPathComponent("practice.sqlite")
    }

    /// Opens (or creates) the deck at `path`.
    public init(path: String) throws {
        self.path = path
        do {
            var configuration = Configuration()
            configuration.busyMode = .timeout(10)
            pool = try DatabaseFile.open(path, readOnly: false, configuration: configuration, migrator: Self.migrator).pool
        } catch {
            throw SQLiteStore.storageError(error, path: path)
        }
    }

    /// Closes the database; later calls fail with a storage error.
    public func close() throws {
        try pool.close()
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("practice-v1") { db in
            try db.execute(sql: "PRAGMA application_id = \(DatabaseFile.applicationID)")
            try db.create(table: "practice_card") { t in
                t.primaryKey("id", .text)
                t.column("card", .jsonText).notNull()
            }
            try db.create(table: "practice_review") { t in
                t.autoIncrementedPrimaryKey("seq")
                t.column("card_id", .text).notNull().indexed().references("practice_card", onDelete: .cascade)
                t.column("review", .jsonText).notNull()
            }
        }
        // Each card's day in plain columns, so counting what is due reads neither the cards' JSON
        // nor their words.
        migrator.registerMigration("practice-v2-due") { db in
            try db.execute(sql: """
                ALTER TABLE practice_card ADD COLUMN due TEXT;
                ALTER TABLE practice_card ADD COLUMN repeatOn TEXT;
                UPDATE practice_card SET due = json_extract(card, '$.schedule.due'), repeatOn = json_extract(card, '$.schedule.repeatOn');
                CREATE INDEX practice_card_due ON practice_card(due);
                CREATE INDEX practice_card_repeat ON practice_card(repeatOn);
                """)
        }
        return migrator
    }

    public func merge(_ cards: [PracticeCard]) async throws -> Int {
        try await pool.write { db in
            var added = 0
            let select = try db.cachedStatement(sql: "SELECT card FROM practice_card WHERE id = ?")
            for card in cards {
                if let existing = try String.fetchOne(select, arguments: [card.id]) {
                    var kept = try Self.decode(PracticeCard.self, existing)
                    // A refresh before every round finds most cards as they were: rewrite only what changed.
                    guard kept.question != card.question || kept.lastAnswer != card.lastAnswer else { continue }
                    kept.question = card.question
                    kept.lastAnswer = card.lastAnswer
                    try db.cachedStatement(sql: "UPDATE practice_card SET card = ? WHERE id = ?").execute(arguments: [try Self.encode(kept), card.id])
                } else {
                    try db.cachedStatement(sql: "INSERT INTO practice_card (id, card, due, repeatOn) VALUES (?, ?, ?, ?)")
                        .execute(arguments: [card.id, try Self.encode(card), card.schedule.due.iso, card.schedule.repeatOn?.iso])
                    added += 1
                }
            }
            return added
        }
    }

    public func cards() async throws -> [PracticeCard] {
        try await pool.read { db in
            try String.fetchAll(db, sql: "SELECT card FROM practice_card ORDER BY id").map { try Self.decode(PracticeCard.self, $0) }
        }
    }

    public func due(on day: DayDate, limit: Int?) async throws -> [PracticeCard] {
        let due = PracticeCard.due(try await cards(), on: day)
        return Array(limit.map { due.prefix($0) } ?? due[...])
    }

    /// Counts on the day columns and their indexes: no card is decoded.
    public func dueCount(on day: DayDate) async throws -> Int {
        try await pool.read { db in try Self.countDue(db, on: day) }
    }

    /// How many cards are due on `day` in the deck at `path`, or nil when there is none: what
    /// `debrief` says as it starts. One read-only connection, so neither opening for writing nor
    /// closing (a checkpoint) is paid; a deck an older Debrief wrote is opened as usual, and upgraded.
    public static func dueCount(at path: String, on day: DayDate) async throws -> Int? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        if let queue = try? DatabaseQueue(path: path, configuration: configuration) {
            defer { try? queue.close() }
            if let count = try? await queue.read({ db in try countDue(db, on: day) }) { return count }
        }
        return try await SQLitePracticeStore(path: path).dueCount(on: day)
    }

    /// Two counts on the day indexes rather than one OR, which would gather and dedupe every due card's row.
    private static func countDue(_ db: Database, on day: DayDate) throws -> Int {
        try Int.fetchOne(db, sql: """
            SELECT (SELECT count(*) FROM practice_card WHERE due <= ?1) + (SELECT count(*) FROM practice_card WHERE repeatOn = ?1 AND due > ?1)
            """, arguments: [day.iso]) ?? 0
    }

    public func record(_ review: PracticeReview, card: PracticeCard) async throws {
        let cardJSON = try Self.encode(card), reviewJSON = try Self.encode(review)
        try await pool.write { db in
            guard review.cardID == card.id,
                  try Bool.fetchOne(db, sql: "SELECT 1 FROM practice_card WHERE id = ?", arguments: [card.id]) == true else {
                throw DebriefError(.notFound, "No practice card \"\(card.id)\" to record a review for.",
                                   recovery: "Rebuild the deck from your debriefs, then practise again.")
            }
            try db.execute(sql: "UPDATE practice_card SET card = ?, due = ?, repeatOn = ? WHERE id = ?",
                           arguments: [cardJSON, card.schedule.due.iso, card.schedule.repeatOn?.iso, card.id])
            try db.execute(sql: "INSERT INTO practice_review (card_id, review) VALUES (?, ?)", arguments: [card.id, reviewJSON])
        }
    }

    public func reviews(of cardID: String) async throws -> [PracticeReview] {
        try await pool.read { db in
            try String.fetchAll(db, sql: "SELECT review FROM practice_review WHERE card_id = ? ORDER BY seq", arguments: [cardID])
                .map { try Self.decode(PracticeReview.self, $0) }
        }
    }

    private static func encode(_ value: some Encodable) throws -> String {
        String(decoding: try DebriefJSON.encoder().encode(value), as: UTF8.self)
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ json: String) throws -> T {
        try DebriefJSON.decoder().decode(type, from: Data(json.utf8))
    }
}
