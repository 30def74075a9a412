import BenchmarkCorpus
import DebriefKit
import DebriefPostgres
import Foundation

/// The PostgreSQL side: `people` login roles in one schema, each with `perPerson` debriefs of the
/// corpus, loaded through ``PostgresStore/insert(_:)`` (multi-row statements) as the person.
struct PostgresFixture {
    let admin: PostgresLocation
    let people: Int
    let perPerson: Int
    static let schema = "bench"
    static let password = "bench"

    init(url: String, people: Int, perPerson: Int) throws {
        var admin = try PostgresLocation(url)
        admin.schema = Self.schema
        self.admin = admin
        self.people = people
        self.perPerson = perPerson
    }

    func person(_ number: Int) -> PostgresLocation {
        var location = admin
        location.user = "bench_p\(number)"
        location.password = Self.password
        return location
    }

    /// Creates the schema and the roles, then loads every person who has fewer than `perPerson` debriefs.
    func prepare() async throws {
        _ = try await PostgresStore(location: admin).list(DebriefQuery(limit: 1))
        try Self.psql("""
            DO $$ BEGIN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bench_people') THEN CREATE ROLE bench_people NOLOGIN; END IF;
                FOR n IN 0..\(people - 1) LOOP
                    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'bench_p' || n) THEN
                        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE bench_people', 'bench_p' || n, '\(Self.password)');
                    END IF;
                END LOOP;
            END $$;
            GRANT USAGE ON SCHEMA \(Self.schema) TO bench_people;
            GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA \(Self.schema) TO bench_people;
            """)
        let counts = try Self.psql("SELECT owner, count(*) FROM \(Self.schema).debrief GROUP BY owner")
            .split(separator: "\n").reduce(into: [String: Int]()) { counts, line in
                let parts = line.split(separator: "|")
                if parts.count == 2 { counts[String(parts[0])] = Int(parts[1]) }
            }
        let clock = ContinuousClock()
        let start = clock.now
        var loaded = 0
        for number in 0..<people where counts["bench_p\(number)"] != perPerson {
            let store = PostgresStore(location: person(number))
            for stale in try await store.list(.all) { _ = try await store.delete(stale.id) }
            var corpus = Corpus(seed: 2026 + UInt64(number))
            for first in stride(from: 0, to: perPerson, by: 500) {
                _ = try await store.insert((first..<min(perPerson, first + 500)).map { corpus.debrief($0) })
            }
            loaded += perPerson
        }
        if loaded > 0 {
            try Self.psql("VACUUM ANALYZE \(Self.schema).debrief, \(Self.schema).answer, \(Self.schema).event")
            log("Loaded \(loaded) debriefs into PostgreSQL in \(clock.now - start).")
        }
    }

    /// Runs `sql` through psql as the server's superuser (PG* variables), returns its unaligned output.
    @discardableResult
    static func psql(_ sql: String, user: String? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", "-X", "-q", "-t", "-A", "-v", "ON_ERROR_STOP=1", "-c", sql]
        var environment = ProcessInfo.processInfo.environment
        if let user {
            environment["PGUSER"] = user
            environment["PGPASSWORD"] = password
        }
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw BenchError("psql failed on: \(sql.prefix(200))") }
        return String(decoding: data, as: UTF8.self)
    }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

func log(_ line: String) {
    FileHandle.standardError.write(Data((line + "\n").utf8))
}
