#if Postgres
import DebriefKit
import PostgresNIO

/// One versioned schema change. Applied in order, each once, recorded in the `migration` table.
///
/// Migrations are append-only: a released one is never edited, a change is a new one.
struct PostgresMigration: Sendable {
    let version: Int
    /// Statements run in one transaction, with the tables' schema first on the search path.
    let statements: [String]

    /// Brings the schema up to the last of `migrations`, or refuses a newer one untouched.
    ///
    /// When the schema is current nothing is locked or written, so a role that may only read
    /// and write rows opens it. Otherwise the changes run in one transaction under an advisory
    /// lock, so two clients opening a new database at once don't both create it.
    static func apply(_ migrations: [PostgresMigration], schema: String, connection: PostgresConnection, logger: Logger) async throws {
        let latest = migrations.map(\.version).max() ?? 0
        do {
            let stored = try await storedVersion(connection, schema: schema, logger: logger)
            if stored == latest { return }
            if stored > latest { throw newer(schema: schema, version: stored) }
            try await connection.query("BEGIN", logger: logger)
            do {
                try await connection.query("SELECT pg_advisory_xact_lock(hashtextextended(\("debrief-migration:" + schema), 0))", logger: logger)
                try await connection.query(PostgresQuery(unsafeSQL: "CREATE SCHEMA IF NOT EXISTS \(schema)"), logger: logger)
                try await connection.query("""
                    CREATE TABLE IF NOT EXISTS migration (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())
                    """, logger: logger)
                let current = try await storedVersion(connection, schema: schema, logger: logger)
                if current > latest { throw newer(schema: schema, version: current) }
                for migration in migrations where migration.version > current {
                    for statement in migration.statements {
                        try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                    }
                    try await connection.query("INSERT INTO migration (version) VALUES (\(migration.version))", logger: logger)
                }
                try await connection.query("COMMIT", logger: logger)
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: logger)
                throw error
            }
        }
    }

    /// The highest version applied, 0 when the schema has no migration table yet.
    private static func storedVersion(_ connection: PostgresConnection, schema: String, logger: Logger) async throws -> Int {
        let table = schema + ".migration"
        let rows = try await connection.query("""
            SELECT CASE WHEN to_regclass(\(table)) IS NULL THEN 0 ELSE -1 END
            """, logger: logger).collect()
        if try rows.first?.decode(Int.self) == 0 { return 0 }
        let versions = try await connection.query("SELECT coalesce(max(version), 0) FROM migration", logger: logger).collect()
        return try versions.first?.decode(Int.self) ?? 0
    }

    private static func newer(schema: String, version: Int) -> DebriefError {
        DebriefError(.storage, "The Debrief tables in schema \"\(schema)\" were written by a newer version of Debrief (schema \(version)).",
                     recovery: "Update Debrief to use them; this version left them untouched.")
    }
}
#endif
