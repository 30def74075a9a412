import ArgumentParser
import DebriefKit
import DebriefSQLite
import Foundation

/// `debrief passphrase`: changes the passphrase of an encrypted store (re-wraps its one key).
struct PassphraseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "passphrase",
        abstract: "Change the passphrase of an encrypted store.",
        discussion: """
        Asks for the current passphrase, then the new one twice (scripts: $DEBRIEF_PASSPHRASE_FILE and \
        $DEBRIEF_NEW_PASSPHRASE_FILE). Only the key that seals your debriefs is wrapped again, at once. \
        If a copy of the store may be in someone's hands with the old passphrase, run `debrief decrypt` \
        then `debrief encrypt` instead: that makes a new key.
        """)

    @OptionGroup var storeOptions: StoreOptions

    func run() async throws {
        let variables = ProcessInfo.processInfo.environment
        let path = try storeOptions.file(in: variables)
        guard EncryptedStore.isEncrypted(at: path) else {
            throw DebriefError(.misuse, "\(path) is not encrypted.", recovery: "Run `debrief encrypt` to encrypt it.")
        }
        let old = try Passphrase.current(for: path, variables)
        let new = try Passphrase.new(fileVariable: "DEBRIEF_NEW_PASSPHRASE_FILE", variables)
        do {
            try await StoreConversion.changePassphrase(path, from: old, to: new)
        } catch {
            throw Passphrase.ending(error)
        }
        Console.note("Changed the passphrase of \(path).")
    }
}
