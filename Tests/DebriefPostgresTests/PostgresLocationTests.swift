#if Postgres
import DebriefKit
import DebriefPostgres
import Foundation
import Testing

@Suite struct PostgresLocationTests {
    @Test func readsEveryPartOfTheURL() throws {
        let location = try PostgresLocation("postgresql://alice:s%40cret@db.example.org:6543/careers?sslmode=require&schema=cohort_7",
                                            environment: [:])
        #expect(location.host == "db.example.org" && location.port == 6543 && location.user == "alice")
        #expect(location.password == "s@cret" && location.database == "careers")
        #expect(location.tls == .require && location.schema == "cohort_7")
        #expect(location.description == "postgresql://alice@db.example.org:6543/careers")
    }

    @Test func defaultsFollowLibpq() throws {
        let location = try PostgresLocation("postgres://bob@localhost", environment: [:])
        #expect(location.port == 5432 && location.database == "bob" && location.tls == .prefer && location.schema == "debrief")
        #expect(location.password == nil)
    }

    @Test func thePasswordComesFromPGPASSWORDThenPgpass() throws {
        let folder = NSTemporaryDirectory() + "debrief-pgpass-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let pgpass = folder + "/.pgpass"
        try "# comment\nother:5432:*:alice:nope\ndb:5432:careers:alice:from\\:pgpass\n*:*:*:*:fallback\n"
            .write(toFile: pgpass, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: pgpass)
        let url = "postgresql://alice@db/careers"
        #expect(try PostgresLocation(url, environment: ["HOME": folder, "PGPASSWORD": "from-env"]).password == "from-env")
        #expect(try PostgresLocation(url, environment: ["HOME": folder]).password == "from:pgpass")
        #expect(try PostgresLocation("postgresql://carol@elsewhere/x", environment: ["HOME": folder]).password == "fallback")
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: pgpass)
        #expect(try PostgresLocation(url, environment: ["HOME": folder]).password == nil, "a .pgpass others can read is ignored, as libpq does")
    }

    @Test func aBadAddressIsRefusedWithoutEchoingThePassword() {
        for url in ["postgresql://alice:secret@/db", "postgresql://alice:secret@db/x?sslmode=maybe", "postgresql://a:secret@db/x?schema=Drop;"] {
            let error = #expect(throws: DebriefError.self) { try PostgresLocation(url, environment: [:]) }
            #expect(error?.description.contains("secret") == false, "\(error?.description ?? "")")
        }
    }
}
#endif
