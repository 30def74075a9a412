import ArgumentParser
import DebriefKit
import DebriefSQLite
import Foundation

extension StoreOptions {
    /// The encrypted store at `path`, opened with the passphrase ``Passphrase`` asks for; a wrong
    /// one ends the run with ``Passphrase/exitStatus`` and changes nothing.
    static func openEncrypted(_ path: String, readOnly: Bool, variables: [String: String]) throws -> any DebriefStore {
        let passphrase = try Passphrase.current(for: path, variables)
        do {
            return try EncryptedStore(path: path, passphrase: passphrase, readOnly: readOnly)
        } catch {
            throw Passphrase.ending(error)
        }
    }

    /// The store file for `encrypt`, `decrypt` and `passphrase`; a PostgreSQL address is refused.
    func file(in variables: [String: String]) throws -> String {
        let path = path(in: variables)
        guard !Self.isPostgresAddress(path) else {
            throw DebriefError(.storage, "Only a store file can be encrypted by Debrief.",
                               recovery: "Use PostgreSQL's own encryption at rest for a postgresql:// store.")
        }
        return path
    }
}
