#if Postgres
extension PostgresStore {
    /// Every schema change, from the first. Documentation/Postgres.md describes the result.
    ///
    /// Every row carries its `owner`, the role that wrote it. Row-level security, forced even
    /// on the tables' owner, lets a role see and change only its own rows; a role named in
    /// `counsellor` by a person may also read that person's debriefs. Superusers bypass
    /// row-level security, as they bypass every check: people never connect as one.
    static let migrations: [PostgresMigration] = [
        PostgresMigration(version: 1, statements: [
            """
            CREATE TABLE debrief (
                owner name NOT NULL DEFAULT current_user,
                id text NOT NULL,
                revision integer NOT NULL,
                created_at double precision NOT NULL,
                updated_at double precision NOT NULL,
                status text NOT NULL,
                company text,
                company_key text,
                role text,
                interview_date text,
                stage text,
                outcome text,
                document text NOT NULL,
                PRIMARY KEY (owner, id)
            )
            """,
            "CREATE INDEX debrief_updated ON debrief (owner, updated_at DESC, id DESC)",
            "CREATE INDEX debrief_status ON debrief (owner, status, updated_at DESC)",
            """
            CREATE TABLE answer (
                owner name NOT NULL DEFAULT current_user,
                debrief_id text NOT NULL,
                step text NOT NULL,
                json text NOT NULL,
                text text NOT NULL,
                raw text NOT NULL,
                answered_at double precision NOT NULL,
                words tsvector NOT NULL,
                PRIMARY KEY (owner, debrief_id, step),
                FOREIGN KEY (owner, debrief_id) REFERENCES debrief (owner, id) ON DELETE CASCADE
            )
            """,
            "CREATE INDEX answer_words ON answer USING gin (words)",
            """
            CREATE TABLE event (
                owner name NOT NULL DEFAULT current_user,
                debrief_id text NOT NULL,
                seq integer NOT NULL,
                at text NOT NULL,
                kind text NOT NULL,
                step text,
                body text NOT NULL,
                PRIMARY KEY (owner, debrief_id, seq),
                FOREIGN KEY (owner, debrief_id) REFERENCES debrief (owner, id) ON DELETE CASCADE
            )
            """,
            """
            CREATE TABLE practice_card (
                owner name NOT NULL DEFAULT current_user,
                id text NOT NULL,
                card text NOT NULL,
                PRIMARY KEY (owner, id)
            )
            """,
            """
            CREATE TABLE practice_review (
                owner name NOT NULL DEFAULT current_user,
                seq bigint GENERATED ALWAYS AS IDENTITY,
                card_id text NOT NULL,
                review text NOT NULL,
                PRIMARY KEY (owner, seq),
                FOREIGN KEY (owner, card_id) REFERENCES practice_card (owner, id) ON DELETE CASCADE
            )
            """,
            "CREATE INDEX practice_review_card ON practice_review (owner, card_id, seq)",
            """
            CREATE TABLE counsellor (
                owner name NOT NULL DEFAULT current_user,
                counsellor name NOT NULL,
                PRIMARY KEY (owner, counsellor)
            )
            """,
        ] + ["debrief", "answer", "event", "practice_card", "practice_review", "counsellor"].flatMap { table in [
            "ALTER TABLE \(table) ENABLE ROW LEVEL SECURITY",
            "ALTER TABLE \(table) FORCE ROW LEVEL SECURITY",
            "CREATE POLICY own_rows ON \(table) USING (owner = current_user) WITH CHECK (owner = current_user)",
        ] } + [
            "CREATE POLICY counsellor_sees_grants ON counsellor FOR SELECT USING (counsellor = current_user)",
        ] + ["debrief", "answer", "event"].map { table in
            """
            CREATE POLICY counsellor_reads ON \(table) FOR SELECT
                USING (EXISTS (SELECT 1 FROM counsellor c WHERE c.owner = \(table).owner AND c.counsellor = current_user))
            """
        }),
        // Facts (`PostgresStore.facts`): each answer's type, kept by the server from its JSON, so
        // the practice deck picks STAR answers without decoding the others. Search: each
        // debrief's words (all its answers'), so a search rules a debrief out without reading
        // its answers; filled from the answers' words, past row-level security for the tables' owner.
        PostgresMigration(version: 2, statements: [
            "ALTER TABLE answer ADD COLUMN kind text GENERATED ALWAYS AS (json::json #>> '{value,type}') STORED",
            "ALTER TABLE debrief ADD COLUMN words tsvector NOT NULL DEFAULT ''",
            "ALTER TABLE debrief NO FORCE ROW LEVEL SECURITY",
            "ALTER TABLE answer NO FORCE ROW LEVEL SECURITY",
            """
            UPDATE debrief d SET words = coalesce((
                SELECT array_to_tsvector(array_agg(DISTINCT u.lexeme)) FROM answer a, unnest(a.words) u
                WHERE a.owner = d.owner AND a.debrief_id = d.id AND u.lexeme NOT LIKE ' owner %'), '')
            """,
            "ALTER TABLE debrief FORCE ROW LEVEL SECURITY",
            "ALTER TABLE answer FORCE ROW LEVEL SECURITY",
        ]),
    ]
}
#endif
