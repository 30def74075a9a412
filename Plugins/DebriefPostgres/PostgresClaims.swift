#if Postgres
import DebriefKit
import PostgresNIO

/// Claims as PostgreSQL advisory locks, held on one connection of the store's own.
///
/// Session-level advisory locks belong to a connection, not to a transaction, so they can't
/// live on pooled connections. One connection holds every claim of a store instance: claiming
/// again from the same instance succeeds (PostgreSQL counts the holds), another instance's try
/// fails, and the server frees them all when the connection ends, even on `kill -9`.
/// The key hashes the schema, the role and the id, so people never block each other.
final class PostgresClaims: Sendable {
    private let location: PostgresLocation
    private let connection: ConnectionBox

    init(_ location: PostgresLocation) {
        self.location = location
        self.connection = ConnectionBox()
    }

    deinit {
        let connection = connection
        Task { await connection.close() }
    }

    func claim(_ id: DebriefID) async throws -> DebriefClaim? {
        let connection = try await connection.open(location)
        let key = "debrief-claim:\(location.schema):" + id.rawValue
        let logger = Self.logger
        let rows = try await connection.query("""
            SELECT pg_try_advisory_lock(hashtextextended(\(key) || ':' || current_user, 0))
            """, logger: logger).collect()
        guard try rows.first?.decode(Bool.self) == true else { return nil }
        return DebriefClaim(id) {
            Task {
                _ = try? await connection.query("SELECT pg_advisory_unlock(hashtextextended(\(key) || ':' || current_user, 0))",
                                                logger: logger)
            }
        }
    }

    static let logger: Logger = {
        var logger = Logger(label: "debrief.postgres.claims")
        logger.logLevel = .critical
        return logger
    }()

    /// Opens the connection on first use, once, and closes it at the end.
    private actor ConnectionBox {
        private var opening: Task<PostgresConnection, any Error>?
        private var nextID = 0

        func open(_ location: PostgresLocation) async throws -> PostgresConnection {
            if let opening, let connection = try? await opening.value, !connection.isClosed { return connection }
            nextID += 1
            let id = nextID
            let task = Task {
                try await PostgresConnection.connect(configuration: try location.connectionConfiguration(), id: id, logger: PostgresClaims.logger)
            }
            opening = task
            return try await task.value
        }

        func close() async {
            if let connection = try? await opening?.value { try? await connection.close() }
        }
    }
}
#endif
