import ArgumentParser
import DebriefKit
import DebriefSQLite
import Foundation

/// `--store PATH`, shared by every command that reads or writes debriefs.
///
/// The path comes from `--store`, else `DEBRIEF_STORE`, else
/// `$XDG_DATA_HOME/debrief/debriefs.sqlite` (`~/.local/share/debrief/debriefs.sqlite`).
/// A `postgresql://` address opens a PostgreSQL store instead (built with the Postgres trait).
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Where your debriefs are kept: a file, or a postgresql://USER@HOST/DB address (default: $DEBRIEF_STORE, else $XDG_DATA_HOME/debrief/debriefs.sqlite).",
        valueName: "path"))
    var store: String?

    /// The store file to use, following the order above.
    func path(in variables: [String: String]) -> String {
        if let store, !store.isEmpty { return store }
        if let fromEnvironment = variables["DEBRIEF_STORE"], !fromEnvironment.isEmpty { return fromEnvironment }
        return SQLiteStore.defaultPath(environment: variables)
    }

    /// Opens the store at ``path(in:)``; a foreign, damaged or read-only file is reported here, before anything else.
    func open(_ variables: [String: String] = ProcessInfo.processInfo.environment) throws -> any DebriefStore {
        let path = path(in: variables)
        if Self.isPostgresAddress(path) { return try Self.openPostgres(path, variables: variables) }
        if EncryptedStore.isEncrypted(at: path) { return try Self.openEncrypted(path, readOnly: false, variables: variables) }
        return try SQLiteStore(path: path)
    }

    /// Whether `path` names a PostgreSQL server rather than a file.
    static func isPostgresAddress(_ path: String) -> Bool {
        path.hasPrefix("postgresql://") || path.hasPrefix("postgres://")
    }

    /// Opens the store at ``path(in:)`` to read it, read-only, so a command that only reads never
    /// changes the file (one that doesn't exist yet is created, and one an older Debrief wrote
    /// takes its upgrade first, as for any command).
    func openForReading(_ variables: [String: String] = ProcessInfo.processInfo.environment) throws -> any DebriefStore {
        let path = path(in: variables)
        if Self.isPostgresAddress(path) { return try Self.openPostgres(path, variables: variables) }
        if EncryptedStore.isEncrypted(at: path) { return try Self.openEncrypted(path, readOnly: true, variables: variables) }
        return try SQLiteStore(path: path, readOnly: true)
    }

    /// What to type to resume `id` with the same store: the program as it was started
    /// (`./.build/debug/debrief` after `make run`, plain `debrief` from the PATH), and
    /// `--store` only when it was given.
    func resumeCommand(for id: DebriefID, program: String = CommandLine.arguments.first ?? "debrief") -> String {
        let name = program.contains("/") ? program : "debrief"
        let base = "\(name) resume \(id.short)"
        guard var store, !store.isEmpty else { return base }
        // A password typed into an address is never printed back.
        store = store.replacingOccurrences(of: #"^(postgres(ql)?://[^:@/]*):[^@/]*@"#, with: "$1@", options: .regularExpression)
        let safe = store.allSatisfy { $0.isLetter || $0.isNumber || "/._-+:@".contains($0) }
        return base + " --store " + (safe ? store : "'" + store.replacingOccurrences(of: "'", with: "'\\''") + "'")
    }
}
