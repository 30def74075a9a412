#if Postgres
import DebriefKit
import DebriefPostgres
import Foundation
import Testing

/// The PostgreSQL server the tests use: `DEBRIEF_TEST_POSTGRES_URL`, a superuser's address.
/// `.ci/with-postgres` starts a throwaway one and sets it; without it, the suites that need a
/// server are skipped and say so.
enum TestServer {
    static let url = ProcessInfo.processInfo.environment["DEBRIEF_TEST_POSTGRES_URL"].flatMap { $0.isEmpty ? nil : $0 }

    static var isAvailable: Bool { url != nil }

    static let skipReason: Comment = "No PostgreSQL server: set DEBRIEF_TEST_POSTGRES_URL, or run `.ci/with-postgres swift test …`"

    /// The superuser's location with a fresh schema, so each store starts empty.
    static func freshLocation(_ prefix: String = "t") throws -> PostgresLocation {
        var location = try PostgresLocation(url ?? "")
        location.schema = prefix + "_" + UUID().uuidString.prefix(12).lowercased().replacingOccurrences(of: "-", with: "")
        return location
    }

    /// A store in a fresh schema.
    static func freshStore() throws -> PostgresStore {
        PostgresStore(location: try freshLocation())
    }

    /// Runs psql as the server's superuser (or as `user` with `password`), returns what it printed.
    @discardableResult
    static func psql(_ sql: String, user: String? = nil, password: String? = nil) throws -> (output: String, status: Int32) {
        let admin = try PostgresLocation(url ?? "")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1", "-c", sql]
        var environment = ProcessInfo.processInfo.environment
        environment["PGHOST"] = admin.host
        environment["PGPORT"] = String(admin.port)
        environment["PGDATABASE"] = admin.database
        environment["PGUSER"] = user ?? admin.user
        environment["PGPASSWORD"] = password ?? admin.password
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines), process.terminationStatus)
    }

    /// A new login role in the group that may use Debrief's tables in `schema`, as Documentation/Postgres.md sets it up.
    static func person(_ name: String, schema: String) throws -> PostgresLocation {
        let password = UUID().uuidString
        let group = schema + "_people"
        try psql("""
            DO $$ BEGIN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '\(group)') THEN CREATE ROLE \(group) NOLOGIN; END IF;
            END $$;
            GRANT USAGE ON SCHEMA \(schema) TO \(group);
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA \(schema) TO \(group);
            CREATE ROLE \(name) LOGIN PASSWORD '\(password)' IN ROLE \(group);
            """)
        var location = try PostgresLocation(url ?? "")
        location.user = name
        location.password = password
        location.schema = schema
        return location
    }
}
#endif
