import DebriefKit
import Foundation
import GRDB

/// What a conversion read, to check nothing was written since: the number of debriefs and the
/// sum of their revisions (every save raises one), and the practice deck's cards and reviews.
struct Fingerprint: Equatable {
    var debriefs = 0, revisions = 0, cards = 0, reviews = 0

    init(_ debriefs: [Debrief], deck: PracticeBackup?) {
        self.debriefs = debriefs.count
        revisions = debriefs.reduce(0) { $0 + max(1, $1.revision) }
        cards = deck?.cards.count ?? 0
        reviews = deck?.reviews.count ?? 0
    }

    /// The same counts read from a plain or encrypted store, or a practice deck.
    init(_ db: Database) throws {
        func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
        func has(_ table: String) throws -> Bool { try db.tableExists(table) }
        if try has("debrief") {
            debriefs = try count("SELECT count(*) FROM debrief")
            revisions = try count("SELECT CAST(total(max(1, revision)) AS INTEGER) FROM debrief")
        }
        if try has("practice_card") {
            cards = try count("SELECT count(*) FROM practice_card")
            reviews = try count("SELECT count(*) FROM practice_review")
        }
    }
}

/// A database held so no other connection, in any process, can read or write it: SQLite's
/// exclusive locking mode, with the WAL folded back into the file (journal mode DELETE).
///
/// Taking it waits out readers (the busy timeout); it then checks the database still holds
/// what was read (``Fingerprint``), and refuses to go on otherwise.
final class ExclusiveDatabase {
    let path: String
    private var queue: DatabaseQueue?

    init(_ path: String, expecting expected: Fingerprint) throws {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA locking_mode = EXCLUSIVE") }
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        self.queue = queue
        let found = try queue.writeWithoutTransaction { db -> Fingerprint in
            try db.execute(sql: "PRAGMA journal_mode = DELETE")
            return try Fingerprint(db)
        }
        guard found == expected else {
            close()
            throw DebriefError(.conflict, "\(path) changed while it was being converted.",
                               recovery: "Nothing was lost and it was left as it is; run the command again when no other debrief command is running.")
        }
    }

    deinit { close() }

    /// Lets other connections in again.
    func close() {
        try? queue?.close()
        queue = nil
    }
}
