import DebriefKit
import Foundation
import Testing

#if Postgres

/// The server the tests use: a superuser's address.
enum PostgresServer {
    static let address = ProcessInfo.processInfo.environment["DEBRIEF_TEST_POSTGRES_URL"].flatMap(URLComponents.init(string:))
}

/// The real binary, built with the Postgres trait, against the server in `DEBRIEF_TEST_POSTGRES_URL`
/// (`.ci/with-postgres` starts one): every storage command works on `--store postgresql://…`.
@Suite(.enabled(if: PostgresServer.address != nil,
                "No PostgreSQL server: set DEBRIEF_TEST_POSTGRES_URL, or run `.ci/with-postgres swift test …`"))
struct PostgresCommandTests {
    typealias Workspace = StorageCommandTests.Workspace

    /// An address in a fresh schema, without its password: the binary reads that from the workspace's ~/.pgpass.
    static func address(in workspace: Workspace) throws -> String {
        let server = try #require(PostgresServer.address)
        let (user, host, port, database) = (server.user ?? "postgres", server.host ?? "127.0.0.1", server.port ?? 5432, server.path.dropFirst())
        let pgpass = workspace.folder + "/.pgpass"
        try "\(host):\(port):\(database):\(user):\(server.password ?? "")\n".write(toFile: pgpass, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: pgpass)
        let schema = "e2e_" + UUID().uuidString.prefix(8).lowercased()
        return "postgresql://\(user)@\(host):\(port)/\(database)?schema=\(schema)"
    }

    @Test func aPipedDebriefThenEveryStorageCommandAgainstPostgres() throws {
        let workspace = try Workspace()
        let store = try Self.address(in: workspace)
        let run = try workspace.debrief("--store", store, input: NaturalDebrief.input)
        #expect(run.status == 0, "\(run.err)")

        let list = try workspace.debrief("list", "--store", store)
        #expect(list.status == 0 && list.out.contains("Acme Café") && list.out.contains("done"), "\(list.out)\(list.err)")
        let summaries = try DebriefJSON.decoder().decode([DebriefSummary].self,
                                                         from: Data(workspace.debrief("list", "--store", store, "--format", "json").out.utf8))
        let id = try #require(summaries.first?.id)
        #expect(try workspace.debrief("show", String(id.rawValue.prefix(4)), "--store", store).out.contains("portfolio walk-through"))
        let search = try workspace.debrief("search", "DESIGN", "tea", "--store", store)
        #expect(search.out.contains(id.short) && search.out.contains("design team first"), "\(search.out)\(search.err)")
        let insights = try workspace.debrief("insights", "--store", store)
        #expect(insights.status == 0 && !insights.out.isEmpty, "\(insights.err)")
        let report = try workspace.debrief("report", "--store", store)
        #expect(report.status == 0 && report.out.contains("Acme Café"), "\(report.err)")

        let exported = try workspace.debrief("export", "--store", store)
        let archive = try DebriefJSON.decoder().decode(DebriefArchive.self, from: Data(exported.out.utf8))
        #expect(archive.debriefs.map(\.id) == [id] && !archive.debriefs[0].transcript.isEmpty)
        let file = workspace.folder + "/archive.json"
        try exported.out.write(toFile: file, atomically: true, encoding: .utf8)
        let other = try Self.address(in: workspace)
        let imported = try workspace.debrief("import", file, "--store", other)
        #expect(imported.status == 0 && imported.err.contains("Imported 1 debrief."), "\(imported.err)")
        #expect(try workspace.debrief("export", "--store", other).out == exported.out, "export → import → export gives the same archive")
        #expect(try workspace.debrief("import", file, "--store", other).err.contains("1 was already here"))
    }

    @Test func aWrongPasswordIsExplainedAndNeverEchoed() throws {
        let workspace = try Workspace()
        let store = try Self.address(in: workspace).replacingOccurrences(of: "@", with: ":not-the-password@")
        let run = try workspace.debrief("list", "--store", store)
        #expect(run.status != 0 && run.err.contains("PGPASSWORD or ~/.pgpass"), "\(run.err)")
        #expect(!run.err.contains("not-the-password"))
    }
}
#else
/// The default build has no PostgreSQL support, and says so instead of treating the address as a file.
@Suite struct PostgresWithoutTheTraitTests {
    @Test func aPostgresAddressIsRefusedWithHowToBuildSupportForIt() throws {
        let workspace = try StorageCommandTests.Workspace()
        let run = try workspace.debrief("list", "--store", "postgresql://alice@127.0.0.1:1/careers")
        #expect(run.status != 0 && run.err.contains("built without PostgreSQL support") && run.err.contains("--traits Postgres"), "\(run.err)")
        #expect(!FileManager.default.fileExists(atPath: "postgresql:"), "no file was created for the address")
    }
}
#endif
