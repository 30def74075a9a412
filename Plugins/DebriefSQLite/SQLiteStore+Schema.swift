import GRDB

extension SQLiteStore {
    /// Every schema change, from the first; applied in order when a store opens.
    ///
    /// Migrations are append-only: a released migration is never edited, a change is a
    /// new one. Documentation/Storage.md describes the resulting schema.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: "PRAGMA application_id = \(DatabaseFile.applicationID)")
            try db.execute(sql: """
                CREATE TABLE debrief (
                    id TEXT PRIMARY KEY NOT NULL,
                    revision INTEGER NOT NULL,
                    createdAt REAL NOT NULL,
                    updatedAt REAL NOT NULL,
                    status TEXT NOT NULL,
                    company TEXT,
                    companyKey TEXT,
                    role TEXT,
                    interviewDate TEXT,
                    stage TEXT,
                    outcome TEXT,
                    document TEXT NOT NULL
                );
                CREATE INDEX debrief_updated ON debrief(updatedAt, id);
                CREATE INDEX debrief_status ON debrief(status, updatedAt);
                CREATE INDEX debrief_company ON debrief(companyKey);
                CREATE INDEX debrief_interview_date ON debrief(interviewDate);

                CREATE TABLE answer (
                    id INTEGER PRIMARY KEY,
                    debriefId TEXT NOT NULL REFERENCES debrief(id) ON DELETE CASCADE,
                    step TEXT NOT NULL,
                    text TEXT NOT NULL,
                    raw TEXT NOT NULL,
                    answeredAt REAL NOT NULL,
                    UNIQUE (debriefId, step)
                );

                CREATE VIRTUAL TABLE answer_fts USING fts5(
                    text, content = 'answer', content_rowid = 'id',
                    tokenize = 'unicode61 remove_diacritics 2'
                );
                CREATE TRIGGER answer_fts_insert AFTER INSERT ON answer BEGIN
                    INSERT INTO answer_fts(rowid, text) VALUES (new.id, new.text);
                END;
                CREATE TRIGGER answer_fts_delete AFTER DELETE ON answer BEGIN
                    INSERT INTO answer_fts(answer_fts, rowid, text) VALUES ('delete', old.id, old.text);
                END;
                CREATE TRIGGER answer_fts_update AFTER UPDATE OF text ON answer BEGIN
                    INSERT INTO answer_fts(answer_fts, rowid, text) VALUES ('delete', old.id, old.text);
                    INSERT INTO answer_fts(rowid, text) VALUES (new.id, new.text);
                END;

                CREATE TABLE event (
                    debriefId TEXT NOT NULL REFERENCES debrief(id) ON DELETE CASCADE,
                    seq INTEGER NOT NULL,
                    at TEXT NOT NULL,
                    kind TEXT NOT NULL,
                    step TEXT,
                    body TEXT NOT NULL,
                    PRIMARY KEY (debriefId, seq)
                ) WITHOUT ROWID;
                """)
        }
        // Answers move out of the document into their own rows, so a turn's save rewrites
        // one small answer row instead of a document that grows with every answer.
        migrator.registerMigration("v2") { db in
            // The index changes only when the text does, not when an answer is re-dated or re-stored.
            try db.execute(sql: """
                ALTER TABLE answer ADD COLUMN json TEXT NOT NULL DEFAULT '';
                DROP TRIGGER answer_fts_update;
                CREATE TRIGGER answer_fts_update AFTER UPDATE OF text ON answer WHEN old.text IS NOT new.text BEGIN
                    INSERT INTO answer_fts(answer_fts, rowid, text) VALUES ('delete', old.id, old.text);
                    INSERT INTO answer_fts(rowid, text) VALUES (new.id, new.text);
                END;
                """)
            var after = ""
            while true {
                let rows = try Row.fetchAll(db, sql: "SELECT id, document FROM debrief WHERE id > ? ORDER BY id LIMIT 1000", arguments: [after])
                guard let last = rows.last else { break }
                for row in rows {
                    let record = try StoredDebrief(SQLiteStore.decode(row["document"]))
                    try db.execute(sql: "UPDATE debrief SET document = ? WHERE id = ?", arguments: [record.document, record.id])
                    try record.writeAnswers(db)
                }
                after = last["id"]
            }
        }
        // The facts summaries read (insights, plans, practice, reports) get their own rows,
        // kept with every save, so no summary decodes a document (see FactRows).
        migrator.registerMigration("v3") { db in
            try db.execute(sql: """
                CREATE TABLE fact (
                    debriefId TEXT NOT NULL REFERENCES debrief(id) ON DELETE CASCADE,
                    step TEXT NOT NULL,
                    item INTEGER NOT NULL,
                    part INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    value,
                    PRIMARY KEY (debriefId, step, item, part)
                ) WITHOUT ROWID;
                CREATE INDEX debrief_facts ON debrief(id, createdAt, company, role, interviewDate, stage, outcome);
                """)
            try FactRows.rebuild(db)
        }
        // Date answers by step and day, for what is due when Debrief starts (datedFacts): the
        // index holds days only, no one's words.
        migrator.registerMigration("fact-dates") { db in
            try db.execute(sql: "CREATE INDEX fact_dates ON fact(step, value) WHERE kind = 'date'")
        }
        return migrator
    }
}
