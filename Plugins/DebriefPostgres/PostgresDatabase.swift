#if Postgres
import DebriefKit
import Foundation
import PostgresNIO

/// The connection pool behind a ``PostgresStore``: runs the client, migrates the schema once
/// before the first query, and turns server errors into ``DebriefKit/DebriefError``s.
final class PostgresDatabase: Sendable {
    let location: PostgresLocation
    let client: PostgresClient
    private let runner: Task<Void, Never>
    private let migration: Task<Void, any Error>
    let logger: Logger

    init(_ location: PostgresLocation, migrations: [PostgresMigration]) {
        var logger = Logger(label: "debrief.postgres")
        logger.logLevel = .critical
        self.logger = logger
        self.location = location
        var configuration = location.configuration
        configuration.options.maximumConnections = 16
        let client = PostgresClient(configuration: configuration, backgroundLogger: logger)
        self.client = client
        runner = Task { await client.run() }
        // One connection of its own, tried once: an unreachable server or a refused password is
        // reported at once, where the pool would keep retrying.
        migration = Task { [logger] in
            let connection = try await PostgresConnection.connect(configuration: try location.connectionConfiguration(), id: 0, logger: logger)
            do {
                try await PostgresMigration.apply(migrations, schema: location.schema, connection: connection, logger: logger)
            } catch {
                try? await connection.close()
                throw error
            }
            try? await connection.close()
        }
    }

    deinit {
        migration.cancel()
        runner.cancel()
    }

    /// Runs `body` on a pooled connection once the schema is ready.
    func withConnection<T: Sendable>(_ body: @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        do {
            try await migration.value
            return try await client.withConnection { connection in try await body(connection) }
        } catch {
            throw storageError(error)
        }
    }

    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    func transaction<T: Sendable>(_ body: @Sendable (PostgresConnection) async throws -> T) async throws -> T {
        try await withConnection { [logger] connection in
            try await connection.query("BEGIN", logger: logger)
            do {
                let value = try await body(connection)
                try await connection.query("COMMIT", logger: logger)
                return value
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: logger)
                throw error
            }
        }
    }

    /// Runs one query and collects its rows.
    func rows(_ query: PostgresQuery) async throws -> [PostgresRow] {
        try await withConnection { [logger] connection in
            try await connection.query(query, logger: logger).collect()
        }
    }

    /// Runs one prepared statement and collects its rows.
    func execute<Statement: PostgresPreparedStatement>(_ statement: Statement) async throws -> [Statement.Row]
    where Statement.Row: Sendable {
        try await withConnection { [logger] connection in
            try await connection.execute(statement, logger: logger).reduce(into: []) { $0.append($1) }
        }
    }

    /// A ``DebriefKit/DebriefError`` that says what went wrong with the server and what to do.
    func storageError(_ error: any Error) -> any Error {
        Self.storageError(error, location: location)
    }

    static func storageError(_ error: any Error, location: PostgresLocation) -> any Error {
        if error is DebriefError || error is CancellationError { return error }
        let address = location.description
        guard let error = error as? PSQLError else {
            return DebriefError(.storage, "The PostgreSQL store at \(address) failed.",
                                recovery: "Check the address and that the server runs, then try again.")
        }
        let state = error.serverInfo?[.sqlState] ?? ""
        let message = error.serverInfo?[.message] ?? ""
        switch (error.code, state) {
        case (.server, "28P01"), (.server, "28000"), (.authMechanismRequiresPassword, _), (.saslError, _):
            return DebriefError(.storage, "PostgreSQL at \(address) refused to let \(location.user) in\(message.isEmpty ? "" : ": \(message)").",
                                recovery: "Give the password in PGPASSWORD or ~/.pgpass (see Documentation/Postgres.md), not on the command line.")
        case (.server, "3D000"):
            return DebriefError(.storage, "PostgreSQL at \(location.host):\(location.port) has no database \"\(location.database)\".",
                                recovery: "Ask its administrator to create it, or fix the address.")
        case (.server, "42501"):
            return DebriefError(.storage, "\(location.user) may not use Debrief's tables at \(address): \(message).",
                                recovery: "Ask the administrator to grant the role access (see Documentation/Postgres.md).")
        case (.server, _):
            return DebriefError(.storage, "PostgreSQL at \(address) refused a request: \(message).",
                                recovery: "Try again; if it keeps failing, export your debriefs and report the problem.")
        case (.sslUnsupported, _):
            return DebriefError(.storage, "PostgreSQL at \(address) does not offer TLS, and the address asks for it.",
                                recovery: "Turn on ssl in the server's configuration, or drop sslmode=require if the network is private.")
        default:
            return DebriefError(.storage, "Debrief can't reach PostgreSQL at \(address).",
                                recovery: "Check that the server runs and the host and port are right, then try again.")
        }
    }
}
#endif
