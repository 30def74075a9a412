#if Postgres
import DebriefKit
public import Foundation
import PostgresNIO

/// Where a ``PostgresStore`` lives, read from a `postgresql://USER[:PASSWORD]@HOST[:PORT]/DATABASE` URL.
///
/// The password comes from the URL, else `PGPASSWORD`, else the first matching line of
/// `~/.pgpass` (or `PGPASSFILE`), as libpq reads them, so it never has to be typed on a
/// command line. `sslmode` follows libpq: `disable`, `prefer` (the default), `require`
/// (encrypted, certificate not checked), `verify-ca` and `verify-full`. `schema=NAME` picks
/// the schema holding the tables (default `debrief`).
///
/// ```swift
/// let location = try PostgresLocation("postgresql://alice@db.example.org/careers?sslmode=require")
/// ```
public struct PostgresLocation: Sendable, Equatable {
    /// How the connection is encrypted.
    public enum TLSMode: String, Sendable {
        case disable, prefer, require
        case verifyCA = "verify-ca"
        case verifyFull = "verify-full"
    }

    public var host: String
    public var port: Int
    public var user: String
    public var database: String
    public var password: String?
    public var tls: TLSMode
    /// The schema holding Debrief's tables; a lower-case SQL identifier.
    public var schema: String

    /// Whether `text` is a PostgreSQL URL rather than a file path.
    public static func isURL(_ text: String) -> Bool {
        text.hasPrefix("postgresql://") || text.hasPrefix("postgres://")
    }

    /// Reads `url`; `environment` supplies `PGPASSWORD`, `PGPASSFILE`, `PGUSER` and `HOME`.
    public init(_ url: String, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        guard Self.isURL(url), let components = URLComponents(string: url), let host = components.host, !host.isEmpty else {
            throw Self.invalid(url, "it is not a postgresql://USER@HOST/DATABASE address")
        }
        let items = Dictionary((components.queryItems ?? []).map { ($0.name, $0.value ?? "") }, uniquingKeysWith: { $1 })
        self.host = host
        self.port = components.port ?? 5432
        self.user = components.user.flatMap { $0.removingPercentEncoding } ?? environment["PGUSER"] ?? environment["USER"] ?? "postgres"
        let path = components.path.drop { $0 == "/" }
        self.database = path.isEmpty ? user : String(path).removingPercentEncoding ?? String(path)
        guard let tls = TLSMode(rawValue: items["sslmode"] ?? "prefer") else {
            throw Self.invalid(url, "sslmode must be disable, prefer, require, verify-ca or verify-full")
        }
        self.tls = tls
        self.schema = items["schema"] ?? "debrief"
        guard Self.isIdentifier(schema) else {
            throw Self.invalid(url, "schema must be lower-case letters, digits and _")
        }
        self.password = components.password.flatMap { $0.removingPercentEncoding }
            ?? environment["PGPASSWORD"]
            ?? PgPass.password(host: host, port: port, database: database, user: user, environment: environment)
    }

    /// The address without the password, for messages.
    public var description: String {
        "postgresql://\(user)@\(host):\(port)/\(database)"
    }

    /// Whether `name` is safe to splice into SQL as an identifier.
    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.first, first == "_" || ("a"..."z").contains(first), name.count <= 63 else { return false }
        return name.allSatisfy { $0 == "_" || ("a"..."z").contains($0) || ("0"..."9").contains($0) }
    }

    /// The client configuration: the tables' schema first on the search path, TLS as asked.
    var configuration: PostgresClient.Configuration {
        var configuration = PostgresClient.Configuration(host: host, port: port, username: user, password: password,
                                                         database: database, tls: clientTLS)
        configuration.options.additionalStartupParameters = [("search_path", schema), ("application_name", "debrief")]
        return configuration
    }

    /// The same, for one connection of its own (``PostgresClaims``).
    func connectionConfiguration() throws -> PostgresConnection.Configuration {
        var configuration = PostgresConnection.Configuration(host: host, port: port, username: user, password: password,
                                                             database: database, tls: try connectionTLS())
        configuration.options.additionalStartupParameters = [("search_path", schema), ("application_name", "debrief")]
        return configuration
    }

    private var tlsConfiguration: TLSConfiguration {
        var configuration = TLSConfiguration.makeClientConfiguration()
        switch tls {
        case .disable, .prefer, .require: configuration.certificateVerification = .none
        case .verifyCA: configuration.certificateVerification = .noHostnameVerification
        case .verifyFull: configuration.certificateVerification = .fullVerification
        }
        return configuration
    }

    private var clientTLS: PostgresClient.Configuration.TLS {
        switch tls {
        case .disable: .disable
        case .prefer: .prefer(tlsConfiguration)
        case .require, .verifyCA, .verifyFull: .require(tlsConfiguration)
        }
    }

    private func connectionTLS() throws -> PostgresConnection.Configuration.TLS {
        switch tls {
        case .disable: .disable
        case .prefer: .prefer(try NIOSSLContext(configuration: tlsConfiguration))
        case .require, .verifyCA, .verifyFull: .require(try NIOSSLContext(configuration: tlsConfiguration))
        }
    }

    private static func invalid(_ url: String, _ reason: String) -> DebriefError {
        DebriefError(.storage, "\"\(url.replacingOccurrences(of: #":[^:@/]*@"#, with: "@", options: .regularExpression))\" is not a usable PostgreSQL address: \(reason).",
                     recovery: "Write it as postgresql://USER@HOST:PORT/DATABASE, optionally with ?sslmode=require.")
    }
}
#endif
